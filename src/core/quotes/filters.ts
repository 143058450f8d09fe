// Quotation marks that do not quote anyone: scare quotes ("so-called “experts”"), titles of works
// (the film “The Apprentice”), nicknames (Dwayne “The Rock” Johnson). A quote with an attribution
// frame is always kept; the rules only judge unattributed marks.

import type { Doc } from '../text/sentences';
import type { Framed } from './frames';
import { DETERMINERS, WORK_NOUNS } from './lexicon';
import { isNameToken } from './names';
import { isWord, lower, tokenAt, wordCount } from './tokens';

/** An unattributed quote inside a sentence needs this many words to be taken as someone's words. */
export const MIN_EMBEDDED_WORDS = 6;
/** A quote needs this many words when nothing attributes it. */
export const MIN_UNATTRIBUTED_WORDS = 3;

export function isRealQuote(doc: Doc, f: Framed): boolean {
  const text = doc.text.slice(f.span.start, f.span.end);
  // Markup that leaked into the text: an attribute value (author="@x") is not a quote.
  if (doc.text[f.span.open - 1] === '=' || /<\/?[a-z]+[ >]/i.test(text)) return false;
  const n = wordCount(text);
  if (f.kind === 'mixed') return !isNickname(doc, f) && !isTitle(doc, f, text, n);
  if (f.attribution) return n >= 1 && !isTitle(doc, f, text, n);
  if (f.kind === 'embedded' && n < MIN_EMBEDDED_WORDS) return false;
  if (n < MIN_UNATTRIBUTED_WORDS) return false;
  return !isTitle(doc, f, text, n) && !isNickname(doc, f);
}

/** Capitalised words after a noun of works ("the film “13th”", "titled “…”"), or a short all-title-case phrase. */
function isTitle(doc: Doc, f: Framed, text: string, n: number): boolean {
  const toks = doc.tokens;
  const k = tokenAt(toks, f.span.open);
  let p = k - 1;
  if (p >= 0 && toks[p]!.text === ',') p--;
  // Nouns of works count in lower case only ("the song", not "Dr. Paul Song").
  const prevRaw = p >= 0 ? toks[p]!.text : '';
  let ni = tokenAt(toks, f.span.after);
  if (toks[ni]?.text === ',') ni++;
  if (DETERMINERS.has(lower(toks[ni]?.text ?? ''))) ni++;
  const nextRaw = toks[ni]?.text ?? '';
  const prev = /^\p{Lu}/u.test(prevRaw) ? '' : lower(prevRaw);
  const next = /^\p{Lu}/u.test(nextRaw) ? '' : lower(nextRaw);
  // Only a noun of works takes a long title; every other rule below wants at most eight words.
  const titleCase = (n <= 8 || WORK_NOUNS.has(prev)) && isTitleCase(text, n);
  if (WORK_NOUNS.has(prev) && (titleCase || n <= 3)) return true;
  // "on Fox News’s “Fox and Friends”", "his “Keepin' It Real” radio program": a name of a work or show.
  if (titleCase && n <= 6 && (TITLE_BEFORE.has(prev) || WORK_NOUNS.has(next))) return true;
  // A title-case line standing alone is a heading ("‘All Bets Are Off.’").
  if (titleCase && n <= 8 && isWholeParagraph(doc, f)) return true;
  if (f.attribution) return false;
  return titleCase && !/[.!?]$/.test(text.trim()) && n <= 8 && f.kind !== 'direct';
}

/** Short words titles leave in lower case ("Orange is the New Black", "Meet the Press"). */
const TITLE_SMALL = new Set('a an the and or nor but of in on at to for by with from as is are vs via per up off into over'.split(' '));

/** Most words capitalised, not counting the small words titles keep lower case; the first word always. */
export function isTitleCase(text: string, n: number): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!n || !words.length || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  const content = words.filter((w) => !TITLE_SMALL.has(w));
  const caps = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return content.length > 0 && caps / content.length >= 0.75 && caps / n >= 0.5;
}

const TITLE_BEFORE = new Set(["'s", 'of', 'on', 'in', 'for', 'from', 'to', 'titled', 'entitled', 'called', 'dubbed', 'named', 'publish', 'published', 'publishes', 'wrote', 'read', 'watched', 'starred']);

function isWholeParagraph(doc: Doc, f: Framed): boolean {
  const para = doc.paragraphs.find((x) => x.start <= f.span.open && f.span.open < x.end);
  if (!para) return false;
  const before = doc.text.slice(para.start, f.span.open);
  const after = doc.text.slice(f.span.after, para.end);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** A quoted word or two between two parts of a name. */
function isNickname(doc: Doc, f: Framed): boolean {
  const toks = doc.tokens;
  const k = tokenAt(toks, f.span.open);
  const after = tokenAt(toks, f.span.after);
  const prev = k > 0 ? toks[k - 1]!.text : '';
  const next = toks[after]?.text ?? '';
  const n = wordCount(doc.text.slice(f.span.start, f.span.end));
  if (n > 3) return false;
  // "the hacker known as “Guccifer”", "nicknamed “King James”".
  const p1 = lower(prev);
  const p2 = k > 1 ? lower(toks[k - 2]!.text) : '';
  const words = doc.text.slice(f.span.start, f.span.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  const capitalised = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  if (capitalised && (p1 === 'nicknamed' || p1 === 'dubbed' || (p1 === 'as' && (p2 === 'known' || p2 === 'billed')))) return true;
  return isNameToken(prev) && isNameToken(next) && isWord(next);
}
