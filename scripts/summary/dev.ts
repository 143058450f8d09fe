// Fast iteration on the summarizer without the CLI (no NER, no quotes): buildDoc + summarize on
// CNN/DM test documents, scored with the shared scorer's functions.
//   npx tsx scripts/summary/dev.ts [--every 10] [--offset 0] [--lead 3] [--show 5] [--weights w.json]
// The reported number is the CLI's (see the README of ../shared/eval); this is for development.

import { readFileSync } from 'node:fs';
import type { Weights } from '../../src/core/summary/rank';
import { summarize } from '../../src/core/summary/index';
import { buildDoc } from '../../src/core/text/sentences';
import { arg, haveShared, loadGold, loadScorer } from './data';

async function main(): Promise<void> {
  if (!haveShared()) return;
  const every = Number(arg('--every', '10'));
  const offset = Number(arg('--offset', '0'));
  const lead = Number(arg('--lead', '0'));
  const show = Number(arg('--show', '0'));
  const wfile = arg('--weights', '');
  const weights = wfile ? (JSON.parse(readFileSync(wfile, 'utf8')) as Weights) : undefined;
  const scorer = await loadScorer();
  const docs = loadGold(every, offset);
  const sums = { r1: 0, r2: 0, rl: 0, words: 0 };
  const bySource = new Map<string, { n: number; r1: number; r2: number }>();
  let ms = 0;
  for (const [k, g] of docs.entries()) {
    const t0 = performance.now();
    const doc = buildDoc(g.text);
    const spans = lead
      ? doc.sentences.slice(0, lead)
      : summarize(doc, [], weights ? { count: 3, weights } : { count: 3 });
    ms += performance.now() - t0;
    const pred = spans.map((s) => g.text.slice(s.start, s.end));
    const sc = scorer.scoreSummary(g.reference, pred);
    sums.r1 += sc.rouge1.fmeasure;
    sums.r2 += sc.rouge2.fmeasure;
    sums.rl += sc.rougeLsum.fmeasure;
    sums.words += scorer.tokenize(pred.join('\n'), false).length;
    const src = bySource.get(g.source) ?? { n: 0, r1: 0, r2: 0 };
    src.n++;
    src.r1 += sc.rouge1.fmeasure;
    src.r2 += sc.rouge2.fmeasure;
    bySource.set(g.source, src);
    if (k < show) console.log(`## ${g.id}\n${pred.map((p) => '  - ' + p).join('\n')}\n  REF: ${g.reference.join(' | ')}`);
  }
  const n = docs.length;
  const pct = (x: number): string => ((100 * x) / n).toFixed(2);
  console.log(`documents ${n} (every ${every}, offset ${offset})${lead ? ` lead-${lead}` : ''}`);
  console.log(`R1 ${pct(sums.r1)}  R2 ${pct(sums.r2)}  RLsum ${pct(sums.rl)}  words/summary ${(sums.words / n).toFixed(1)}  ms/doc ${(ms / n).toFixed(3)}`);
  for (const [s, v] of bySource) console.log(`  ${s}: n ${v.n} R1 ${((100 * v.r1) / v.n).toFixed(2)} R2 ${((100 * v.r2) / v.n).toFixed(2)}`);
}

await main();
