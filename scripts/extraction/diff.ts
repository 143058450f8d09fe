// Dev tool: per-paragraph diff of predicted body text against the corpus truth, by 4-token shingles
// (the scorer's unit). Shows predicted paragraphs that are mostly not in the truth (+) and truth
// paragraphs mostly missing from the prediction (-).
//   npx tsx scripts/extraction/diff.ts pred.jsonl ID_REGEX [--all]

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface ManifestDoc {
  id: string;
  expected: { textPath?: string; textField?: string | null } | null;
}

const [predPath, idArg] = process.argv.slice(2);
if (!predPath || !idArg) {
  process.stderr.write('usage: diff.ts pred.jsonl ID_REGEX [--all]\n');
  process.exit(2);
}
const showAll = process.argv.includes('--all');
const manifestPath = resolve('../shared/corpus/extraction/manifest.json');
const root = dirname(manifestPath);
const { docs } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { docs: ManifestDoc[] };
const preds = new Map<string, string>();
for (const line of readFileSync(predPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { id: string; article?: { text?: string } };
  preds.set(o.id, o.article?.text ?? '');
}

const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

/**
 * Per paragraph of `text`: the share of its tokens covered by a 4-token shingle of the whole
 * text that also occurs (as a multiset) in `other`, which is how the scorer sees it.
 */
function coverage(text: string, other: string): { para: string; hit: number }[] {
  const paras = text.split(/\n+/).filter((p) => tokens(p).length > 0);
  const toks = paras.flatMap((p, i) => tokens(p).map((t) => ({ t, i })));
  const counts = new Map<string, number>();
  const o = tokens(other);
  for (let i = 0; i < Math.max(1, o.length - 3); i++) {
    const k = o.slice(i, i + 4).join(' ');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const covered = new Array<boolean>(toks.length).fill(false);
  for (let i = 0; i < Math.max(1, toks.length - 3); i++) {
    const k = toks.slice(i, i + 4).map((x) => x.t).join(' ');
    const c = counts.get(k) ?? 0;
    if (c > 0) {
      counts.set(k, c - 1);
      for (let j = i; j < Math.min(toks.length, i + 4); j++) covered[j] = true;
    }
  }
  return paras.map((para, pi) => {
    const mine = toks.map((x, j) => (x.i === pi ? covered[j] : null)).filter((x) => x !== null);
    return { para, hit: mine.filter(Boolean).length / mine.length };
  });
}

const re = new RegExp(idArg);
for (const d of docs) {
  if (!re.test(d.id) || !d.expected?.textPath) continue;
  const raw = readFileSync(join(root, d.expected.textPath), 'utf8');
  const truth = d.expected.textField ? String((JSON.parse(raw) as Record<string, unknown>)[d.expected.textField] ?? '') : raw;
  const pred = preds.get(d.id) ?? '';
  const report = (text: string, other: string, mark: string): string[] =>
    coverage(text, other).flatMap(({ para, hit }) =>
      showAll || hit < 0.5 ? [`${mark}${hit < 0.5 ? '!' : ' '} ${para.slice(0, 300)}`] : [],
    );
  const p = coverage(pred, truth);
  const t = coverage(truth, pred);
  const share = (c: { para: string; hit: number }[]): number => {
    const n = c.reduce((s, x) => s + tokens(x.para).length, 0);
    return n ? c.reduce((s, x) => s + x.hit * tokens(x.para).length, 0) / n : 1;
  };
  console.log(`\n=== ${d.id}  P≈${share(p).toFixed(3)} R≈${share(t).toFixed(3)}`);
  for (const l of report(pred, truth, '+')) console.log(l);
  for (const l of report(truth, pred, '-')) console.log(l);
}
