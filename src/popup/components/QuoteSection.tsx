import type { Quote, Span } from '../../core/types';
import { groupQuotes } from '../format';

export function QuoteSection({ quotes, onGo }: { quotes: Quote[]; onGo: (span: Span) => void }) {
  if (!quotes.length) return null;
  return (
    <section class="section" aria-labelledby="h-quotes">
      <h2 id="h-quotes">
        <span class="swatch swatch-quote" aria-hidden="true" />
        Who said what <span class="count">{quotes.length}</span>
      </h2>
      {groupQuotes(quotes).map((g) => (
        <div class="speaker-group" key={g.speaker} data-speaker={g.speaker}>
          <h3 class="speaker">{g.speaker}</h3>
          <ul class="quotes">
            {g.quotes.map((q) => (
              <li key={q.start}>
                <button type="button" class="link quote" onClick={() => onGo(q)}>
                  “{q.text}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
