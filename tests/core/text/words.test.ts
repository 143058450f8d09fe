import { describe, expect, it } from 'vitest';
import { englishScore } from '../../../src/core/text/language';
import { tokenize, tokenizeByRegex } from '../../../src/core/text/tokenize';
import { countWords, shareOfWordsIn } from '../../../src/core/text/words';
import { rng } from '../support/fuzz-inputs';

// The scanners must give exactly what the regexes they replace give.
const regexCount = (t: string): number => t.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
function regexShare(t: string, set: ReadonlySet<string>, limit: number): number {
  const words = t.match(/\p{L}+/gu);
  if (!words) return 0;
  const n = Math.min(words.length, limit);
  let hits = 0;
  for (let i = 0; i < n; i++) if (set.has(words[i]!)) hits++;
  return hits / n;
}

const PIECES = ['the', 'of', "don't", 'Trump’s', 'Iran-backed', '-', "'", '’', 'x-', "-'a", '1,000', '٣', 'İstanbul', 'ǅ', 'é', 'e\u0301',
  '\ud835\udc00', '\ud835\udfce', '\ud800', '\udc00', '東京', 'Ⅻ', '½', '_', ' ', '\n', '.', '—'];
function randomText(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 60);
  for (let i = 0; i < n; i++) s += r() < 0.8 ? PIECES[Math.floor(r() * PIECES.length)] : String.fromCharCode(Math.floor(r() * 0x10000));
  return s;
}

describe('word scanners', () => {
  it('count words as the regex does', () => {
    expect(countWords("Don't stop: Iran-backed groups' 1,000 men — the end-")).toBe(regexCount("Don't stop: Iran-backed groups' 1,000 men — the end-"));
    const r = rng(7);
    for (let k = 0; k < 3000; k++) {
      const t = randomText(r);
      expect(countWords(t), JSON.stringify(t)).toBe(regexCount(t));
    }
  });

  it('sample letter runs as the regex does, up to the limit', () => {
    const set = new Set(['the', 'of', 'don', 'i', 'é', 'stanbul']);
    const r = rng(11);
    for (let k = 0; k < 3000; k++) {
      const t = randomText(r).toLowerCase();
      const limit = 1 + Math.floor(r() * 30);
      expect(shareOfWordsIn(t, set, 7, limit), JSON.stringify(t)).toBe(regexShare(t, set, limit));
    }
  });

  it('score English function words', () => {
    expect(englishScore('The cat sat on the mat and it was happy.')).toBeCloseTo(6 / 10);
    expect(englishScore('Der Hund und die Katze.')).toBe(0);
    expect(englishScore('')).toBe(0);
  });
});

describe('tokenize fast path', () => {
  const PARTS = ['Sen', '.', 'U', 'S', 'said', 'http', 'https', '://', 'x.com', ':', '@', 'a', 'I', '’', "'", 's', 'nt', "n't", '-', '--', '&', '%', '+', '_',
    '$', '€', '1', '1,000', '3:34', ',', '“', '”', '—', '–', '…', '«', '»', '\u00a0', '\u0301', 'é', '\ud83d\ude00', '\ud800', '东', ' ', ' ', '\n', '(', ')',
    '...', 'e.g', 'Inc', 'Jr', 'J', 'co', '#', '/', '"', '*'];
  it('gives exactly the regex tokens', () => {
    const r = rng(3);
    for (let k = 0; k < 5000; k++) {
      let t = '';
      const n = Math.floor(r() * 40);
      for (let i = 0; i < n; i++) t += PARTS[Math.floor(r() * PARTS.length)];
      const start = r() < 0.2 ? Math.floor(r() * t.length) : 0;
      const end = r() < 0.2 ? start + Math.floor(r() * (t.length - start)) : t.length;
      expect(tokenize(t, start, end), JSON.stringify([t, start, end])).toEqual(tokenizeByRegex(t, start, end));
    }
  });
});
