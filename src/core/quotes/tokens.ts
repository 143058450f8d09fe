// Small helpers over the Doc's tokens: find tokens by offset, and tell words, names and
// punctuation apart the way the attribution rules need.

import type { Token } from '../text/tokenize';
import type { Doc, Sentence } from '../text/sentences';

/** Index of the first token that ends after `offset` (tokens.length if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token index range [i, j) of the tokens lying inside [start, end). */
export function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let i = tokenAt(tokens, start);
  while (i < tokens.length && tokens[i]!.start < start) i++;
  let j = i;
  while (j < tokens.length && tokens[j]!.end <= end) j++;
  return [i, j];
}

/** The sentence containing offset (or the one that starts right after it). */
export function sentenceAt(doc: Doc, offset: number): Sentence | null {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return ss[lo] ?? null;
}

const WORD = /^[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

// ASCII fast paths first: these run on every token, several times.
export const isWord = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(t);
};
export const isCapitalized = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
};
export const isLower = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(t);
};
export const lower = (t: string): string => (t.includes('’') ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase());

/** Count of word tokens (letters or digits) in text, the unit the scorer measures overlap in. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}
