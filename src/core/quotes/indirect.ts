// Indirect (reported) speech in sentences without quotation marks: "Kirby said [the U.S. does not
// know …]", "[Recent shipments sold for $40 a ton], he said.", "According to X, […]". Sentences
// that only attribute ("Trump said in a statement:") are kept too, without a clause, so the
// quote in the next paragraph knows its speaker.

import type { Doc, Sentence } from '../text/sentences';
import type { Span } from '../types';
import { clauseEnd, clauseStartAfter } from './clause';
import { cuesIn, type Cue } from './cues';
import type { Attribution } from './frames';
import { clauseSubject, subjectAfter, subjectBefore } from './speaker';
import { isWord, lower } from './tokens';

export interface Reported {
  /** The reported clause, or null for a sentence that only attributes ("Trump said:"). */
  content: Span | null;
  attribution: Attribution;
  /** Offset of the cue, for ordering. */
  at: number;
}

const MIN_WORDS = 3;
const CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'also', 'instead', 'now', 'then']);

/** Reported speech in one sentence, scanning tokens [lo, hi) of it. */
export function reportedIn(doc: Doc, s: Sentence, lo = s.firstToken, hi = s.lastToken): Reported[] {
  const toks = doc.tokens;
  const out: Reported[] = [];
  const colon = hi > lo && toks[hi - 1]!.text === ':';
  for (const c of cuesIn(toks, lo, hi)) {
    const r = c.lemma === 'according to' ? accordingTo(doc, c, lo, hi) : withSubject(doc, c, lo, hi, colon);
    if (r) {
      out.push(r);
      break; // one attribution per sentence: the main one comes first
    }
  }
  // "Sanders made the following comment:" introduces the quote in the next paragraph.
  if (!out.length && colon) {
    const m = clauseSubject(doc, lo, hi - 1);
    if (m && m.kind !== 'role') out.push({ content: null, attribution: { cue: null, mention: m }, at: m.start });
  }
  return out;
}

function withSubject(doc: Doc, c: Cue, lo: number, hi: number, colon: boolean): Reported | null {
  const toks = doc.tokens;
  const before = subjectBefore(doc, c.i, lo);
  if (before) {
    // "As Pollak observed after the debate, [the biggest victor was …]": the clause follows the parenthetical.
    if (before.i > lo && lower(toks[before.i - 1]!.text) === 'as') {
      let k = c.j;
      while (k < hi && k - c.j < 10 && toks[k]!.text !== ',') k++;
      if (k < hi - 1 && toks[k]!.text === ',') {
        const end = clauseEnd(doc, k + 1, hi);
        if (words(doc, k + 1, end) >= MIN_WORDS) return { content: span(doc, k + 1, end), attribution: { cue: c, mention: before }, at: toks[c.i]!.start };
      }
    }
    const start = clauseStartAfter(doc, c, hi);
    const preceding = subjectClauseStart(doc, before.i, lo);
    // Weak cues ("noted", "called") report a following clause only with an explicit "that".
    if (start >= 0 && !(c.weak && lower(toks[start]!.text) !== 'that')) {
      const end = clauseEnd(doc, start, hi);
      if (words(doc, start, end) >= MIN_WORDS)
        return { content: span(doc, start, end), attribution: { cue: c, mention: before }, at: toks[c.i]!.start };
    }
    // "[…], he said." / "[…], Mr. Obama noted, […]": the clause is before the subject.
    if (preceding !== null) {
      const end = clauseEnd(doc, preceding.from, preceding.comma);
      if (words(doc, preceding.from, end) >= MIN_WORDS)
        return { content: span(doc, preceding.from, end), attribution: { cue: c, mention: before }, at: toks[c.i]!.start };
    }
    return attributeOnly(doc, c, before, hi, colon);
  }
  // "[…], said one GOP source in the room."
  if (c.i > lo && toks[c.i - 1]!.text === ',') {
    const after = subjectAfter(doc, c.j, hi);
    if (after) {
      const from = skipConnectives(doc, lo, c.i - 1);
      const end = clauseEnd(doc, from, c.i - 1);
      if (words(doc, from, end) >= MIN_WORDS)
        return { content: span(doc, from, end), attribution: { cue: c, mention: after }, at: toks[c.i]!.start };
    }
  }
  return null;
}

/** A cue with a subject and nothing reported after it: remembered as an attribution only. */
function attributeOnly(doc: Doc, c: Cue, m: Attribution['mention'], hi: number, colon: boolean): Reported | null {
  const toks = doc.tokens;
  const rest = words(doc, c.j, hi);
  if (rest > 6 || (c.weak && !colon)) return null;
  return { content: null, attribution: { cue: c, mention: m }, at: toks[c.i]!.start };
}

function accordingTo(doc: Doc, c: Cue, lo: number, hi: number): Reported | null {
  const toks = doc.tokens;
  const m = subjectAfter(doc, c.j, hi);
  if (!m) return null;
  if (c.i > lo && toks[c.i - 1]!.text === ',') {
    const from = skipConnectives(doc, lo, c.i - 1);
    const end = clauseEnd(doc, from, c.i - 1);
    if (words(doc, from, end) >= MIN_WORDS) return { content: span(doc, from, end), attribution: { cue: c, mention: m }, at: toks[c.i]!.start };
  }
  // "According to X, […]."
  let k = m.j;
  while (k < hi && toks[k]!.text !== ',') k++;
  if (k < hi - 1) {
    const end = clauseEnd(doc, k + 1, hi);
    if (words(doc, k + 1, end) >= MIN_WORDS) return { content: span(doc, k + 1, end), attribution: { cue: c, mention: m }, at: toks[c.i]!.start };
  }
  return null;
}

/**
 * When the subject is preceded by a comma ("[…], he said"), where the reported clause before it
 * starts and the comma's index; null when the subject opens the clause.
 */
function subjectClauseStart(doc: Doc, subjectStart: number, lo: number): { from: number; comma: number } | null {
  const toks = doc.tokens;
  let k = subjectStart;
  while (k > lo && !isWord(toks[k - 1]!.text) && toks[k - 1]!.text !== ',') k--;
  if (k <= lo || toks[k - 1]!.text !== ',') return null;
  const comma = k - 1;
  const from = skipConnectives(doc, lo, comma);
  // A short lead-in ("On Friday, Trump said …") is an adjunct, not a reported clause.
  if (words(doc, from, comma) < 4) return null;
  return { from, comma };
}

function skipConnectives(doc: Doc, lo: number, hi: number): number {
  let k = lo;
  while (k < hi && (CONNECTIVES.has(lower(doc.tokens[k]!.text)) || doc.tokens[k]!.text === ',')) k++;
  return k;
}

function words(doc: Doc, i: number, j: number): number {
  let n = 0;
  for (let k = i; k < j; k++) if (isWord(doc.tokens[k]!.text)) n++;
  return n;
}

function span(doc: Doc, i: number, j: number): Span {
  return { start: doc.tokens[i]!.start, end: doc.tokens[j - 1]!.end };
}
