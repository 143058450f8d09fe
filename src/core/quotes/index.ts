// Quotes and who said them. Pipeline: pair quotation marks into spans (spans.ts), read the frame
// around each span for a cue and its subject (frames.ts, speaker.ts), drop marks that quote no
// one (filters.ts), find indirect speech in the other sentences (indirect.ts), then resolve every
// speaker mention in article order (resolve.ts) so pronouns and roles see what came before.
// A short fragment inside a reported clause is reported with its clause (a mixed quote, the unit
// PolNeAR and readers attribute); quotes without a frame take the speaker of the quote beside them
// or of the last attribution. The NER's entities only name speakers found from the syntax.

import type { Doc } from '../text/sentences';
import type { Entity, Quote, Speech } from '../types';
import { isRealQuote } from './filters';
import { frameQuotes, type Attribution, type Framed } from './frames';
import { reportedIn, type Reported } from './indirect';
import { Resolver, type Referent } from './resolve';
import { clauseSubject } from './speaker';
import { sentenceAt } from './tokens';
import { findQuoteSpans, type QuoteSpan } from './spans';

export interface QuoteResult {
  quotes: Quote[];
  /** Indirect speech ("Kirby said the U.S. does not know…"). */
  speech: Speech[];
}

interface Item {
  framed: Framed | null;
  reported: Reported | null;
  attribution: Attribution | null;
  ref: Referent | null;
}

export function findQuotes(doc: Doc, entities: Entity[]): QuoteResult {
  const spans = findQuoteSpans(doc.text, doc.paragraphs);
  const quoted = insideAny(spans);
  const framed = frameQuotes(doc, spans).filter((f) => isRealQuote(doc, f));
  const resolver = new Resolver(doc, entities, quoted);

  const quoteItems: Item[] = framed.map((f) => ({ framed: f, reported: null, attribution: f.attribution, ref: null }));
  const speechItems: Item[] = [];
  // Indirect speech in sentences no kept quote touches (titles and scare quotes do not count).
  const kept = framed.map((f) => ({ start: Math.min(f.span.open, f.content.start), end: Math.max(f.span.after, f.content.end) }));
  for (const s of doc.sentences) {
    if (kept.some((q) => q.start < s.end && q.end > s.start)) continue;
    for (const r of reportedIn(doc, s)) speechItems.push({ framed: null, reported: r, attribution: r.attribution, ref: null });
  }

  // Framed attributions first, in article order, so each pronoun sees the speakers before it.
  const attributed = [...quoteItems, ...speechItems].filter((x) => x.attribution);
  attributed.sort((a, b) => a.attribution!.mention.start - b.attribution!.mention.start);
  for (const item of attributed) {
    item.ref = resolver.resolve(item.attribution!.mention);
    if (item.ref) resolver.remember(item.attribution!.mention.start, item.ref);
  }

  // Then quotes without a frame: the neighbouring quote's speaker, or the last attribution.
  quoteItems.forEach((item, n) => {
    if (item.attribution) return;
    const f = item.framed!;
    item.ref = contextSpeaker(doc, f, quoteItems[n - 1], quoteItems[n + 1], speechItems, resolver);
    if (item.ref) resolver.remember(f.span.open, item.ref);
  });

  const quotes: Quote[] = quoteItems.map((x) => toQuote(doc, x.framed!.content.start, x.framed!.content.end, x.ref));
  const speech: Speech[] = speechItems
    .filter((x) => x.reported!.content)
    .map((x) => toQuote(doc, x.reported!.content!.start, x.reported!.content!.end, x.ref));
  return { quotes, speech };
}

function toQuote(doc: Doc, start: number, end: number, ref: Referent | null): Quote {
  return { text: doc.text.slice(start, end), start, end, speaker: ref?.name ?? null, speakerId: ref?.entityId ?? null };
}

function paragraphOf(doc: Doc, pos: number): number {
  return doc.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
}

/** Speaker of a quote with no frame of its own. */
function contextSpeaker(
  doc: Doc,
  f: Framed,
  prev: Item | undefined,
  next: Item | undefined,
  speech: Item[],
  resolver: Resolver,
): Referent | null {
  const para = paragraphOf(doc, f.span.open);
  // "“…,” he said. “…”": the quote before it in the same paragraph.
  if (prev?.ref && paragraphOf(doc, prev.framed!.span.after - 1) === para) return prev.ref;
  // "“…” “…,” he said.": the attributed quote after it in the same paragraph.
  if (next?.ref && next.attribution && paragraphOf(doc, next.framed!.span.open) === para) return next.ref;
  // "“…!” Trump said.": an attribution-only sentence right after it.
  const after = speech.find((x) => !x.reported!.content && x.ref && x.reported!.at >= f.span.after && paragraphOf(doc, x.reported!.at) === para);
  if (after && f.endsSentence) return after.ref;
  // "Scott answered with a lecture. “You have a choice …”": the person the sentence before is about.
  const subject = f.leadWords === 0 ? subjectBefore(doc, f.span.open, resolver) : null;
  if (subject) return subject;
  return resolver.lastSpeaker(f.span.open, 2);
}

/** The named person leading the sentence just before pos, in the same paragraph. */
function subjectBefore(doc: Doc, pos: number, resolver: Resolver): Referent | null {
  const s = sentenceAt(doc, pos);
  const k = s ? doc.sentences.indexOf(s) : -1;
  const prev = k > 0 ? doc.sentences[k - 1]! : null;
  if (!prev || prev.paragraph !== s!.paragraph || prev.end > pos) return null;
  const m = clauseSubject(doc, prev.firstToken, prev.lastToken);
  if (!m || m.kind !== 'name') return null;
  const ref = resolver.resolve(m);
  return ref && ref.kind === 'person' ? ref : null;
}

/** A test for "is this offset inside a quotation", by binary search over the spans. */
function insideAny(spans: QuoteSpan[]): (pos: number) => boolean {
  return (pos: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.after <= pos) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo];
    return !!s && s.open <= pos && pos < s.after;
  };
}
