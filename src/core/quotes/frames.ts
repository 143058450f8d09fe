// The frame around each quoted span: the words between it and the sentence edges (or the
// neighbouring quote). A frame with a cue and a subject attributes the quote: after it
// ("…,” Austin said / said Mr. Burman) or before it ("Austin said: “…”"). When the quote is a
// fragment inside a reported clause ("Austin said that the strikes are “the start…”") the
// statement is the clause, a mixed quote.

import type { Doc } from '../text/sentences';
import type { Token } from '../text/tokenize';
import type { Span } from '../types';
import { clauseStartAfter } from './clause';
import { cueAt, cuesIn, type Cue } from './cues';
import { isTitleCase } from './filters';
import { DETERMINERS, FUNCTION_WORDS, isRoleHead, TITLE_WORDS } from './lexicon';
import type { QuoteSpan } from './spans';
import { clauseSubject, isAuxToken, npEndingAt, npStartingAt, subjectAfter, subjectBefore, type SpeakerMention } from './speaker';
import { isWord, lower, sentenceAt, tokenRange, wordCount } from './tokens';

export interface Attribution {
  cue: Cue | null;
  mention: SpeakerMention;
}

export type FrameKind = 'direct' | 'mixed' | 'embedded';

export interface Framed {
  span: QuoteSpan;
  /** What to report: the quoted words, or the reported clause around short quoted fragments. */
  content: Span;
  kind: FrameKind;
  attribution: Attribution | null;
  /** The quote ends its sentence and nothing attributes it there. */
  endsSentence: boolean;
  /** Words before the opening mark in its sentence (0: the quote opens the sentence). */
  leadWords: number;
}

/** Where a mixed clause's tail stops: a new clause (";", a dash, "but", "while") or another cue. */
const TAIL_STOP = new Set([';', ':', '—', '–', '-', '(', 'but', 'while', 'whereas']);
const TAIL_CLAUSE = new Set(['where', 'which', 'who', 'whom', 'whose', 'although', 'though', 'hours', 'days', 'weeks', 'including', 'despite', 'because', 'since', 'according']);
const LEAD_PUNCT = new Set([',', '—', '–', '―', '-', ';']);

/** Frames every quoted span; fragments that fall inside an earlier quote's clause are merged into it. */
export function frameQuotes(doc: Doc, spans: QuoteSpan[]): Framed[] {
  const out: Framed[] = [];
  for (let n = 0; n < spans.length; n++) {
    const q = spans[n]!;
    const last = out[out.length - 1];
    if (last && last.kind === 'mixed' && q.open < last.content.end) {
      last.span.parts.push(...q.parts);
      continue;
    }
    const f = frameOne(doc, q, spans[n - 1], spans.slice(n + 1, n + 8));
    // Unattributed fragments the new clause takes in are part of it.
    while (f.kind === 'mixed' && out.length && out[out.length - 1]!.kind === 'embedded' && out[out.length - 1]!.span.open >= f.content.start)
      f.span.parts.unshift(...out.pop()!.span.parts);
    out.push(f);
  }
  return out;
}

function frameOne(doc: Doc, q: QuoteSpan, prev: QuoteSpan | undefined, later: QuoteSpan[]): Framed {
  const toks = doc.tokens;
  const next = later[0];
  const para = doc.paragraphs.find((p) => p.start <= q.open && q.open < p.end) ?? { start: 0, end: doc.text.length };
  const sOpen = sentenceAt(doc, q.open);
  const bStart = Math.max(sOpen ? sOpen.start : para.start, para.start, prev && prev.after <= q.open ? prev.after : 0);
  const [bi, bj] = tokenRange(toks, bStart, q.open);
  const sClose = sentenceAt(doc, Math.max(q.open, q.after - 1));
  const sEnd = sClose ? sClose.end : para.end;
  const aEnd = Math.min(sEnd, next && next.open >= q.after ? next.open : Infinity, paraEnd(doc, q.after - 1));
  const [ai, aj] = tokenRange(toks, q.after, aEnd);
  const leadWords = countWords(doc, bi, bj);
  const whole: Span = { start: q.start, end: q.end };
  const endsSentence = ai >= aj;

  // The sentence's own start, for a verb conjoined after an earlier quote ("… ,” and said that …").
  const [sentLo] = sOpen ? tokenRange(toks, Math.max(sOpen.start, para.start), q.open) : [bi];
  let befores = leadWords > 0 ? attributionsBefore(doc, bi, bj, sentLo) : [];
  // A short quote earlier in the sentence (a title, a scare quote) does not end the frame:
  // "Johnson tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains …".
  if (!befores.length && prev && sOpen && prev.open >= sOpen.start && wordCount(doc.text.slice(prev.start, prev.end)) <= 4) {
    const [si] = tokenRange(toks, Math.max(sOpen.start, para.start), q.open);
    befores = attributionsBefore(doc, si, bj);
  }
  let after = attributionAfter(doc, ai, aj);
  if (!after && endsSentence && q.closed && sClose) {
    // The attribution may stand as the next sentence of the paragraph.
    const nextS = doc.sentences[doc.sentences.indexOf(sClose) + 1];
    if (nextS && nextS.paragraph === sClose.paragraph && nextS.start >= q.after && !(next && next.open < nextS.end))
      after = attributionSentence(doc, nextS.firstToken, nextS.lastToken);
    // A quote paragraph signed by the next one: "“…”\n\n— Jane Doe."
    else if (nextS && nextS.paragraph === sClose.paragraph + 1 && !(next && next.open < nextS.end)) after = signature(doc, nextS.firstToken, nextS.lastToken);
  }

  // A cue that introduces the quote ("…, Trump saying during the debate, “…”") is the one nearest to it.
  // A weak cue run straight into the quote inside another cue's clause is part of that clause:
  // "Trump said Fox executives were calling “every 15 minutes.”"
  const inner = (b: Attribution): boolean => !!b.cue?.weak && b.cue.j >= bj && befores.some((o) => o.cue && o.cue.i < b.cue!.i && !o.cue.weak);
  const intro = befores.filter((b) => !inner(b) && introduces(doc, b.cue ? b.cue.j : b.mention.j, bj)).sort((a, b) => b.mention.i - a.mention.i)[0];
  if (intro) {
    // "Comey testified “thousands” of emails had not been turned over": a quote run straight into
    // its clause, which goes on past the closing mark, is reported with the rest of the clause.
    const runOn = intro.cue && intro.cue.j >= bj && ai < aj && /^\p{Ll}/u.test(toks[ai]!.text) && !/[.!?,;:]$/.test(doc.text.slice(q.start, q.end)) && !cueAt(toks, ai);
    if (runOn) {
      const end = mixedEnd(doc, q, later, sEnd);
      if (end > q.end) return { span: q, content: { start: q.start, end }, kind: 'mixed', attribution: intro, endsSentence, leadWords };
    }
    return { span: q, content: whole, kind: 'direct', attribution: intro, endsSentence, leadWords };
  }
  for (const before of befores) {
    if (before.cue) {
      // The clause may begin with the quote itself ("asked them “prayerfully consider” …").
      const start = clauseStartAfter(doc, before.cue, bj + 1);
      if (start >= 0) {
        const clause = { start: start >= bj ? q.start : toks[start]!.start, end: mixedEnd(doc, q, later, sEnd) };
        return { span: q, content: pick(doc, whole, clause, endsSentence), kind: 'mixed', attribution: before, endsSentence, leadWords };
      }
    }
  }
  // A fragment with the frame after it ("A cashier who “steals …” is held accountable, Warren said")
  // needs the frame set off by a comma right after the clause.
  if (after && leadWords > 0 && !frameSetOff(doc, ai, after)) after = null;
  if (after) {
    if (leadWords === 0) return { span: q, content: whole, kind: 'direct', attribution: after, endsSentence, leadWords };
    // "The summit accomplished “too little,” he added": the clause runs from the sentence start to the frame.
    let e = Math.min(after.mention.i, after.cue ? after.cue.i : Infinity);
    // Titles before the name belong to the frame ("…,” Homeland Security Deputy Secretary Alejandro Mayorkas told).
    let c = e;
    while (c > ai && toks[c - 1]!.text !== ',') c--;
    if (c === ai) e = ai;
    while (e > ai && !isWord(toks[e - 1]!.text)) e--;
    // Fragments earlier in the sentence with no cue of their own belong to the same clause
    // ("The promise to “take our country back” and “make America great again” appeals to …, said X").
    const from = bi > sentLo && !cuesIn(toks, sentLo, bj).length ? sentLo : bi;
    const clause = { start: toks[from]!.start, end: e > ai ? Math.max(q.end, toks[e - 1]!.end) : q.end };
    return { span: q, content: pick(doc, whole, clause, false), kind: 'mixed', attribution: after, endsSentence, leadWords };
  }
  if (leadWords === 0) return { span: q, content: whole, kind: 'direct', attribution: null, endsSentence, leadWords };
  // "His reply: “…”": a colon introduces the quote even without a cue; the subject is its speaker.
  if (bj > bi && toks[bj - 1]!.text === ':') {
    // "IOWA POLLS NOT WRONG - Mark Blumenthal: “…”": a name signed before the colon; else the clause subject.
    const signed = npEndingAt(doc, bj - 1, bi);
    const dashed = signed && signed.kind === 'name' && (signed.i === bi || /^[—–-]$/.test(toks[signed.i - 1]!.text));
    const np = dashed ? signed : clauseSubject(doc, bi, bj - 1);
    return { span: q, content: whole, kind: 'direct', attribution: np ? { cue: null, mention: np } : null, endsSentence, leadWords };
  }
  // No cue: a fragment in a sentence whose subject is a speaker is that speaker's words in a
  // paraphrase ("Reid has gone after Trump as a “human leech”"); the clause is the predicate's object.
  const inferred = inferredClause(doc, bi, bj, q, later, sEnd);
  if (inferred) {
    // "… by interjecting, “Only Rosie O’Donnell.”": a quote set off by a comma or colon is quoted whole.
    if (/^[,:]$/.test(toks[bj - 1]!.text) && q.closed) return { span: q, content: whole, kind: 'direct', attribution: inferred.attribution, endsSentence, leadWords };
    return { span: q, content: pick(doc, whole, inferred.clause, endsSentence), kind: 'mixed', attribution: inferred.attribution, endsSentence, leadWords };
  }
  return { span: q, content: whole, kind: 'embedded', attribution: null, endsSentence, leadWords };
}

/** The subject and the rest of the predicate around a quoted fragment with no reporting cue. */
function inferredClause(doc: Doc, bi: number, bj: number, q: QuoteSpan, later: QuoteSpan[], sEnd: number): { clause: Span; attribution: Attribution } | null {
  const toks = doc.tokens;
  // The clause holding the quote: after the last comma or subordinating word before it ("…, even
  // if he reserved his passion for “…”"), else the sentence.
  let ci = bj;
  while (ci > bi && !/^(?:,|;|if|when|while|because|although|though|but|and|as|since)$/i.test(toks[ci - 1]!.text)) ci--;
  const near = ci > bi ? clauseSubject(doc, ci, bj) : null;
  const subj = near && near.i === ci ? near : clauseSubject(doc, bi, bj);
  const fw = wordCount(doc.text.slice(q.start, q.end));
  if (!subj || (subj.kind === 'role' && !subj.definite)) return null;
  // One quoted word is a scare quote; two count only after a named subject and in lower case
  // ("Cruz has called it “absolutely wrong”", not "the “Morning Joe” host").
  if (fw < 2 || (fw < 3 && (subj.kind !== 'name' || /^\p{Lu}/u.test(doc.text[q.start] ?? '')))) return null;
  // A capitalised name ("the “Red Neck Country Club”", "its “Person of the Year”") names a thing, not words said.
  if (fw <= 8 && isTitleCase(doc.text.slice(q.start, q.end), fw) && !/[.!?]$/.test(doc.text.slice(q.start, q.end))) return null;
  let v = subj.j;
  // Skip an appositive after the subject, then auxiliaries and adverbs, then the verb itself.
  if (toks[v]?.text === ',') {
    while (v < bj && v - subj.j < 25 && toks[v + 1]?.text !== ',') v++;
    v += 2;
  }
  while (v < bj && isAuxToken(toks[v]!)) v++;
  if (v >= bj || !/^\p{Ll}/u.test(toks[v]!.text) || FUNCTION_WORDS.has(lower(toks[v]!.text))) return null;
  // The clause is no wider than the stretch after the last break before the quote.
  let start = v + 1;
  let brk = bj;
  while (brk > start && !/^(?:,|;|—|–|but|and)$/i.test(toks[brk - 1]!.text)) brk--;
  if (brk > start && bj - brk >= 2) start = brk;
  if (start > bj) return null;
  const clause = { start: start >= bj ? q.start : toks[start]!.start, end: mixedEnd(doc, q, later, sEnd) };
  return { clause, attribution: { cue: null, mention: subj } };
}

/**
 * Where a mixed quote's clause ends: after the quoted fragments it carries ("that Machado was
 * “disgusting” and “a con”"), running on to the sentence end ("… at the agency") unless a new
 * clause starts (";", a dash, "but") or another cue frames the rest ("and says he will …").
 */
function mixedEnd(doc: Doc, q: QuoteSpan, later: QuoteSpan[], sEnd: number): number {
  const toks = doc.tokens;
  let end = q.end;
  let from = q.after;
  for (const nxt of [...later.filter((x) => x.open < sEnd), null]) {
    const stop = nxt ? nxt.open : sEnd;
    const [i, j] = tokenRange(toks, from, stop);
    if (nxt) {
      // A fragment that ends its own sentence is not continued by the next quote.
      if (/[.!?]$/.test(doc.text.slice(end - 1, end))) return end;
      const words = countWords(doc, i, j);
      const first = lower(toks[i]?.text ?? '');
      const cue = cuesIn(toks, i, j).some((c) => opensNewFrame(doc, c, i));
      // Fragments of one clause: "a “pathological liar” who is “utterly amoral” and a “serial philanderer”".
      // "… “cannot come in” but Muslim refugees “can come in so easily”": a short contrast stays in.
      if (!(words > 10 || cue || (TAIL_STOP.has(first) && words > 1 && !(first === 'but' && words <= 6)))) {
        end = nxt.end;
        from = nxt.after;
        continue;
      }
    }
    // The tail runs to the next quote or the sentence end, or to the first word that opens another
    // clause; a quote it runs into without a break is part of the clause too.
    const tail = tailEnd(doc, i, j, end);
    if (!nxt || tail.stopped) return tail.end;
    end = nxt.end;
    from = nxt.after;
  }
  return end;
}

/** Where the words after a clause's last fragment, tokens [i, j), stop belonging to it. */
function tailEnd(doc: Doc, i: number, j: number, end: number): { end: number; stopped: boolean } {
  const toks = doc.tokens;
  let e = i;
  while (e < j && !(isTailStop(doc, e) && !contrastPhrase(toks, e))) {
    const c = cueAt(toks, e);
    if (c && opensNewFrame(doc, c, i)) break;
    // ", echoing …", ", a swipe at …": a comment on the sentence, not part of the clause.
    const nx = lower(toks[e + 1]?.text ?? '');
    if (toks[e]!.text === ',' && e > i && (/^\p{Ll}+ing$/u.test(nx) || nx === 'a' || nx === 'an')) break;
    // ", where he trails …", ", which he argued …": a clause added to the sentence, not to the statement.
    if (toks[e]!.text === ',' && e > i && TAIL_CLAUSE.has(nx)) break;
    e++;
  }
  const stopped = e < j;
  while (e > i && !isWord(toks[e - 1]!.text)) e--;
  // A tail never ends on a conjunction or a comma ("… “an absolute disgrace,” and").
  while (e > i && (!isWord(toks[e - 1]!.text) || /^(?:and|or|but|as|that|which|who)$/i.test(toks[e - 1]!.text))) e--;
  return { end: e > i ? toks[e - 1]!.end : end, stopped };
}

/** A word or mark that opens a new clause; a hyphen only when spaced as a dash ("63-year-old" is a word). */
function isTailStop(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.text === '-') return /\s/.test(doc.text[t.start - 1] ?? '') && /\s/.test(doc.text[t.end] ?? '');
  return TAIL_STOP.has(lower(t.text));
}

/** "…, but only minor details", "but also hungry for …": a "but" that qualifies, not a new clause. */
function contrastPhrase(toks: Token[], k: number): boolean {
  return lower(toks[k]!.text) === 'but' && /^(?:also|only|not|just|even|rather|mostly|largely|still)$/.test(lower(toks[k + 1]?.text ?? ''));
}

/**
 * A cue in a clause's tail starts someone else's frame only as a new main clause: "… and says he
 * will", "…, he said", "… but Clinton told" — not inside the clause ("if he would have told").
 */
function opensNewFrame(doc: Doc, c: Cue, lo: number): boolean {
  const toks = doc.tokens;
  let k = c.i;
  while (k > lo && isAuxToken(toks[k - 1]!)) k--;
  const prev = lower(toks[k - 1]?.text ?? '');
  // ", compared to what …": a participle with no subject of its own modifies the clause.
  // (The comma may sit inside the closing quote: "“peanuts,” compared to …".)
  const setOff = prev === ',' || (k <= lo && /,\s*["”'’]*\s*$/.test(doc.text.slice(Math.max(0, toks[k]!.start - 4), toks[k]!.start)));
  const nx = lower(toks[c.j]?.text ?? '');
  if ((setOff || k <= lo) && k === c.i && /ed$/.test(lower(toks[c.i]!.text)) && /^(?:to|with|by|as|in|on|at|for|from|of|against)$/.test(nx)) return false;
  // "the advertisement “unmistakably and wrongfully” suggests that …": a verb right after a
  // fragment, with no comma and no subject after it, is the clause's own verb.
  if (k <= lo && !setOff && k === c.i && (nx === 'that' || nx === 'to')) return false;
  if (k <= lo || prev === ',' || prev === 'and' || prev === 'but' || prev === ';') return true;
  const np = npEndingAt(doc, k, lo);
  if (!np || np.kind === 'role') return false;
  const before = lower(toks[np.i - 1]?.text ?? '');
  return np.i <= lo || before === ',' || before === 'and' || before === 'but' || before === ';';
}

function paraEnd(doc: Doc, pos: number): number {
  const p = doc.paragraphs.find((x) => x.start <= pos && pos < x.end);
  return p ? p.end : doc.text.length;
}

function countWords(doc: Doc, i: number, j: number): number {
  let n = 0;
  for (let k = i; k < j; k++) if (isWord(doc.tokens[k]!.text)) n++;
  return n;
}

/**
 * Report the quoted words when they carry at least half of the statement and complete it ("the
 * strikes are “the start of our response.”"); otherwise the clause around them, since a fragment
 * alone ("a “demand”") says little about what was said.
 */
function pick(doc: Doc, words: Span, clause: Span, final: boolean): Span {
  if (!final || words.end < clause.end) return clause;
  const w = wordCount(doc.text.slice(words.start, words.end));
  const c = wordCount(doc.text.slice(clause.start, clause.end));
  return w * 2 >= c ? words : clause;
}

/** The cue-and-subject frame after a quote: "…,” Austin said in a statement." / "…,” said Mr. Burman." */
export function attributionAfter(doc: Doc, ai: number, aj: number): Attribution | null {
  const toks = doc.tokens;
  let i = ai;
  while (i < aj && LEAD_PUNCT.has(toks[i]!.text)) i++;
  if (i >= aj) return null;
  // Inverted: the cue comes first.
  let k = i;
  while (k < aj && k - i < 3 && /^(?:also|then|later|once|again|has|had)$/i.test(toks[k]!.text)) k++;
  const lead = cueAt(toks, k);
  if (lead) {
    const m = subjectAfter(doc, lead.j, aj);
    if (m) return { cue: lead, mention: m };
  }
  // The frame starts right after the quote, or after the rest of a clause the quote is part of
  // ("A cashier who “steals …” is held accountable, Warren said").
  let comma = i;
  while (comma < aj && toks[comma]!.text !== ',') comma++;
  for (const from of comma + 1 < aj && comma > i ? [i, comma + 1] : [i]) {
    if (from > i) {
      const inv = cueAt(toks, from);
      const m = inv ? subjectAfter(doc, inv.j, aj) : null;
      if (inv && m) return { cue: inv, mention: m };
    }
    for (const c of cuesIn(toks, from, aj)) {
      const m = subjectBefore(doc, c.i, from);
      // The subject must open the frame ("…,” Senate Majority Leader Mitch McConnell said"); in
      // "…” and encourage Americans to check out what he called" it does not.
      if (m && m.i - from <= 8 && opensFrame(doc, from, m.i)) return { cue: c, mention: m };
      if (m) break;
    }
  }
  // "“…” ― Sonya Herridge": a dash and a name sign the quote.
  if (i > ai && /^[―—–-]$/.test(toks[i - 1]!.text)) {
    const m = npStartingAt(doc, i, aj);
    if (m && m.kind === 'name') return { cue: null, mention: m };
  }
  return null;
}

/** Only a subject's titles and modifiers stand between the frame start and the subject. */
function opensFrame(doc: Doc, i: number, subject: number): boolean {
  const toks = doc.tokens;
  for (let k = i; k < subject; k++) {
    const t = toks[k]!.text;
    const w = lower(t);
    if (!isWord(t) || !/^\p{Ll}/u.test(t) || TITLE_WORDS.has(w) || DETERMINERS.has(w) || isRoleHead(w)) continue;
    // "election law expert Rick Hasen" describes the subject; "and encourage Americans to check out what he" does not.
    if (w === 'of' && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) continue;
    // "retired Air Force general Lloyd Newton", "embattled Gov. Jane Doe": a participle opening the frame describes the subject.
    if (k === i && /ed$/.test(w) && !cueAt(toks, k) && (/^\p{Lu}/u.test(toks[k + 1]?.text ?? '') || TITLE_WORDS.has(lower(toks[k + 1]?.text ?? '')))) continue;
    if (FUNCTION_WORDS.has(w) || cueAt(toks, k) || /(?:ed|ing)$/.test(w)) return false;
  }
  return true;
}

/** The after-frame of a fragment starts with a comma (or dash) after at most a few words. */
function frameSetOff(doc: Doc, ai: number, a: Attribution): boolean {
  const toks = doc.tokens;
  // A quoted question or exclamation ends the clause itself: Clinton “… Does that fly?” Axelrod tweeted.
  if (ai > 0 && /[?!]/.test(toks[ai - 2]?.text ?? '')) return true;
  const start = Math.min(a.mention.i, a.cue ? a.cue.i : Infinity);
  let k = start;
  while (k > ai && !/^[,—–―]$/.test(toks[k - 1]!.text)) k--;
  // "…recently,” Homeland Security Deputy Secretary Alejandro Mayorkas told": a comma inside the
  // closing mark sets the frame off too, titles and all.
  const commaInside = /,\s*["”’']+\s*$/.test(doc.text.slice(Math.max(0, toks[ai]!.start - 4), toks[ai]!.start));
  if (k === ai && start > ai && !/^[,—–―]$/.test(toks[ai]!.text)) return commaInside || countWords(doc, ai, start) === 0;
  if (cuesIn(toks, ai, k).length) return false;
  // "[The promise to “take our country back” … appeals to …], said Alan Abramowitz, a demographer."
  // — a frame that closes the sentence takes the whole clause before its comma, however long.
  return countWords(doc, ai, k) <= 6 || (toks[k - 1]!.text === ',' && closesSentence(doc, a));
}

/** Nothing but an appositive or an adjunct follows the attribution to the end of its sentence. */
function closesSentence(doc: Doc, a: Attribution): boolean {
  const toks = doc.tokens;
  const end = Math.max(a.mention.j, a.cue ? a.cue.j : 0);
  const s = sentenceAt(doc, toks[end - 1]!.start);
  if (!s) return false;
  return countWords(doc, end, s.lastToken) <= 12 && !cuesIn(toks, end, s.lastToken).length;
}

/**
 * A sentence that only attributes the quote before it: "“Yes!” Trump said." (the splitter ends the
 * quote's sentence at "!”"). Nothing may follow the cue but an adjunct.
 */
export function attributionSentence(doc: Doc, ni: number, nj: number): Attribution | null {
  const toks = doc.tokens;
  const a = attributionAfter(doc, ni, nj);
  if (!a || !a.cue) return null;
  let k = Math.max(a.cue.j, a.mention.j);
  // "Trump asked reporters rhetorically", "Trump assured Jones": an addressee and manner adverbs.
  for (let o = 0; o < 4 && k < nj && isFrameObject(toks, k); o++) k++;
  while (k < nj && !isWord(toks[k]!.text) && toks[k]!.text !== ',') k++;
  if (k >= nj || toks[k]!.text === ',') return a;
  const w = lower(toks[k]!.text);
  if (w === 'that' || !ADJUNCTS.has(w)) return null;
  return a;
}

/** A sentence that is only a dash and a name ("- Bernie Sanders."): the signature of the quote before it. */
function signature(doc: Doc, ni: number, nj: number): Attribution | null {
  const toks = doc.tokens;
  if (nj - ni < 2 || !/^[―—–-]$/.test(toks[ni]!.text)) return null;
  const m = npStartingAt(doc, ni + 1, nj);
  if (!m || m.kind !== 'name') return null;
  // Nothing after the name but a full stop or a short description ("— Jane Doe, a voter in Ohio").
  const rest = toks.slice(m.j, nj);
  if (rest.length && !/^[.,]$/.test(rest[0]!.text)) return null;
  return { cue: null, mention: m };
}

/** A word of the addressee or manner after a cue: "reporters", "him", "Jones", "the crowd", "rhetorically". */
function isFrameObject(toks: Token[], k: number): boolean {
  const t = toks[k]!.text;
  const w = lower(t);
  if (/^(?:him|her|them|me|us|reporters|the|a|his|her|their)$/.test(w)) return true;
  if (/^\p{Ll}+ly$/u.test(t)) return true;
  // ("asked Republican politicians": a plural noun after a capitalised modifier.)
  const plural = /^\p{Ll}+s$/u.test(t) && k > 0 && /^\p{Lu}/u.test(toks[k - 1]!.text) && !cueAt(toks, k);
  return (isRoleHead(w) && /^\p{Ll}/u.test(t)) || plural || (/^\p{Lu}\p{Ll}+$/u.test(t) && !ADJUNCTS.has(w));
}

const ADJUNCTS = new Set(['in', 'into', 'outside', 'inside', 'for', 'by', 'over', 'on', 'at', 'during', 'to', 'after', 'before', 'about', 'of', 'via', 'through', 'with', 'from', 'when', 'while', 'as', 'last', 'this', 'today', 'yesterday', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'then']);

/** The cue-and-subject frames before a quote, the likeliest first: "Austin said:", "In a statement, Austin said". */
export function attributionsBefore(doc: Doc, bi: number, bj: number, sentLo = bi): Attribution[] {
  const toks = doc.tokens;
  const out: Attribution[] = [];
  let cues = cuesIn(toks, bi, bj);
  // "When Trump suggested that …, Rubio fired back: “…”": a cue in a leading subordinate clause frames nothing after it.
  if (SUBORDINATORS.has(lower(toks[bi]!.text))) {
    let comma = bi + 1;
    while (comma < bj && toks[comma]!.text !== ',') comma++;
    if (comma < bj - 1) cues = cues.filter((c) => c.i > comma);
  }
  // The first cue with a subject governs the sentence ("Trump said … that Clinton once described X as
  // “…”"), except a participle set off by a comma right before the quote (", arguing that he will …").
  const participle = cues.findLast((c) => c.i > bi && c !== cues[0] && (coordinated(doc, c, bi, cues[0]!) || ownClause(doc, c, bi)));
  const ordered = participle ? [participle, ...cues.filter((c) => c !== participle)] : cues;
  for (let n = 0; n < ordered.length; n++) {
    const c = ordered[n]!;
    if (c.lemma === 'according to') {
      const m = subjectAfter(doc, c.j, bj);
      if (m) out.push({ cue: { ...c, j: m.j }, mention: m });
      continue;
    }
    // "Sanders was asked by host Bill Maher, “…”": the agent of a passive cue is the speaker.
    if (lower(toks[c.j]?.text ?? '') === 'by' && c.i > bi && /^(?:was|were|is|are|been|being)$/i.test(toks[c.i - 1]!.text)) {
      const agent = subjectAfter(doc, c.j + 1, bj);
      if (agent) {
        out.push({ cue: { ...c, j: agent.j }, mention: agent });
        continue;
      }
    }
    // "Because of how the schedule was crafted, explained Rosenberg, “…”": an inverted cue set off right before the quote.
    if (c.i > bi && toks[c.i - 1]!.text === ',' && !/ing$/.test(lower(toks[c.i]!.text))) {
      const inv = subjectAfter(doc, c.j, bj);
      if (inv && inv.kind === 'name' && inv.j === bj - 1 && /^[,:]$/.test(toks[inv.j]!.text)) {
        out.push({ cue: { ...c, j: inv.j }, mention: inv });
        continue;
      }
    }
    const m = subjectBefore(doc, c.i, bi) ?? conjoinedSubject(doc, c, bi, sentLo);
    if (m) {
      out.push({ cue: c, mention: m });
      continue;
    }
    // "Said Trump: “…”" / "…, said the spokesperson, “…”" (a participle is never inverted: "Claiming …, Trump told").
    if (/ing$/.test(lower(toks[c.i]!.text))) continue;
    const inv = subjectAfter(doc, c.j, bj);
    if (inv && (c.i === bi || toks[c.i - 1]!.text === ',') && /^[,:]$/.test(toks[inv.j]?.text ?? '')) out.push({ cue: { ...c, j: inv.j }, mention: inv });
  }
  // "Trump’s claim that there have been “thousands of shootings”": a reporting noun with its owner.
  for (let k = bi + 2; k < bj - 1; k++) {
    if (!REPORT_NOUNS.has(lower(toks[k]!.text)) || !/^['’]s$/.test(toks[k - 1]!.text) || lower(toks[k + 1]!.text) !== 'that') continue;
    const m = npEndingAt(doc, k - 1, bi);
    if (m && m.kind === 'name') out.push({ cue: { lemma: 'claim', i: k, j: k + 1, weak: false }, mention: m });
  }
  // A transcript label: "PENCE: …" at a paragraph start.
  if (bj - bi === 2 && toks[bj - 1]!.text === ':' && /^\p{Lu}{2,}$/u.test(toks[bi]!.text)) {
    const m = npEndingAt(doc, bi + 1, bi);
    if (m) out.push({ cue: null, mention: m });
  }
  return out;
}

/**
 * A cue that starts a new verb phrase of the sentence's subject, nearer the quote than the first
 * cue: ", arguing that …", "… and described his skills as “…”", "before claiming that …".
 */
function coordinated(doc: Doc, c: Cue, bi: number, first: Cue): boolean {
  const toks = doc.tokens;
  let k = c.i;
  while (k > bi && isAuxToken(toks[k - 1]!)) k--;
  const prev = lower(toks[k - 1]?.text ?? '');
  const ing = /ing$/.test(lower(toks[c.i]!.text));
  if (ing && prev === ',') return true;
  if (!(ing ? /^(?:and|but|before|after|while|[—–-])$/.test(prev) : k === c.i && /^(?:and|but)$/.test(prev))) return false;
  // Not inside the first cue's reported clause ("said that Sanders … and called the president “weak”").
  for (let m = first.j; m < k; m++) if (/^(?:that|he|she|they|we|i|it)$/.test(lower(toks[m]!.text))) return false;
  return true;
}

/** "…, while Cruz said that …": a later cue in a clause of its own, with its own named subject. */
function ownClause(doc: Doc, c: Cue, bi: number): boolean {
  const toks = doc.tokens;
  const m = subjectBefore(doc, c.i, bi);
  if (!m || m.kind !== 'name' || m.i - 1 <= bi) return false;
  return /^(?:while|whereas|but)$/i.test(toks[m.i - 1]!.text) && toks[m.i - 2]!.text === ',';
}

/**
 * "Graham said that Carson is a “good, decent man,” and said that Trump “melted down”": a verb
 * conjoined after an earlier quote of the sentence shares the sentence's subject.
 */
function conjoinedSubject(doc: Doc, c: Cue, bi: number, sentLo: number): SpeakerMention | null {
  if (sentLo >= bi) return null;
  const toks = doc.tokens;
  let k = c.i;
  while (k > bi && isAuxToken(toks[k - 1]!)) k--;
  if (k <= bi || !/^(?:and|but)$/i.test(toks[k - 1]!.text)) return null;
  return subjectBefore(doc, c.i, sentLo);
}

const SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'whereas', 'if', 'because', 'since', 'after', 'before', 'once', 'unless']);

const REPORT_NOUNS = new Set(
  'claim claims assertion statement promise pledge warning comment comments remark remarks prediction argument contention insistence suggestion charge accusation allegation vow threat assurance message insinuation boast'.split(' '),
);

/** True when the words between the cue and the opening mark only introduce the quote ("said:", "told reporters,"). */
function introduces(doc: Doc, from: number, bj: number): boolean {
  const toks = doc.tokens;
  if (from >= bj) return true;
  const lastTok = toks[bj - 1]!.text;
  if (lastTok === ':') return true;
  let words = 0;
  for (let k = from; k < bj; k++) {
    const w = lower(toks[k]!.text);
    if (w === 'that' || w === 'if' || w === 'whether') return false;
    if (isWord(w)) words++;
  }
  return (lastTok === ',' || lastTok === '—' || lastTok === '–') && words <= 10;
}
