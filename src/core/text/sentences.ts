// Paragraphs and sentences over tokens. Rule-based: a sentence ends at . ! ? … (with any closing
// quotes or brackets after it) when the next token can start a sentence; a title abbreviation
// ("Sen.", "Dr.") never ends one; a line break always does. Text that is all lower case (as in
// some corpora) cannot use capitalisation, so there any end mark followed by a space ends it.

import { TITLE_ABBREVIATIONS, tokenize, type Token } from './tokenize';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the sentence's first token in `Doc.tokens`. */
  firstToken: number;
  /** One past its last token. */
  lastToken: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** True when the text has (almost) no capitals, so case carries no signal. */
  caseless: boolean;
}

const END_MARKS = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);
const SENTENCE_STARTERS = new Set(
  ('the a an this that these those it its he she they we i you his her their our my there here but and ' +
    'so yet or if when while after before since as in on at for from by with to of what who why how ' +
    'officials police authorities however meanwhile still also later earlier now then some many most ' +
    'one two three four five six seven eight nine ten all no not').split(' '),
);
const OPENERS = /^["“‘'(\[«‹—–-]/;

/** Splits text into paragraphs (blank lines), sentences and tokens, in one pass over the tokens. */
export function buildDoc(text: string): Doc {
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const caseless = isCaseless(text);
  const sentences: Sentence[] = [];
  let p = 0;
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    while (p < paragraphs.length - 1 && tok.start >= paragraphs[p]!.end) p++;
    const next = tokens[i + 1];
    let end = false;
    if (!next) end = true;
    else if (hasLineBreak(text, tok.end, next.start)) end = true;
    else if (END_MARKS.has(tok.text) || endsWithTerminalPeriod(tok)) {
      // Absorb closing quotes/brackets into this sentence.
      let j = i;
      while (tokens[j + 1] && CLOSERS.has(tokens[j + 1]!.text) && tokens[j + 1]!.start === tokens[j]!.end) j++;
      const after = tokens[j + 1];
      if (!after || hasLineBreak(text, tokens[j]!.end, after.start)) {
        i = j;
        end = true;
      } else if (
        after.start > tokens[j]!.end &&
        canStartSentence(after, caseless) &&
        // "“…?” Vitter demanded." — the attribution after a closing quote belongs to the quote.
        !(j > i && attributionFollows(tokens, j + 1)) &&
        !isTitleAbbreviation(tok) &&
        // "U.S." / "p.m." end a sentence only before a word that usually starts one.
        (!endsWithTerminalPeriod(tok) || SENTENCE_STARTERS.has(after.text.toLowerCase()))
      ) {
        i = j;
        end = true;
      }
    }
    if (end) {
      const last = tokens[i]!;
      sentences.push({ start: tokens[first]!.start, end: last.end, firstToken: first, lastToken: i + 1, paragraph: p });
      first = i + 1;
    }
  }
  return { text, tokens, sentences, paragraphs, caseless };
}

/** Reporting verbs that, right after a name, make an attribution ("Vitter demanded"). */
const REPORTING = new Set(
  ('said says asked asks added adds told tells wrote writes replied replies demanded demands continued continues ' +
    'explained explains shouted yelled screamed insisted insists noted notes recalled recalls argued argues warned warns ' +
    'declared declares tweeted tweets responded responds answered answers countered counters exclaimed cried laughed ' +
    'joked quipped wondered concluded suggested agreed acknowledged admitted conceded stated posted').split(' '),
);
/** What may follow such a verb when the sentence only attributes: its end, a comma, or an adjunct. */
const AFTER_REPORTING = /^(?:[.,;:!?—–]|in|on|at|during|to|after|before|while|when|via|from|with|about|of|later|again|then|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Tokens from k read as a name (up to four capitalised words, titles like "Sen." included) and a
 * reporting verb that ends the sentence or takes only an adjunct: "Vitter demanded.", "Sen. Ted
 * Cruz said in a statement." — not "Trump said the economy …", which starts a sentence of its own.
 */
function attributionFollows(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < tokens.length && n - k < 4 && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[n]!.text) && !SENTENCE_STARTERS.has(tokens[n]!.text.toLowerCase())) n++;
  if (n === k || n >= tokens.length || !REPORTING.has(tokens[n]!.text)) return false;
  const next = tokens[n + 1];
  return !next || AFTER_REPORTING.test(next.text);
}

/** "U.S." at the end of a sentence carries the sentence's period. */
function endsWithTerminalPeriod(tok: Token): boolean {
  return tok.text.length > 2 && tok.text.endsWith('.') && /\p{L}\.\p{L}\.$/u.test(tok.text);
}

function isTitleAbbreviation(tok: Token): boolean {
  if (!tok.text.endsWith('.') || tok.text.length < 2) return false;
  const word = tok.text.slice(0, -1).toLowerCase();
  // A lone capital initial ("J.") is part of a name.
  return TITLE_ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(tok.text.slice(0, -1));
}

function canStartSentence(tok: Token, caseless: boolean): boolean {
  const c = tok.text[0]!;
  if (OPENERS.test(c)) return true;
  if (/\p{Lu}|\p{N}/u.test(c)) return true;
  return caseless && /\p{L}/u.test(c);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.length ? out : [{ start: 0, end: text.length }];
}

function isCaseless(text: string): boolean {
  let upper = 0;
  let letters = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters > 40 && upper / letters < 0.005;
}

/** The tokens of one sentence. */
export function sentenceTokens(doc: Doc, s: Sentence): Token[] {
  return doc.tokens.slice(s.firstToken, s.lastToken);
}
