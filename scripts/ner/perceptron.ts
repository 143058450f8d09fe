// Averaged structured perceptron (Collins 2002) over hashed feature buckets, trained with the
// same feature extraction, history and Viterbi as tagging (src/core/entities/tagger.ts).

import { History, historyFeatures, staticFeatures, type PreparedDoc } from '../../src/core/entities/features';
import { NUM_LABELS } from '../../src/core/entities/labels';
import type { Lexicon } from '../../src/core/entities/lexicon';
import { updateHistory, type SentenceFeatures } from '../../src/core/entities/tagger';
import { viterbi } from '../../src/core/entities/viterbi';
import type { Scorer } from '../../src/core/entities/weights';

const L = NUM_LABELS;

export class Perceptron implements Scorer {
  readonly mask: number;
  w: Float32Array;
  u: Float64Array;
  trans: Float32Array;
  transU: Float64Array;
  start: Float32Array;
  end: Float32Array;
  /** Update counter for averaging. */
  c = 1;

  constructor(readonly bucketBits: number) {
    this.mask = (1 << bucketBits) - 1;
    this.w = new Float32Array((1 << bucketBits) * L);
    this.u = new Float64Array((1 << bucketBits) * L);
    this.trans = new Float32Array(L * L);
    this.transU = new Float64Array((L + 2) * L);
    this.start = new Float32Array(L);
    this.end = new Float32Array(L);
  }

  addScores(keys: ArrayLike<number>, from: number, to: number, out: Float32Array, off: number): void {
    const w = this.w;
    for (let f = from; f < to; f++) {
      const base = (keys[f]! & this.mask) * L;
      for (let l = 0; l < L; l++) out[off + l] += w[base + l]!;
    }
  }

  private bump(keys: ArrayLike<number>, from: number, to: number, label: number, d: number): void {
    const cd = this.c * d;
    for (let f = from; f < to; f++) {
      const idx = (keys[f]! & this.mask) * L + label;
      this.w[idx]! += d;
      this.u[idx]! += cd;
    }
  }

  private bumpTrans(kind: 'trans' | 'start' | 'end', prev: number, cur: number, d: number): void {
    const cd = this.c * d;
    if (kind === 'trans') {
      this.trans[prev * L + cur]! += d;
      this.transU[prev * L + cur]! += cd;
    } else if (kind === 'start') {
      this.start[cur]! += d;
      this.transU[L * L + cur]! += cd;
    } else {
      this.end[cur]! += d;
      this.transU[L * L + L + cur]! += cd;
    }
  }

  /** One pass over a document; returns the number of token errors. */
  trainDoc(d: PreparedDoc, gold: Uint8Array, lex: Lexicon, cache: StaticCache): number {
    const history = new History();
    const pred = new Uint8Array(d.n);
    let errors = 0;
    for (let si = 0; si < d.sentences.length; si++) {
      const s = d.sentences[si]!;
      const n = s.last - s.first;
      const f = withHistory(d, si, lex, history, cache.get(d, si, lex));
      const emit = new Float32Array(n * L);
      for (let i = 0; i < n; i++) this.addScores(f.keys, f.offsets[i]!, f.offsets[i + 1]!, emit, i * L);
      viterbi(n, emit, this.trans, this.start, this.end, pred, s.first);
      for (let i = 0; i < n; i++) {
        const g = gold[s.first + i]!;
        const p = pred[s.first + i]!;
        if (g !== p) {
          errors++;
          this.bump(f.keys, f.offsets[i]!, f.offsets[i + 1]!, g, 1);
          this.bump(f.keys, f.offsets[i]!, f.offsets[i + 1]!, p, -1);
        }
        const gp = i > 0 ? gold[s.first + i - 1]! : -1;
        const pp = i > 0 ? pred[s.first + i - 1]! : -1;
        if (g !== p || gp !== pp) {
          if (i === 0) {
            this.bumpTrans('start', 0, g, 1);
            this.bumpTrans('start', 0, p, -1);
          } else {
            this.bumpTrans('trans', gp, g, 1);
            this.bumpTrans('trans', pp, p, -1);
          }
        }
      }
      const lg = gold[s.last - 1]!;
      const lp = pred[s.last - 1]!;
      if (lg !== lp) {
        this.bumpTrans('end', 0, lg, 1);
        this.bumpTrans('end', 0, lp, -1);
      }
      this.c++;
      // History follows the model's own predictions, as it will when tagging.
      updateHistory(d, si, pred, history);
    }
    return errors;
  }

  /** Averaged weights: w − u / c. */
  averaged(): { w: Float32Array; trans: Float32Array; start: Float32Array; end: Float32Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i]! - this.u[i]! / this.c;
    const trans = new Float32Array(L * L);
    for (let i = 0; i < L * L; i++) trans[i] = this.trans[i]! - this.transU[i]! / this.c;
    const start = new Float32Array(L);
    const end = new Float32Array(L);
    for (let i = 0; i < L; i++) {
      start[i] = this.start[i]! - this.transU[L * L + i]! / this.c;
      end[i] = this.end[i]! - this.transU[L * L + L + i]! / this.c;
    }
    return { w, trans, start, end };
  }
}

/** A float scorer over averaged weights, for evaluating before quantisation. */
export class FloatScorer implements Scorer {
  constructor(
    readonly mask: number,
    readonly w: Float32Array,
    readonly trans: Float32Array,
    readonly start: Float32Array,
    readonly end: Float32Array,
  ) {}
  addScores(keys: ArrayLike<number>, from: number, to: number, out: Float32Array, off: number): void {
    for (let f = from; f < to; f++) {
      const base = (keys[f]! & this.mask) * L;
      for (let l = 0; l < L; l++) out[off + l] += this.w[base + l]!;
    }
  }
}

interface StaticSentence {
  keys: Uint32Array;
  offsets: Int32Array;
}

/** Static feature keys per sentence, computed once and reused every epoch. */
export class StaticCache {
  private readonly byDoc = new Map<PreparedDoc, StaticSentence[]>();

  get(d: PreparedDoc, si: number, lex: Lexicon): StaticSentence {
    let list = this.byDoc.get(d);
    if (!list) {
      list = d.sentences.map((s, k) => {
        const keys: number[] = [];
        const offsets: number[] = [0];
        for (let i = s.first; i < s.last; i++) {
          staticFeatures(d, k, i, lex, keys);
          offsets.push(keys.length);
        }
        return { keys: Uint32Array.from(keys), offsets: Int32Array.from(offsets) };
      });
      this.byDoc.set(d, list);
    }
    return list[si]!;
  }
}

/** Static keys of a sentence plus its history features, laid out per token. */
function withHistory(d: PreparedDoc, si: number, lex: Lexicon, history: History, st: StaticSentence): SentenceFeatures {
  void lex;
  const s = d.sentences[si]!;
  const keys: number[] = [];
  const offsets: number[] = [0];
  for (let i = s.first; i < s.last; i++) {
    const k = i - s.first;
    for (let f = st.offsets[k]!; f < st.offsets[k + 1]!; f++) keys.push(st.keys[f]!);
    historyFeatures(d, si, i, history, keys);
    offsets.push(keys.length);
  }
  return { keys, offsets };
}
