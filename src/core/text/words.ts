// Word scanning without regexes or per-word strings: counting words and sampling them, on the
// hot path of every analysis. Each function states the regex whose matches it reproduces exactly.

import { codePointAt, isLetter, isLetterOrNumber } from './chars';

/** How many matches /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu finds in text. */
export function countWords(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (!isLetterOrNumber(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    i = skipLetterOrNumberRun(text, i);
    // Joined parts: "don't", "Iran-backed", "Trump’s".
    while (i + 1 < n) {
      const c = text.charCodeAt(i);
      if ((c !== 39 && c !== 0x2019 && c !== 45) || !isLetterOrNumber(codePointAt(text, i + 1))) break;
      i = skipLetterOrNumberRun(text, i + 1);
    }
  }
  return count;
}

function skipLetterOrNumberRun(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (!isLetterOrNumber(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Of the first `limit` matches of /\p{L}+/gu in text, the share that are in `set` (0 when there
 * are none). Only runs no longer than `maxLength` are looked up, so most words cost no string.
 */
export function shareOfWordsIn(text: string, set: ReadonlySet<string>, maxLength: number, limit: number): number {
  const n = text.length;
  let words = 0;
  let hits = 0;
  let i = 0;
  while (i < n && words < limit) {
    const cp = codePointAt(text, i);
    if (!isLetter(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = codePointAt(text, i);
      if (!isLetter(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    words++;
    if (i - start <= maxLength && set.has(text.slice(start, i))) hits++;
  }
  return words ? hits / words : 0;
}

/** Length of the longest string in a set (for shareOfWordsIn). */
export function longest(set: ReadonlySet<string>): number {
  let max = 0;
  for (const w of set) if (w.length > max) max = w.length;
  return max;
}
