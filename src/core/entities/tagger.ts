// Tags a prepared document sentence by sentence: static features plus the history of what
// earlier sentences called the same words, then Viterbi. Training runs this same loop.

import {
  History,
  KeyBuffer,
  contextFeatures,
  historyFeatures,
  isNameLike,
  isPlainWord,
  staticFeatures,
  unigramFeatures,
  type PreparedDoc,
} from './features';
import { NUM_LABELS, labelType } from './labels';
import type { Lexicon } from './lexicon';
import { viterbi } from './viterbi';
import type { Scorer } from './weights';

/** Feature keys of every token of a sentence: keys[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  keys: number[];
  offsets: number[];
}

export function sentenceFeatures(d: PreparedDoc, si: number, lex: Lexicon, history: History | null): SentenceFeatures {
  const s = d.sentences[si]!;
  const keys: number[] = [];
  const offsets: number[] = [0];
  for (let i = s.first; i < s.last; i++) {
    staticFeatures(d, si, i, lex, keys);
    if (history) historyFeatures(d, si, i, history, keys);
    offsets.push(keys.length);
  }
  return { keys, offsets };
}

/** Emission scores (tokens × labels) of a sentence. */
export function emissions(f: SentenceFeatures, scorer: Scorer): Float32Array {
  const n = f.offsets.length - 1;
  const out = new Float32Array(n * NUM_LABELS);
  for (let i = 0; i < n; i++) scorer.addScores(f.keys, f.offsets[i]!, f.offsets[i + 1]!, out, i * NUM_LABELS);
  return out;
}

/** Records a tagged sentence in the history: type index, or 4 for a capitalised word left out. */
export function updateHistory(d: PreparedDoc, si: number, labels: Uint8Array, history: History): void {
  const s = d.sentences[si]!;
  for (let i = s.first; i < s.last; i++) {
    if (!isNameLike(d, i)) continue;
    const t = labelType(labels[i]!);
    history.add(d.lower[i]!, t < 0 ? 4 : t);
  }
}

/**
 * Summed scores of a token's unigram features. Most tokens of a text are frequent words, so the
 * scores are kept on the form's cached look-ups (FormInfo) and computed once per model.
 */
function unigramScores(d: PreparedDoc, i: number, lex: Lexicon, scorer: Scorer, keys: KeyBuffer): Float32Array {
  const info = d.info[i]!;
  let v = info.scores;
  if (v === null) {
    keys.clear();
    unigramFeatures(d, i, lex, keys);
    v = new Float32Array(NUM_LABELS);
    scorer.addScores(keys.keys, 0, keys.n, v, 0);
    info.scores = v;
  }
  return v;
}

/**
 * BILOU label per token of the document. With `cached`, token-only scores are kept on the
 * document's FormInfo objects: only when those belong to this scorer's model (index.ts).
 */
export function tagDoc(d: PreparedDoc, lex: Lexicon, scorer: Scorer, cached = false): Uint8Array {
  const labels = new Uint8Array(d.n);
  const history = new History();
  const L = NUM_LABELS;
  const keys = new KeyBuffer();
  // One emission and one outside buffer for all sentences (each sentence writes all of its part).
  let longest = 0;
  for (const s of d.sentences) longest = Math.max(longest, s.last - s.first);
  const emit = cached ? new Float32Array(longest * L) : null;
  const out = cached ? new Uint8Array(longest) : null;
  for (let si = 0; si < d.sentences.length; si++) {
    const s = d.sentences[si]!;
    const n = s.last - s.first;
    let e: Float32Array;
    let outside: Uint8Array | null = null;
    if (emit !== null && out !== null) {
      e = emit;
      outside = out;
      for (let i = s.first; i < s.last; i++) {
        const off = (i - s.first) * L;
        if (isPlainWord(d, si, i)) {
          // Outside any name: only O is possible.
          e.fill(-1e6, off, off + L);
          e[off] = 0;
          outside[i - s.first] = 1;
          continue;
        }
        outside[i - s.first] = 0;
        const u = unigramScores(d, i, lex, scorer, keys);
        for (let l = 0; l < L; l++) e[off + l] = u[l]!;
        keys.clear();
        contextFeatures(d, si, i, lex, keys);
        historyFeatures(d, si, i, history, keys);
        scorer.addScores(keys.keys, 0, keys.n, e, off);
      }
    } else e = emissions(sentenceFeatures(d, si, lex, history), scorer);
    viterbi(n, e, scorer.trans, scorer.start, scorer.end, labels, s.first, outside);
    updateHistory(d, si, labels, history);
  }
  return labels;
}
