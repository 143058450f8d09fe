// Fits the summarizer's handful of weights by coordinate ascent on mean ROUGE-1 + ROUGE-2 F1
// over a FIT subset of CNN/DM test (documents i % 10 === 5 by default, disjoint from the
// scorer's --every 10 subset, which is i % 10 === 0), then reports that held-out subset.
//   npx tsx scripts/summary/fit.ts [--every 10] [--offset 5] [--check-offset 0] [--rounds 6]
//        [--logistic] [--scale 0.5] [--from w.json] [--out w.json] [--frozen entities]
// Prints the weights as TypeScript to paste into src/core/summary/weights.ts.

import { candidates, FEATURES, type Candidate } from '../../src/core/summary/features';
import { scoreAll, select, type Weights } from '../../src/core/summary/rank';
import { WEIGHTS } from '../../src/core/summary/weights';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDoc } from '../../src/core/text/sentences';
import { arg, haveShared, loadGold, loadScorer, type GoldDoc, type Scorer } from './data';

interface Prepared {
  cands: Candidate[];
  /** Stemmed scorer tokens of each candidate. */
  tokens: string[][];
  ref1: Map<string, number>;
  ref2: Map<string, number>;
  refLen: number;
  memo: Map<string, number>;
}

function counts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = n === 1 ? tokens[i]! : tokens[i] + ' ' + tokens[i + 1];
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, predN: number, refN: number): number {
  const p = overlap / Math.max(predN, 1);
  const r = overlap / Math.max(refN, 1);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function prepare(docs: GoldDoc[], scorer: Scorer): Prepared[] {
  return docs.map((g) => {
    const doc = buildDoc(g.text);
    const cands = candidates(doc, []);
    const refTokens = scorer.tokenize(g.reference.join('\n'));
    return {
      cands,
      tokens: cands.map((c) => scorer.tokenize(g.text.slice(c.span.start, c.span.end))),
      ref1: counts(refTokens, 1),
      ref2: counts(refTokens, 2),
      refLen: refTokens.length,
      memo: new Map(),
    };
  });
}

/** R1 F1 + R2 F1 of one document's summary (the scorer's numbers, computed incrementally). */
function rouge12(d: Prepared, picked: number[]): number {
  const key = picked.join(',');
  const hit = d.memo.get(key);
  if (hit !== undefined) return hit;
  const toks = picked.flatMap((i) => d.tokens[i]!);
  let o1 = 0;
  let o2 = 0;
  for (const [g, c] of counts(toks, 1)) o1 += Math.min(c, d.ref1.get(g) ?? 0);
  for (const [g, c] of counts(toks, 2)) o2 += Math.min(c, d.ref2.get(g) ?? 0);
  const v = f1(o1, toks.length, d.refLen) + f1(o2, Math.max(toks.length - 1, 0), Math.max(d.refLen - 1, 0));
  d.memo.set(key, v);
  return v;
}

/** Greedy oracle (as the scorer's --baseline oracle): add what most raises R1+R2, up to 3. */
function oracle(d: Prepared): Set<number> {
  const chosen: number[] = [];
  let best = 0;
  for (let k = 0; k < 3; k++) {
    let pick = -1;
    for (let i = 0; i < d.cands.length; i++) {
      if (chosen.includes(i)) continue;
      const v = rouge12(d, [...chosen, i].sort((a, b) => a - b));
      if (v > best) {
        best = v;
        pick = i;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return new Set(chosen);
}

/** Logistic regression of "in the oracle summary" on the features: a smooth starting point. */
function logistic(data: Prepared[], epochs = 300, lr = 0.5, l2 = 1e-3): number[] {
  const rows: { x: Float64Array; y: number }[] = [];
  for (const d of data) {
    const gold = oracle(d);
    d.cands.forEach((c, i) => rows.push({ x: c.features, y: gold.has(i) ? 1 : 0 }));
  }
  const k = FEATURES.length;
  const w = new Float64Array(k + 1);
  for (let e = 0; e < epochs; e++) {
    const g = new Float64Array(k + 1);
    for (const { x, y } of rows) {
      let z = w[k]!;
      for (let j = 0; j < k; j++) z += w[j]! * x[j]!;
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (let j = 0; j < k; j++) g[j]! += err * x[j]!;
      g[k]! += err;
    }
    for (let j = 0; j <= k; j++) w[j]! -= lr * (g[j]! / rows.length + (j < k ? l2 * w[j]! : 0));
  }
  return Array.from(w.slice(0, k));
}

function evaluate(data: Prepared[], w: Weights): number {
  let sum = 0;
  for (const d of data) sum += rouge12(d, select(d.cands, scoreAll(d.cands, w), 3, w));
  return (100 * sum) / data.length;
}

function clone(w: Weights): Weights {
  return { features: Array.from(w.features), redundancy: w.redundancy, duplicate: w.duplicate };
}

/** Parameter k: a feature weight, then redundancy, then duplicate. */
function get(w: Weights, k: number): number {
  return k < FEATURES.length ? w.features[k]! : k === FEATURES.length ? w.redundancy : w.duplicate;
}
function set(w: Weights, k: number, v: number): void {
  if (k < FEATURES.length) (w.features as number[])[k] = v;
  else if (k === FEATURES.length) w.redundancy = v;
  else w.duplicate = v;
}
const NAMES = [...FEATURES, 'redundancy', 'duplicate'];
const FROZEN = new Set(arg('--frozen', 'entities').split(',').filter(Boolean));

async function main(): Promise<void> {
  if (!haveShared()) return;
  const every = Number(arg('--every', '10'));
  const offset = arg('--offset', '5').split(',').map(Number);
  const check = Number(arg('--check-offset', '0'));
  const rounds = Number(arg('--rounds', '6'));
  const scorer = await loadScorer();
  const fit = prepare(loadGold(every, offset), scorer);
  const held = prepare(loadGold(every, check), scorer);
  const from = arg('--from', '');
  let w = from ? (JSON.parse(readFileSync(from, 'utf8')) as Weights) : clone(WEIGHTS);
  if (process.argv.includes('--logistic')) {
    // A fresh start: no redundancy penalty, no duplicate cut-off.
    w = { features: logistic(fit).map((x, i) => (FROZEN.has(FEATURES[i]!) ? 0 : x)), redundancy: 0, duplicate: 1.01 };
    console.log('logistic:', FEATURES.map((n, i) => `${n} ${w.features[i]!.toFixed(2)}`).join(', '));
  }
  if (process.argv.includes('--ablate')) {
    // How much each feature is worth: its weight set to 0, nothing refitted.
    const base = evaluate(fit, w);
    const baseCheck = evaluate(held, w);
    for (let k = 0; k < NAMES.length - 1; k++) {
      const t = clone(w);
      set(t, k, 0);
      console.log(`${NAMES[k]!.padEnd(16)} fit ${(evaluate(fit, t) - base).toFixed(3)}  check ${(evaluate(held, t) - baseCheck).toFixed(3)}`);
    }
    return;
  }
  let best = evaluate(fit, w);
  console.log(`start: fit R1+R2 ${best.toFixed(3)}  check ${evaluate(held, w).toFixed(3)}`);
  const steps = [2, 1, 0.5, 0.25, 0.1, 0.05];
  // Steps relative to the largest weight, since only the weights' ratios matter to the ranking.
  const scale = Number(arg('--scale', '1'));
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (let k = 0; k < NAMES.length; k++) {
      if (FROZEN.has(NAMES[k]!)) continue;
      for (const step of steps) {
        for (const dir of [1, -1]) {
          const t = clone(w);
          set(t, k, get(t, k) + dir * step * scale);
          if (k === NAMES.length - 1 && (get(t, k) <= 0.2 || get(t, k) > 1.01)) continue;
          if (k === NAMES.length - 2 && get(t, k) < 0) continue;
          const v = evaluate(fit, t);
          if (v > best + 1e-6) {
            best = v;
            w = t;
            improved = true;
          }
        }
      }
    }
    console.log(`round ${round + 1}: fit R1+R2 ${best.toFixed(3)}  check ${evaluate(held, w).toFixed(3)}`);
    if (!improved) break;
  }
  const out = arg('--out', '');
  if (out) writeFileSync(out, JSON.stringify(w) + '\n');
  console.log('\nconst BY_NAME: Record<FeatureName, number> = {');
  FEATURES.forEach((n, i) => console.log(`  ${n}: ${Number(w.features[i]!.toFixed(3))},`));
  console.log(`};\nredundancy: ${Number(w.redundancy.toFixed(3))}, duplicate: ${Number(w.duplicate.toFixed(3))}`);
}

await main();
