// Quotation marks: which characters are marks, and whether one can open or close a quote where it
// stands. Direction is read from the flanking characters (as CommonMark does for emphasis), because
// straight marks have none and curly marks are often typed the wrong way round.

/** Mark families: marks only pair within a family; the other families are nested or ignored. */
export type MarkFamily = 'double' | 'single' | 'guillemet';

export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  pos: number;
  len: number;
  family: MarkFamily;
  role: MarkRole;
  /** The character(s), to pick the matching closer ("„" closes with "“"). */
  ch: string;
}

const QUOTE_CHARS = '"“”„‟«»‹›‘’‚‛\'`';
const OPEN_PUNCT = '([{—–-/' + QUOTE_CHARS;
const CLOSE_PUNCT = '.,;:!?)]}—–-…/' + QUOTE_CHARS;
const SPACE = /\s/u;
const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

const isSpace = (c: string): boolean => c === '' || SPACE.test(c);

/** Elisions written with a leading apostrophe: not single-quote openers. */
const ELISIONS = /^(?:em|n|til|cause|tis|twas|bout|round|nuff|s|t|d)\b/i;

/** Every quotation mark of text, in order, with the role its position allows. Apostrophes are left out. */
export function scanMarks(text: string): Mark[] {
  const out: Mark[] = [];
  // Jump from one candidate character to the next rather than testing every character.
  const candidates = new RegExp(`[${QUOTE_CHARS.replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    // Doubled single marks stand for a double mark ('' and `` in wire copy, ’’ typed by hand).
    let len = 1;
    let ch = c;
    if ((c === "'" || c === '`' || c === '’' || c === '‘') && text[i + 1] === c) {
      len = 2;
      ch = c + c;
    }
    const prev = i > 0 ? text[i - 1]! : '';
    const next = i + len < text.length ? text[i + len]! : '';
    const left = !isSpace(next) && (isSpace(prev) || OPEN_PUNCT.includes(prev));
    const right = !isSpace(prev) && (isSpace(next) || CLOSE_PUNCT.includes(next));
    const mark = classify(ch, prev, next, left, right, text, i + len);
    if (mark) out.push({ pos: i, len, ...mark, ch });
    candidates.lastIndex = i + len;
  }
  return out;
}

function classify(
  ch: string,
  prev: string,
  next: string,
  left: boolean,
  right: boolean,
  text: string,
  after: number,
): { family: MarkFamily; role: MarkRole } | null {
  const flank = (): MarkRole => (left && !right ? 'open' : right && !left ? 'close' : 'either');
  switch (ch) {
    case '"':
    case "''":
    case '’’':
    case '‘‘':
      // A straight double mark right after a digit is inches (6'3"), not a quote.
      if (ch === '"' && DIGIT.test(prev) && !left) return null;
      return { family: 'double', role: flank() };
    case '``':
    case '„':
    case '‟':
      return { family: 'double', role: 'open' };
    case '“':
      // Mostly an opener; German „…“ and typos use it as a closer, decided while pairing.
      return { family: 'double', role: right && !left ? 'either' : 'open' };
    case '”':
      return { family: 'double', role: left && !right ? 'either' : 'close' };
    case '«':
      return { family: 'guillemet', role: right && !left && !isSpace(prev) ? 'close' : 'open' };
    case '»':
      return { family: 'guillemet', role: left && !right ? 'either' : 'close' };
    case '‹':
    case '›':
      return { family: 'single', role: ch === '‹' ? 'open' : 'close' };
    case '‚':
      return { family: 'single', role: 'open' };
    case '‘':
    case '‛':
      if (ALNUM.test(prev) && ALNUM.test(next)) return null;
      if (left && isYearOrElision(text, after)) return null;
      return left || !right ? { family: 'single', role: 'open' } : { family: 'single', role: 'either' };
    case '’':
    case "'":
    case '`': {
      // Between letters or digits it is an apostrophe (don’t, O'Brien, rock’n’roll).
      if (ALNUM.test(prev) && ALNUM.test(next)) return null;
      if (left) {
        if (isYearOrElision(text, after)) return null;
        return { family: 'single', role: ch === '’' ? 'either' : 'open' };
      }
      if (right) return { family: 'single', role: 'close' };
      return null;
    }
    default:
      return null;
  }
}

/** ’90s, 'em, 'til: a leading apostrophe, not an opening mark. */
function isYearOrElision(text: string, after: number): boolean {
  const rest = text.slice(after, after + 6);
  return /^\p{N}{2}(?:s|\b)/u.test(rest) || ELISIONS.test(rest);
}

/** Whether `mark` can close a quote opened by `opener` (same family, not an opener-only mark). */
export function closes(opener: Mark, mark: Mark): boolean {
  return mark.family === opener.family && mark.role !== 'open';
}

/** Whether `mark` can open a quote when nothing of its family is open. */
export function opens(mark: Mark): boolean {
  return mark.role !== 'close';
}

/** Straight marks carry no direction, so a second one always closes (toggle) rather than nests. */
export function isStraight(mark: Mark): boolean {
  return mark.ch === '"' || mark.ch === "''" || mark.ch === "'" || mark.ch === '`';
}
