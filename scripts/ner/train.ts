// npm run train:ner [-- --open-only] [--out FILE] [--epochs N]
// Trains the entity tagger on ../shared/corpus/ner and writes public/models/ner.bin.
// Deterministic: fixed shuffling seed, no clocks or randomness in the model.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NUM_LABELS, labelsToSpans } from '../../src/core/entities/labels';
import { Lexicon, type LexiconData } from '../../src/core/entities/lexicon';
import { VERSION, type ModelData } from '../../src/core/entities/model-format';
import { tagDoc } from '../../src/core/entities/tagger';
import { WeightTable, type Scorer } from '../../src/core/entities/weights';
import { CORPUS_DIR, SETS, type CorpusDoc } from './corpora';
import { loadLexicon } from './lexicon-build';
import { encodeModel } from './model-writer';
import { FloatScorer, Perceptron, StaticCache } from './perceptron';
import { toTrainDoc, type TrainDoc } from './training-data';

interface Options {
  openOnly: boolean;
  out: string;
  epochs: number;
  bucketBits: number;
  prune: number;
  noLexicon: boolean;
  quiet: boolean;
  /** Also train on the development sets (CoNLL testa, EWT dev): for the shipped model only. */
  withDev: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    openOnly: false,
    out: join(process.cwd(), 'public', 'models', 'ner.bin'),
    epochs: 14,
    bucketBits: 21,
    prune: 1,
    noLexicon: false,
    quiet: false,
    withDev: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--open-only') o.openOnly = true;
    else if (a === '--out') o.out = argv[++i]!;
    else if (a === '--epochs') o.epochs = Number(argv[++i]);
    else if (a === '--bits') o.bucketBits = Number(argv[++i]);
    else if (a === '--prune') o.prune = Number(argv[++i]);
    else if (a === '--no-lexicon') o.noLexicon = true;
    else if (a === '--quiet') o.quiet = true;
    else if (a === '--dev') o.withDev = false;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(a: T[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

export interface Score {
  f1: Record<string, number>;
  perOrg: number;
}

/** Exact-span F1 per type on our own tokens (a close, fast stand-in for the scorer). */
export function evaluate(docs: TrainDoc[], lex: Lexicon, scorer: Scorer): Score {
  const tp = [0, 0, 0, 0];
  const fp = [0, 0, 0, 0];
  const fn = [0, 0, 0, 0];
  for (const d of docs) {
    const pred = tagDoc(d.prepared, lex, scorer);
    const key = (s: { start: number; end: number; type: number }): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(labelsToSpans(d.gold).map(key));
    const p = new Set(labelsToSpans(pred).map(key));
    for (const k of p) {
      const t = Number(k.split(':')[2]);
      if (g.has(k)) tp[t]!++;
      else fp[t]!++;
    }
    for (const k of g) if (!p.has(k)) fn[Number(k.split(':')[2])]!++;
  }
  const f = (ts: number[]): number => {
    const a = ts.reduce((s, t) => s + tp[t]!, 0);
    const b = ts.reduce((s, t) => s + fp[t]!, 0);
    const c = ts.reduce((s, t) => s + fn[t]!, 0);
    return a ? (200 * a) / (2 * a + b + c) : 0;
  };
  return { f1: { PER: f([0]), ORG: f([1]), LOC: f([2]) }, perOrg: f([0, 1]) };
}

function fmt(s: Score): string {
  return `PER ${s.f1.PER!.toFixed(1)} ORG ${s.f1.ORG!.toFixed(1)} LOC ${s.f1.LOC!.toFixed(1)} | PER+ORG ${s.perOrg.toFixed(2)}`;
}

/**
 * Prunes small weights and quantises the rest to int8 with square-root companding
 * (w = sign · (q / 127)² · max), so small weights keep resolution and large ones are not clipped.
 */
function quantise(avg: { w: Float32Array }, prune: number): { buckets: Int32Array; rows: Int8Array; scale: number } {
  const L = NUM_LABELS;
  const nb = avg.w.length / L;
  let max = 0;
  for (let i = 0; i < avg.w.length; i++) max = Math.max(max, Math.abs(avg.w[i]!));
  const scale = max || 1;
  const buckets: number[] = [];
  const rows: number[] = [];
  const q = new Array<number>(L);
  for (let b = 0; b < nb; b++) {
    let keep = false;
    for (let l = 0; l < L; l++) {
      const v = avg.w[b * L + l]!;
      q[l] = Math.abs(v) < prune ? 0 : Math.sign(v) * Math.round(127 * Math.sqrt(Math.abs(v) / scale));
      if (q[l] !== 0) keep = true;
    }
    if (keep) {
      buckets.push(b);
      rows.push(...q);
    }
  }
  return { buckets: Int32Array.from(buckets), rows: Int8Array.from(rows), scale };
}

function encodeRows(t: { buckets: Int32Array; rows: Int8Array }): Uint8Array {
  const out = new Uint8Array(t.buckets.length * 4 + t.rows.length);
  new DataView(out.buffer).setInt32(0, 0);
  t.buckets.forEach((b, i) => new DataView(out.buffer).setInt32(i * 4, i ? b - t.buckets[i - 1]! : b));
  out.set(new Uint8Array(t.rows.buffer), t.buckets.length * 4);
  return out;
}

function prepare(name: string, docs: CorpusDoc[], lex: Lexicon): TrainDoc[] {
  const out = docs.map((d) => toTrainDoc(d, lex));
  const toks = out.reduce((s, d) => s + d.prepared.n, 0);
  process.stderr.write(`  ${name}: ${docs.length} docs, ${toks} tokens\n`);
  return out;
}

export async function main(argv: string[]): Promise<void> {
  const o = parseArgs(argv);
  if (!existsSync(CORPUS_DIR)) throw new Error(`no corpora at ${CORPUS_DIR}: training needs ../shared/corpus/ner (or LEDE_NER_CORPUS)`);
  const t0 = Date.now();
  const lexData: LexiconData = o.noLexicon ? (await import('../../src/core/entities/lexicon')).EMPTY_LEXICON_DATA : await loadLexicon();
  const lex = new Lexicon(lexData);
  process.stderr.write(`lexicon: ${lexData.words.length} words, ${lexData.phrases.length} phrases\n`);

  const trainedOn = ['UNER English-EWT train (early release, CC BY-SA 4.0)', 'WikiGold (CC BY 4.0)', 'CrossNER politics (MIT; Wikipedia text CC BY-SA)'];
  const train: TrainDoc[] = [
    ...prepare('ewt-train', SETS.ewtTrain(), lex),
    ...prepare('wikigold', SETS.wikigold(), lex),
    ...prepare('crossner', SETS.crossner(), lex),
  ];
  const dev = { testa: prepare('conll-testa', SETS.conllTesta(), lex), ewtDev: prepare('ewt-dev', SETS.ewtDev(), lex) };
  if (o.withDev) {
    train.push(...dev.ewtDev);
    trainedOn[0] = 'UNER English-EWT train (early release) + dev (CC BY-SA 4.0)';
  }
  if (!o.openOnly) {
    train.push(...prepare('conll-train', SETS.conllTrain(), lex));
    if (o.withDev) train.push(...dev.testa);
    trainedOn.push(`CoNLL-2003 eng.train${o.withDev ? ' + eng.testa' : ''} (Reuters RCV1, research licence)`);
  }
  if (o.withDev) process.stderr.write('training on the dev sets too: the dev scores below are not held out\n');
  process.stderr.write(`prepared in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

  const model = new Perceptron(o.bucketBits);
  const cache = new StaticCache();
  const rand = rng(20240202);
  const order = [...train];
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, rand);
    let errors = 0;
    let tokens = 0;
    for (const d of order) {
      errors += model.trainDoc(d.prepared, d.gold, lex, cache);
      tokens += d.prepared.n;
    }
    let line = `epoch ${epoch}: train token error ${((100 * errors) / tokens).toFixed(2)}%`;
    if (!o.quiet && (epoch % 3 === 0 || epoch === o.epochs)) {
      const avg = model.averaged();
      const fs = new FloatScorer(model.mask, avg.w, avg.trans, avg.start, avg.end);
      line += ` | testa ${fmt(evaluate(dev.testa, lex, fs))} | ewt-dev ${fmt(evaluate(dev.ewtDev, lex, fs))}`;
    }
    process.stderr.write(`${line} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }

  const avg = model.averaged();
  for (const p of (process.env.LEDE_NER_PRUNES ?? '').split(',').filter(Boolean).map(Number)) {
    const t = quantise(avg, p);
    const sc = new WeightTable(o.bucketBits, t.buckets, t.rows, t.scale, avg.trans, avg.start, avg.end);
    process.stderr.write(`prune ${p}: ${t.buckets.length} rows, ${(gzipSync(encodeRows(t)).length / 1024).toFixed(0)} KB gz | testa ${fmt(evaluate(dev.testa, lex, sc))} | ewt-dev ${fmt(evaluate(dev.ewtDev, lex, sc))}\n`);
  }
  const q = quantise(avg, o.prune);
  const L = NUM_LABELS;
  const transitions = new Float32Array((L + 2) * L);
  transitions.set(avg.trans, 0);
  transitions.set(avg.start, L * L);
  transitions.set(avg.end, L * L + L);
  const data: ModelData = {
    meta: {
      version: VERSION,
      labels: L,
      bucketBits: o.bucketBits,
      scale: q.scale,
      clusterLevels: lexData.clusterLevels,
      trainedOn,
      createdBy: 'scripts/ner/train.ts',
    },
    lexicon: lexData,
    buckets: q.buckets,
    rows: q.rows,
    transitions,
  };
  const bytes = encodeModel(data);
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, bytes);
  const shipped = new WeightTable(o.bucketBits, q.buckets, q.rows, q.scale, avg.trans, avg.start, avg.end);
  process.stderr.write(
    `wrote ${o.out}: ${q.buckets.length} rows, ${(bytes.length / 1024).toFixed(0)} KB, gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB\n` +
      `quantised: testa ${fmt(evaluate(dev.testa, lex, shipped))} | ewt-dev ${fmt(evaluate(dev.ewtDev, lex, shipped))}\n` +
      `done in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`train:ner: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
