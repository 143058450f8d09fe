// The article in the live DOM: metadata, and the body's text with a TextIndex back to the nodes.
// Reads only; never clones or mutates. PLACEHOLDER container choice until the extraction work lands.

import type { Article } from '../core/types';
import { TextIndex, type TextSegment } from './text-index';

export interface Extraction {
  article: Article;
  index: TextIndex;
}

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';
const BOILERPLATE = /\b(ad|ads|advert|share|social|related|newsletter|subscribe|promo|caption|credit|comment|footer|sidebar|widget|nav)\b|ad-slot|ad-container/i;

export function extractArticle(doc: Document): Extraction {
  const root = pickContainer(doc);
  const segments: TextSegment[] = [];
  let text = '';
  for (const block of root ? root.querySelectorAll(BLOCKS) : []) {
    if (isBoilerplate(block, root!)) continue;
    // Nested blocks (p inside li) are read through their outermost block only.
    if (block.parentElement?.closest(BLOCKS) && root!.contains(block.parentElement.closest(BLOCKS))) continue;
    const before = text.length;
    if (text) text += '\n\n';
    const added = appendText(block, text, segments);
    if (added.text === text) {
      text = text.slice(0, before);
      continue;
    }
    text = added.text;
  }
  return { article: { ...readMeta(doc), text }, index: new TextIndex(segments) };
}

/** Appends a block's text, whitespace collapsed; each run kept verbatim is one indexed segment. */
function appendText(block: Element, text: string, segments: TextSegment[]): { text: string } {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const blockStart = text.length;
  let pendingSpace = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    // Runs whose inner whitespace is single spaces map one to one onto the node's characters.
    const re = /\S+(?: \S+)*/g;
    let last = 0;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      if ((pendingSpace || m.index > last) && text.length > blockStart) text += ' ';
      segments.push({ node: n, nodeOffset: m.index, textStart: text.length, length: m[0].length });
      text += m[0];
      last = m.index + m[0].length;
      pendingSpace = false;
    }
    if (last < data.length) pendingSpace = true;
  }
  return { text };
}

function isBoilerplate(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const cls = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (BOILERPLATE.test(cls)) return true;
    if (e.tagName === 'FIGCAPTION' || e.tagName === 'NAV' || e.tagName === 'ASIDE' || e.tagName === 'FOOTER') return true;
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

function pickContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const gp = parent.parentElement;
    if (gp) scores.set(gp, (scores.get(gp) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

function readMeta(doc: Document): Omit<Article, 'text'> {
  const h1 = doc.querySelector('h1')?.textContent?.trim() || null;
  return {
    title: meta(doc, 'og:title') ?? h1 ?? (doc.title.trim() || null),
    byline: meta(doc, 'author'),
    siteName: meta(doc, 'og:site_name'),
    publishedTime: meta(doc, 'article:published_time') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    lang: doc.documentElement.getAttribute('lang'),
  };
}
