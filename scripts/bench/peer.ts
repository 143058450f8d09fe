// The "obvious assembly" Lede is compared with, run inside the benchmark page: Readability on a
// clone of the document, compromise's named entities with character offsets, and a regex quote
// finder. Bundled by esbuild (IIFE) and evaluated in the page's main world after Lede is done;
// it exposes window.__ledePeer. Browser code: no Node imports.

import { Readability } from '@mozilla/readability';
import nlp from 'compromise';

export interface PeerTiming {
  /** Clone + Readability.parse(). */
  readabilityMs: number;
  /** nlp(text) + people/organizations/places with offsets. */
  nerMs: number;
  quotesMs: number;
  totalMs: number;
  chars: number;
  entities: number;
  quotes: number;
}

export interface PeerApi {
  warm(): void;
  run(): PeerTiming;
}

interface Mention {
  type: 'person' | 'organization' | 'place';
  start: number;
  end: number;
}

/** What compromise's json({ offset: true }) gives per match. */
interface OffsetJson {
  offset: { start: number; length: number };
}

// Straight or curly double quotes around at least a few words, within one paragraph.
const QUOTE = /["“]([^"“”\n]{10,}?)["”]/g;

function entities(text: string): Mention[] {
  const doc = nlp(text);
  const out: Mention[] = [];
  const views = [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['place', doc.places()],
  ] as const;
  for (const [type, view] of views) {
    // terms: false skips per-term output (compromise's typings do not admit false, its code does).
    const json = view.json.bind(view) as (options: object) => OffsetJson[];
    for (const m of json({ offset: true, terms: false })) {
      out.push({ type, start: m.offset.start, end: m.offset.start + m.offset.length });
    }
  }
  return out;
}

function quotes(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function run(doc: Document): PeerTiming {
  const t0 = performance.now();
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  const t1 = performance.now();
  const text = article?.textContent ?? '';
  const found = entities(text);
  const t2 = performance.now();
  const q = quotes(text);
  const t3 = performance.now();
  return { readabilityMs: t1 - t0, nerMs: t2 - t1, quotesMs: t3 - t2, totalMs: t3 - t0, chars: text.length, entities: found.length, quotes: q.length };
}

const WARM_PARAGRAPH =
  '<p>President Joe Biden met Microsoft executives in Paris on Tuesday, the White House said. ' +
  '"We are ready to work with anyone who wants to build here," said Satya Nadella, the chief executive, ' +
  'according to a statement released by the company in Redmond, Washington.</p>';

/** Runs every code path once on a small synthetic article, so the timed run is not a cold start. */
function warm(): void {
  const d = document.implementation.createHTMLDocument('Warm-up story');
  d.body.innerHTML = `<article><h1>Warm-up story</h1>${WARM_PARAGRAPH.repeat(3)}</article>`;
  run(d);
}

const api: PeerApi = { warm, run: () => run(document) };
(globalThis as unknown as { __ledePeer: PeerApi }).__ledePeer = api;
