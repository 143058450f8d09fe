import type { Analysis, Span } from '../../core/types';

export function SummarySection({ analysis, onGo }: { analysis: Analysis; onGo: (span: Span) => void }) {
  if (!analysis.summary.length) return null;
  return (
    <section class="section" aria-labelledby="summary-h">
      <h2 id="summary-h">Key points</h2>
      <ol class="summary">
        {analysis.summary.map((s, i) => (
          <li key={i}>
            <button type="button" class="link summary-sentence" onClick={() => onGo(analysis.summarySpans[i]!)}>
              {s}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
