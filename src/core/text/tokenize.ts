// Word tokens with offsets, close to the Penn Treebank conventions the NER corpora use:
// possessive "'s" and "n't" are their own tokens, "U.S." and "Sen." keep their period,
// "Iran-backed" and "1,000.50" stay whole, and each punctuation mark stands alone.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose period belongs to the word (lower-cased, without the period). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'col', 'gen', 'maj', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'gens', 'reps', 'sens', 'pres', 'supt', 'det', 'insp', 'rev', 'fr', 'hon', 'amb', 'atty',
  'st', 'ave', 'blvd', 'rd', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'no', 'nos',
  'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'govt', 'univ', 'assn', 'intl',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'e.g', 'i.e',
]);

/** Abbreviations that are followed by a name, so their period never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'col', 'gen', 'maj', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'gens', 'reps', 'sens', 'pres', 'supt', 'det', 'insp', 'rev', 'fr', 'hon', 'amb', 'atty',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'e.g', 'i.e',
]);

// One alternation, tried in order at each position (sticky):
//  1. URLs and e-mail addresses
//  2. dotted initialisms: U.S. / a.m. / U.K.-based
//  3. numbers: 1,000.50 / 3:34 / 9/11 / 40%
//  4. words: letters, digits, marks, inner hyphens, inner apostrophes (split later)
//  5. runs of the same dash or dot ("--", "...")
//  6. any other single non-space character
const TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]'’]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*`,
    String.raw`[$€£¥]?\p{N}+(?:[.,:\/]\p{N}+)*%?`,
    String.raw`[\p{L}\p{N}\p{M}_]+(?:[-'’.&][\p{L}\p{N}\p{M}_]+)*`,
    String.raw`-{2,}|\.{2,}`,
    String.raw`\S`,
  ].join('|'),
  'gyu',
);

const WORD_START = /[\p{L}\p{N}]/u;
const CLITIC_RE = /^(.+?)(['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)|[nN]['’][tT])$/u;

/** Tokens of text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  return scan(text, start, end, true);
}

/** @internal The same tokens found by the regex alone, with no fast path: the reference for tests. */
export function tokenizeByRegex(text: string, start = 0, end = text.length): Token[] {
  return scan(text, start, end, false);
}

function scan(text: string, start: number, end: number, fast: boolean): Token[] {
  const out: Token[] = [];
  const src = end === text.length ? text : text.slice(0, end);
  let i = start;
  while (i < end) {
    const c = src.charCodeAt(i);
    // Skip whitespace fast (space, tabs, newlines, nbsp and other Unicode spaces).
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029) {
      i++;
      continue;
    }
    if (fast) {
      // Most tokens are plain ASCII words or lone punctuation marks, which the regex would give
      // unchanged: take them without running it (see plainWordEnd and isLoneMark).
      const j = plainWordEnd(src, i, end);
      if (j > i) {
        out.push({ text: src.slice(i, j), start: i, end: j });
        i = j;
        continue;
      }
      if (isLoneMark(src, c, i, end)) {
        out.push({ text: src.charAt(i), start: i, end: i + 1 });
        i++;
        continue;
      }
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(src);
    if (!m || m[0].length === 0) {
      i++;
      continue;
    }
    i += pushWord(out, m[0], i, src, end);
  }
  return out;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * ASCII characters that, right after a run of ASCII letters, let TOKEN_RE (and pushWord) take
 * exactly that run: not a letter, digit or "_" (the word goes on), not one of - ' . & (a word may
 * continue through them), not @ . _ % + - (an e-mail address), and ":" only when the word cannot
 * be a URL's scheme.
 */
const ENDS_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ENDS_WORD[c] = isAsciiLetter(c) || (c >= 48 && c <= 57) || "_-'.&@%+".includes(String.fromCharCode(c)) ? 0 : 1;
/** Non-ASCII punctuation and spaces that end a word the same way (none is \p{L}, \p{N}, \p{M} or ’). */
const ENDS_WORD_WIDE = new Set([0xa0, 0x201c, 0x201d, 0x2018, 0x2014, 0x2013, 0x2026, 0xab, 0xbb]);

/** End of the plain ASCII word at i when the regex would match exactly it, else -1. */
function plainWordEnd(src: string, i: number, end: number): number {
  if (!isAsciiLetter(src.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < end && isAsciiLetter(src.charCodeAt(j))) j++;
  if (j === end) return j;
  const c = src.charCodeAt(j);
  if (c < 128) {
    if (ENDS_WORD[c] === 0) return -1;
    // "http:" / "https:" may open a URL.
    if (c === 58 && src.startsWith('http', i)) return -1;
    return j;
  }
  return ENDS_WORD_WIDE.has(c) ? j : -1;
}

/**
 * Marks that no TOKEN_RE alternative but the last (\S) can start with: not $ (money), not a letter,
 * digit or _ (words), not . _ % + - (e-mail); "." and "-" alone when a space or the end follows.
 */
const LONE_MARKS = new Uint8Array(128);
for (const ch of ',;:!?()[]{}"\'/*=<>#|~^`\\@&') LONE_MARKS[ch.charCodeAt(0)] = 1;
const LONE_MARKS_WIDE = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x2014, 0x2013, 0x2026, 0xab, 0xbb]);

function isLoneMark(src: string, c: number, i: number, end: number): boolean {
  if (c < 128) {
    if (LONE_MARKS[c] === 1) return true;
    return (c === 46 || c === 45) && (i + 1 === end || src.charCodeAt(i + 1) <= 32);
  }
  return LONE_MARKS_WIDE.has(c);
}

/** Pushes the token(s) of one match; returns how many characters were consumed. */
function pushWord(out: Token[], word: string, start: number, text: string, end: number): number {
  // A word followed by a period keeps it when the word is an abbreviation or an initial ("Sen.", "J.").
  const after = start + word.length;
  if (after < end && text.charCodeAt(after) === 46 /* . */ && WORD_START.test(word[0]!)) {
    const isInitial = word.length === 1 && word !== word.toLowerCase();
    if (isInitial || ABBREVIATIONS.has(word.toLowerCase())) {
      out.push({ text: word + '.', start, end: after + 1 });
      return word.length + 1;
    }
  }
  const clitic = word.length > 2 ? CLITIC_RE.exec(word) : null;
  if (clitic && LETTER.test(clitic[1]!)) {
    const head = clitic[1]!;
    out.push({ text: head, start, end: start + head.length });
    out.push({ text: clitic[2]!, start: start + head.length, end: after });
    return word.length;
  }
  out.push({ text: word, start, end: after });
  return word.length;
}

const LETTER = /\p{L}/u;
