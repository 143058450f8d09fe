// Tags a prepared document sentence by sentence: static features plus the history of what
// earlier sentences called the same words, then Viterbi. Training runs this same loop.

import { History, historyFeatures, isNameLike, staticFeatures, type PreparedDoc } from './features';
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

/** BILOU label per token of the document. */
export function tagDoc(d: PreparedDoc, lex: Lexicon, scorer: Scorer): Uint8Array {
  const labels = new Uint8Array(d.n);
  const history = new History();
  for (let si = 0; si < d.sentences.length; si++) {
    const s = d.sentences[si]!;
    const f = sentenceFeatures(d, si, lex, history);
    const e = emissions(f, scorer);
    viterbi(s.last - s.first, e, scorer.trans, scorer.start, scorer.end, labels, s.first);
    updateHistory(d, si, labels, history);
  }
  return labels;
}
