// The article in the live DOM: metadata, and the body's text with a TextIndex back to the nodes.
// Reads only; never clones or mutates. Steps: JSON-LD and <meta> (extract/ld, extract/meta), one
// pass of text statistics and container scoring (extract/scan), then the body walk with its
// boilerplate rules (extract/body, extract/boilerplate) building text and index (extract/text).

import { emptyArticle, type Article } from '../core/types';
import { normalize, readBody } from './extract/body';
import { readJsonLd } from './extract/ld';
import { readMeta } from './extract/meta';
import { findBody } from './extract/scan';
import { TextIndex } from './text-index';

export interface Extraction {
  article: Article;
  index: TextIndex;
}

/** Below this many characters the strict pass probably dropped the article with the furniture. */
const MIN_TEXT = 200;

export function extractArticle(doc: Document, url?: string): Extraction {
  if (!doc.documentElement) return { article: emptyArticle(), index: new TextIndex([]) };
  const ld = readJsonLd(doc);
  let { scan, roots } = findBody(doc);
  const meta = readMeta(doc, ld, roots[0] ?? null);
  const ctx = { title: meta.title ? normalize(meta.title) : '', host: hostOf(url ?? doc.URL) };
  let body = readBody(roots, { ...ctx, stats: scan.stats }).result();
  if (body.text.length < MIN_TEXT) {
    ({ scan, roots } = findBody(doc, false));
    const retry = readBody(roots, { ...ctx, stats: scan.stats }).result();
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
