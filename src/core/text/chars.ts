// Character classes for hand-written scanners: ASCII decided inline, any other code point through
// the Unicode regex once and then remembered (BMP in a table), so hot loops run no regex and
// allocate nothing. Semantics are exactly those of /\p{L}/u and /[\p{L}\p{N}]/u on one code point.

const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;

const KNOWN = 1;
const LETTER = 2;
const NUMBER = 4;
/** Per BMP code point: 0 = not looked up yet, else KNOWN | LETTER? | NUMBER?. */
const bmp = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp]!;
    if (c === 0) {
      c = lookUp(cp);
      bmp[cp] = c;
    }
    return c;
  }
  return lookUp(cp);
}

function lookUp(cp: number): number {
  const s = String.fromCodePoint(cp);
  return KNOWN | (LETTER_RE.test(s) ? LETTER : 0) | (NUMBER_RE.test(s) ? NUMBER : 0);
}

/** \p{L} on one code point. */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return (classOf(cp) & LETTER) !== 0;
}

/** [\p{L}\p{N}] on one code point. */
export function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return (classOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** The code point at i (a lone surrogate counts as itself), as String.prototype.codePointAt. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
