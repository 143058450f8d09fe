// Word clusters induced from openly usable raw text (public-domain VOA news in the GMB extract,
// UNER-EWT, WikiGold, CrossNER politics, GUM news; never CoNLL, never the test sets' text).
// Method: each word is described by its left and right neighbours (PPMI-weighted counts over
// the 3,000 most frequent context words, randomly projected to 160 dimensions), then clustered
// by hierarchical spherical k-means into a 16 × 16 × 8 tree: leaf paths play the part of Brown
// cluster bit-string prefixes. Fully deterministic (seeded).

import { hashString, mix } from '../../src/core/entities/hash';

export interface ClusterResult {
  /** Leaf id (1-based) per word of the vocabulary. */
  leaf: Map<string, number>;
  levels: number[];
  /** Capitalisation ratio bucket (1..5) per lower-cased word. */
  cap: Map<string, number>;
}

const DIM = 160;
const CONTEXTS = 3000;
const MIN_FREQ = 3;
export const LEVELS = [16, 16, 8];

export function induceClusters(sentences: string[][]): ClusterResult {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq.entries()].filter(([, n]) => n >= MIN_FREQ).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const index = new Map(vocab.map(([w], i) => [w, i]));
  // Context words are lower-cased; rarer words fall back to their shape class.
  const ctxFreq = new Map<string, number>();
  for (const [w, n] of vocab) ctxFreq.set(w.toLowerCase(), (ctxFreq.get(w.toLowerCase()) ?? 0) + n);
  const ctxWords = [...ctxFreq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CONTEXTS).map(([w]) => w);
  const ctxIndex = new Map(ctxWords.map((w, i) => [w, i]));
  const ctxOf = (w: string | undefined): number => {
    if (w === undefined) return CONTEXTS; // sentence boundary
    const i = ctxIndex.get(w.toLowerCase());
    if (i !== undefined) return i;
    return CONTEXTS + 1 + (/^\p{Lu}/u.test(w) ? 0 : /\d/.test(w) ? 1 : 2);
  };
  const C = CONTEXTS + 4;
  // Sparse co-occurrence counts: word → (context id [left: c, right: C + c]) → count.
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  const colTotals = new Float64Array(2 * C);
  let total = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const wi = index.get(s[i]!);
      if (wi === undefined) continue;
      const l = ctxOf(s[i - 1]);
      const r = C + ctxOf(s[i + 1]);
      const m = counts[wi]!;
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(r, (m.get(r) ?? 0) + 1);
      colTotals[l]! += 1;
      colTotals[r]! += 1;
      total += 2;
    }
  }
  // PPMI, random projection (±1 per context id and dimension, from a hash), L2 normalisation.
  const vecs = new Float32Array(vocab.length * DIM);
  const sign = (c: number, d: number): number => (mix(c + 1, d + 7919) & 1 ? 1 : -1);
  vocab.forEach(([, n], wi) => {
    const rowTotal = 2 * n;
    const base = wi * DIM;
    for (const [c, k] of counts[wi]!) {
      const pmi = Math.log((k * total) / (rowTotal * colTotals[c]!));
      if (pmi <= 0) continue;
      for (let d = 0; d < DIM; d++) vecs[base + d]! += pmi * sign(c, d);
    }
    normalise(vecs, base);
  });

  const leaf = new Map<string, number>();
  const assign = new Int32Array(vocab.length); // mixed-radix path so far
  let groups: number[][] = [vocab.map((_, i) => i)];
  for (const k of LEVELS) {
    const next: number[][] = [];
    for (const members of groups) {
      const parts = kmeans(vecs, members, k, hashString(String(members.length)) ^ members[0]!);
      parts.forEach((part, pi) => {
        for (const m of part) assign[m] = assign[m]! * k + pi;
        next.push(part);
      });
      // Keep the radix positions aligned when a group has fewer than k parts.
      for (let pi = parts.length; pi < k; pi++) next.push([]);
    }
    groups = next;
  }
  vocab.forEach(([w], i) => leaf.set(w, assign[i]! + 1));

  // Capitalisation ratio: share of non-initial occurrences written with a capital.
  const capSeen = new Map<string, [number, number]>();
  for (const s of sentences) {
    for (let i = 1; i < s.length; i++) {
      const w = s[i]!;
      if (!/^\p{L}/u.test(w) || /^["“‘'(\[:—–-]/.test(s[i - 1]!) || s[i - 1] === '.') continue;
      const lw = w.toLowerCase();
      const e = capSeen.get(lw) ?? [0, 0];
      e[1]++;
      if (w !== lw) e[0]++;
      capSeen.set(lw, e);
    }
  }
  const cap = new Map<string, number>();
  for (const [lw, [c, n]] of capSeen) {
    if (n < 2) continue;
    const r = c / n;
    cap.set(lw, r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5);
  }
  return { leaf, levels: LEVELS, cap };
}

function normalise(v: Float32Array, base: number): void {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += v[base + d]! * v[base + d]!;
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < DIM; d++) v[base + d]! /= n;
}

/** Spherical k-means of the given rows into at most k non-empty parts (deterministic init). */
function kmeans(vecs: Float32Array, members: number[], k: number, seed: number): number[][] {
  if (members.length <= k) return members.map((m) => [m]);
  const cent = new Float32Array(k * DIM);
  // Init: evenly spaced members by frequency rank, nudged by the seed (members are rank-ordered).
  for (let c = 0; c < k; c++) {
    const pick = members[Math.floor(((c + ((seed >>> 0) % 997) / 997) * members.length) / k) % members.length]!;
    cent.set(vecs.subarray(pick * DIM, pick * DIM + DIM), c * DIM);
  }
  const which = new Int32Array(members.length);
  for (let iter = 0; iter < 12; iter++) {
    let moved = 0;
    members.forEach((m, mi) => {
      let best = -Infinity;
      let arg = 0;
      const base = m * DIM;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * DIM;
        for (let d = 0; d < DIM; d++) dot += vecs[base + d]! * cent[cb + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      if (which[mi] !== arg) moved++;
      which[mi] = arg;
    });
    cent.fill(0);
    members.forEach((m, mi) => {
      const cb = which[mi]! * DIM;
      for (let d = 0; d < DIM; d++) cent[cb + d]! += vecs[m * DIM + d]!;
    });
    for (let c = 0; c < k; c++) normalise(cent, c * DIM);
    if (iter > 0 && moved === 0) break;
  }
  const parts: number[][] = Array.from({ length: k }, () => []);
  members.forEach((m, mi) => parts[which[mi]!]!.push(m));
  return parts;
}
