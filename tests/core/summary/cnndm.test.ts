// Quality guard on the shared CNN/DailyMail test set (../shared, outside the repository): on a
// representative subset (every 50th article) the summarizer must beat Lead-3 in ROUGE-1 and -2.
// Skips with a message when ../shared is absent.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/summary/index';
import { buildDoc } from '../../../src/core/text/sentences';

const SHARED = join(__dirname, '..', '..', '..', '..', 'shared');
const GOLD = join(SHARED, 'corpus', 'summarization', 'cnndm-test', 'test.jsonl');
const SCORER = join(SHARED, 'eval', 'score-summary.mjs');
const present = existsSync(GOLD) && existsSync(SCORER);
if (!present) console.warn(`skipping the CNN/DM summary check: ${GOLD} not found`);

interface Rouge {
  fmeasure: number;
}
interface ScorerModule {
  scoreSummary(ref: string[], pred: string[]): { rouge1: Rouge; rouge2: Rouge };
  splitSentences(text: string): string[];
}

describe.skipIf(!present)('summarize on CNN/DailyMail (every 50th test article)', () => {
  it('beats Lead-3 in ROUGE-1 and ROUGE-2', async () => {
    const scorer = (await import(pathToFileURL(SCORER).href)) as ScorerModule;
    const lines = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim());
    const sums = { ours1: 0, ours2: 0, lead1: 0, lead2: 0, n: 0 };
    for (let i = 0; i < lines.length; i += 50) {
      const g = JSON.parse(lines[i]!) as { text: string; reference: string[] };
      const ours = summarize(buildDoc(g.text), []).map((s) => g.text.slice(s.start, s.end));
      const a = scorer.scoreSummary(g.reference, ours);
      const b = scorer.scoreSummary(g.reference, scorer.splitSentences(g.text).slice(0, 3));
      sums.ours1 += a.rouge1.fmeasure;
      sums.ours2 += a.rouge2.fmeasure;
      sums.lead1 += b.rouge1.fmeasure;
      sums.lead2 += b.rouge2.fmeasure;
      sums.n++;
    }
    const pct = (x: number): number => (100 * x) / sums.n;
    console.log(
      `CNN/DM every 50th (${sums.n} docs): ours R1 ${pct(sums.ours1).toFixed(2)} R2 ${pct(sums.ours2).toFixed(2)}; ` +
        `Lead-3 R1 ${pct(sums.lead1).toFixed(2)} R2 ${pct(sums.lead2).toFixed(2)}`,
    );
    expect(pct(sums.ours1)).toBeGreaterThan(pct(sums.lead1) + 0.5);
    expect(pct(sums.ours2)).toBeGreaterThan(pct(sums.lead2) + 0.3);
  }, 60_000);
});
