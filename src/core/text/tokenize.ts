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
