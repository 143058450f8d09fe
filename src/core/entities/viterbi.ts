// First-order Viterbi over BILOU labels; ill-formed label sequences are never produced.

import { ALLOWED, NUM_LABELS, canEnd, canStart } from './labels';

const L = NUM_LABELS;

/** For each label, the labels allowed before it (BILOU), so the inner loop skips the rest. */
const PREV: Int8Array[] = Array.from({ length: L }, (_, c) => {
  const ps: number[] = [];
  for (let p = 0; p < L; p++) if (ALLOWED[p * L + c]) ps.push(p);
  return Int8Array.from(ps);
});

let delta = new Float64Array(64 * L);
let back = new Uint8Array(64 * L);

/**
 * Best label sequence for `n` tokens given emission scores (n × L, row-major), transition scores
 * trans[prev * L + cur], and start/end scores. Writes labels into out[offset .. offset + n).
 */
export function viterbi(
  n: number,
  emit: Float32Array,
  trans: Float32Array,
  start: Float32Array,
  end: Float32Array,
  out: Uint8Array,
  offset: number,
  /** Tokens known to be outside any name (1): only O is considered there. */
  outside: Uint8Array | null = null,
): void {
  if (n === 0) return;
  // Score of an impossible label. A literal here, not a module constant: read from a module binding,
  // V8 keeps the running maxima below as boxed numbers and allocates on every improvement.
  const NEG = -1e30;
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Uint8Array(n * L * 2);
  }
  for (let c = 0; c < L; c++) delta[c] = canStart(c) ? emit[c]! + start[c]! : NEG;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    const only = outside !== null && outside[i] === 1 ? 1 : L;
    for (let c = only; c < L; c++) {
      delta[base + c] = NEG;
      back[base + c] = 0;
    }
    if (only === 1 && i >= 2 && outside![i - 1] === 1) {
      // O after O-only: every other label before scores NEG, so the loop below would pick O.
      delta[base] = delta[prevBase]! + trans[0]! + emit[base]!;
      back[base] = 0;
      continue;
    }
    for (let c = 0; c < only; c++) {
      let best = NEG;
      let arg = 0;
      const prevs = PREV[c]!;
      for (let q = 0; q < prevs.length; q++) {
        const p = prevs[q]!;
        const v = delta[prevBase + p]! + trans[p * L + c]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[base + c] = best + emit[base + c]!;
      back[base + c] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (!canEnd(c)) continue;
    const v = delta[lastBase + c]! + end[c]!;
    if (v > best) {
      best = v;
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[offset + i] = arg;
    arg = back[i * L + arg]!;
  }
}
