// The article in the live DOM: metadata, and the body's text with a TextIndex back to the nodes.
// Reads only; never clones or mutates. Steps: JSON-LD and <meta> (extract/ld, extract/meta), one
// pass of text statistics and container scoring (extract/scan), then the body walk with its
// boilerplate rules (extract/body, extract/boilerplate) building text and index (extract/text).

import { emptyArticle, type Article } from '../core/types';
import { normalize, readBodySteps } from './extract/body';
import { readJsonLd } from './extract/ld';
import { readMeta } from './extract/meta';
import { findBodySteps } from './extract/scan';
import { UNLIMITED, runToEnd, type Budget, type Steps } from './slices';
import { TextIndex } from './text-index';

export interface Extraction {
  article: Article;
  index: TextIndex;
}

/** Below this many characters the strict pass probably dropped the article with the furniture. */
const MIN_TEXT = 200;

export function extractArticle(doc: Document, url?: string): Extraction {
  return runToEnd(extractSteps(doc, url, UNLIMITED));
}

/** extractArticle as steps that pause when `budget` is due (in the scan and the body walk). */
export function* extractSteps(doc: Document, url: string | undefined, budget: Budget): Steps<Extraction> {
  if (!doc.documentElement) return { article: emptyArticle(), index: new TextIndex([]) };
  const ld = readJsonLd(doc);
  let { scan, roots } = yield* findBodySteps(doc, true, budget);
  const meta = readMeta(doc, ld, roots[0] ?? null);
  const ctx = { title: meta.title ? normalize(meta.title) : '', host: hostOf(url ?? doc.URL) };
  let body = (yield* readBodySteps(roots, { ...ctx, stats: scan.stats }, budget)).result();
  if (body.text.length < MIN_TEXT) {
    ({ scan, roots } = yield* findBodySteps(doc, false, budget));
    const retry = (yield* readBodySteps(roots, { ...ctx, stats: scan.stats }, budget)).result();
    if (retry.text.length > body.text.length * 1.5) body = retry;
  }
  return { article: { ...meta, text: body.text }, index: new TextIndex(body.segments) };
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').host.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
