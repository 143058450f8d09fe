// Quoted spans: pairs opening and closing marks into the stretches of text they quote.
// Only the outermost quote is kept (a nested ‘…’ inside “…” is part of it). A quote left open
// at a paragraph's end continues when the next paragraph opens with a mark of its family (the
// news convention for multi-paragraph quotes); otherwise it ends with the paragraph.

import type { Paragraph } from '../text/sentences';
import type { Span } from '../types';
import { closes, isStraight, opens, scanMarks, type Mark, type MarkFamily } from './marks';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (the paragraph's end when the quote was never closed). */
  after: number;
  /** Offset of the closing mark (= `after` when unclosed). */
  close: number;
  closed: boolean;
  family: MarkFamily;
  /** The quoted words of each paragraph the quote runs through (one part for most quotes). */
  parts: Span[];
}

interface Open {
  opener: Mark;
  depth: number;
  partStart: number;
  parts: Span[];
  open: number;
  /** Complete quotes nested at depth 1, reported instead of the outer one if it never closes. */
  children: QuoteSpan[];
  childOpen: Mark | null;
}

/** All outermost quoted spans of text, in order. */
export function findQuoteSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const marks = scanMarks(text);
  const out: QuoteSpan[] = [];
  let cur: Open | null = null;
  let mi = 0;
  let skipMark = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const first = mi;
    while (mi < marks.length && marks[mi]!.pos < para.end) mi++;
    const ms = marks.slice(first, mi).filter((m) => m.pos >= para.start);
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      if (m.pos === skipMark) continue;
      if (!cur) {
        if (!opens(m)) continue;
        // A single mark with no closer in its paragraph is an apostrophe, unless the quote runs on.
        if (m.family === 'single' && !ms.slice(k + 1).some((x) => closes(m, x)) && !continuation(text, marks, paragraphs[p + 1], m.family))
          continue;
        cur = newOpen(m);
        continue;
      }
      if (m.family !== cur.opener.family) continue;
      // Inside a straight-quoted passage, curly pairs are nested quotes; a lone curly closer is a
      // typo for the straight one ("But Pete Wilson won,” Axelrod said).
      const curlyInStraight = isStraight(cur.opener) && !isStraight(m);
      const straight = !curlyInStraight && (isStraight(m) || isStraight(cur.opener));
      if (!straight && m.role === 'open') {
        // An opening mark at the start of a line: the previous quote lacked its closing mark.
        if (cur.depth === 0 && !curlyInStraight && /\n[ \t]*$/.test(text.slice(Math.max(para.start, m.pos - 4), m.pos))) {
          pushPart(text, cur, m.pos);
          emit(out, cur, m.pos, m.pos, false);
          cur = newOpen(m);
          continue;
        }
        if (cur.depth === 0) cur.childOpen = m;
        cur.depth++;
        continue;
      }
      if (!closes(cur.opener, m) && !straight && !curlyInStraight) continue;
      // "the players’ union": a possessive, when a later mark can still close the quote.
      if (m.family === 'single' && looksPossessive(text, m) && ms.slice(k + 1).some((x) => closes(cur!.opener, x))) continue;
      if (cur.depth > 0 && !straight) {
        cur.depth--;
        if (cur.depth === 0 && cur.childOpen) {
          const part = trimContent(text, cur.childOpen.pos + cur.childOpen.len, m.pos);
          if (part) cur.children.push({ ...part, open: cur.childOpen.pos, close: m.pos, after: m.pos + m.len, closed: true, family: m.family, parts: [part] });
          cur.childOpen = null;
        }
        continue;
      }
      pushPart(text, cur, m.pos);
      emit(out, cur, m.pos, m.pos + m.len, true);
      cur = null;
    }
    skipMark = -1;
    if (cur) {
      pushPart(text, cur, para.end);
      const next = continuation(text, marks, paragraphs[p + 1], cur.opener.family);
      // A straight-quoted passage continues with a straight mark, a curly one with a curly one.
      if (next && isStraight(next) !== isStraight(cur.opener)) {
        if (cur.opener.family !== 'single') emit(out, cur, para.end, para.end, false);
        cur = null;
        continue;
      }
      if (next) {
        cur.partStart = next.pos + next.len;
        cur.depth = 0;
        skipMark = next.pos;
      } else {
        if (cur.opener.family !== 'single') emit(out, cur, para.end, para.end, false);
        cur = null;
      }
    }
  }
  return out;
}

/** The opening mark that starts the next paragraph, when it continues a quote of this family. */
function continuation(text: string, marks: Mark[], next: Paragraph | undefined, family: MarkFamily): Mark | null {
  if (!next) return null;
  const m = marks.find((x) => x.pos === next.start);
  if (!m || m.family !== family || !opens(m)) return null;
  // The continued paragraph must have words after the mark.
  return /[\p{L}\p{N}]/u.test(text.slice(m.pos + m.len, Math.min(next.end, m.pos + 40))) ? m : null;
}

function looksPossessive(text: string, m: Mark): boolean {
  return /[sS]$/.test(text.slice(m.pos - 1, m.pos)) && /^\s\p{Ll}/u.test(text.slice(m.pos + m.len, m.pos + m.len + 2));
}

function pushPart(text: string, cur: Open, end: number): void {
  const part = trimContent(text, cur.partStart, end);
  if (part) cur.parts.push(part);
}

function newOpen(m: Mark): Open {
  return { opener: m, depth: 0, partStart: m.pos + m.len, parts: [], open: m.pos, children: [], childOpen: null };
}

function emit(out: QuoteSpan[], cur: Open, close: number, after: number, closed: boolean): void {
  // A passage opened and never closed, holding complete quotes, is an excerpt marked by its opening
  // mark only (block quotes); the quotes inside are the quotes.
  if (!closed && cur.children.length) {
    out.push(...cur.children);
    return;
  }
  if (!cur.parts.length) return;
  const start = cur.parts[0]!.start;
  const end = cur.parts[cur.parts.length - 1]!.end;
  out.push({ start, end, open: cur.open, close, after, closed, family: cur.opener.family, parts: cur.parts });
}

const TRAIL = /[\s,;:]/u;

/** The quoted words between two offsets: no surrounding space, no trailing comma/semicolon/colon. */
export function trimContent(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && TRAIL.test(text[end - 1]!)) end--;
  // A dash left dangling before the closing mark ("we will —") is not a quoted word.
  while (end > start && /[\s—–-]/u.test(text[end - 1]!) && !/[\p{L}\p{N}]-$/u.test(text.slice(end - 2, end))) end--;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null;
}
