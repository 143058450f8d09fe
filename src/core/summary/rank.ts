// Scores candidates with a linear model and picks them greedily, each pick discounted by how much
// it repeats what is already chosen (maximal marginal relevance): news pages restate their lede in
// captions and recaps, and a summary that says one thing three times is a poor one.

import { FEATURE_COUNT, overlap, type Candidate } from './features';

export interface Weights {
  /** One weight per feature, in FEATURES order. */
  features: ArrayLike<number>;
  /** How much redundancy with the chosen sentences costs. */
  redundancy: number;
  /** Overlap at or above which a sentence is a restatement and never chosen. */
  duplicate: number;
}

/** Linear score of every candidate. */
export function scoreAll(cands: readonly Candidate[], w: Weights): Float64Array {
  const out = new Float64Array(cands.length);
  for (let i = 0; i < cands.length; i++) {
    const f = cands[i]!.features;
    let s = 0;
    for (let k = 0; k < FEATURE_COUNT; k++) s += f[k]! * w.features[k]!;
    out[i] = s;
  }
  return out;
}

/** Indices into cands of the chosen sentences, in article order. */
export function select(cands: readonly Candidate[], scores: Float64Array, count: number, w: Weights): number[] {
  const chosen: number[] = [];
  const taken = new Uint8Array(cands.length);
  while (chosen.length < count) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < cands.length; i++) {
      if (taken[i]) continue;
      let red = 0;
      for (const j of chosen) red = Math.max(red, overlap(cands[i]!.terms, cands[j]!.terms));
      if (red >= w.duplicate) continue;
      const s = scores[i]! - w.redundancy * red;
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b);
}
