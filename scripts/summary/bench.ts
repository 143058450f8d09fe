// npm run bench:summary — milliseconds per article for the summarizer (warm, Node) over the
// CNN/DailyMail test texts in ../shared: summarize() alone, and buildDoc() + summarize().
// Skips with a message when ../shared is not there.

import { readFileSync } from 'node:fs';
import { summarize } from '../../src/core/summary/index';
import { buildDoc } from '../../src/core/text/sentences';
import { GOLD, haveShared } from './data';

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  return `median ${median.toFixed(3)} ms  mean ${mean.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  max ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
}

function main(): void {
  if (!haveShared()) return;
  const texts = readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  // Warm-up: let the JIT settle on a tenth of the documents before measuring.
  for (let i = 0; i < texts.length; i += 10) summarize(buildDoc(texts[i]!), []);
  const summaryMs: number[] = [];
  const totalMs: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    const doc = buildDoc(text);
    const t1 = performance.now();
    summarize(doc, []);
    const t2 = performance.now();
    summaryMs.push(t2 - t1);
    totalMs.push(t2 - t0);
  }
  console.log(`summary bench: ${texts.length} CNN/DM test articles, Node ${process.version}, warm`);
  console.log(`  summarize            ${stats(summaryMs)}`);
  console.log(`  buildDoc + summarize ${stats(totalMs)}`);
}

main();
