// The shape of the page's main text: an article is one container of long, link-poor paragraphs;
// a section front, hub or gallery is many short teasers, headline links and pictures.

import { HEADING } from '../extract/dom';
import type { Scan } from '../extract/scan';
import { CHECK_EVERY, type Budget, type Steps } from '../slices';
import type { UrlSignal } from './url';

export interface Shape {
  /** Characters of link-poor paragraphs inside the body container. */
  text: number;
  /** How many of those paragraphs are 80 characters or more. */
  paras: number;
  /** Headline links and link-only blocks inside the container. */
  teasers: number;
  images: number;
  /** The same text measured over the whole page. */
  pageText: number;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{8}/;

/** The shape of the text in the body container; pauses when `budget` is due. */
export function* bodyShapeSteps(scan: Scan, roots: Element[], budget: Budget): Steps<Shape> {
  // Up the ancestors to a root: linear in depth, not in the number of roots (siblings can be many).
  const rootSet = new Set(roots);
  const inRoots = (el: Element): boolean => {
    for (let a: Element | null = el; a; a = a.parentElement) if (rootSet.has(a)) return true;
    return false;
  };
  let text = 0;
  let paras = 0;
  let teasers = 0;
  let visited = 0;
  for (const p of scan.paras) {
    if ((++visited & CHECK_EVERY) === 0 && budget.due()) yield;
    if (!inRoots(p.el)) continue;
    if (p.ownLink > p.own * 0.6) teasers++;
    else if (p.ownLink < p.own * 0.3 && p.own >= 40 && !HEADING.test(p.el.tagName)) {
      text += p.own;
      if (p.own >= 80) paras++;
    }
  }
  // Chinese, Japanese and Korean say as much in a third of the characters.
  const sample = scan.paras.find((p) => inRoots(p.el) && p.own >= 40)?.el.textContent ?? '';
  if (CJK.test(sample)) text *= 2.5;
  let images = 0;
  for (const r of roots) {
    if ((++visited & CHECK_EVERY) === 0 && budget.due()) yield;
    images += r.getElementsByTagName('img').length;
    // Headings that are links (teaser headlines) have too little own text to count as paragraphs.
    for (const a of r.querySelectorAll('h2 a[href], h3 a[href], h4 a[href]')) {
      const h = a.closest('h2, h3, h4');
      if (h && (a.textContent ?? '').length >= (h.textContent ?? '').length * 0.6) teasers++;
    }
  }
  return { text, paras, teasers, images, pageText: scan.paraText };
}

/** The most the shape of the text adds to the score. */
export const MAX_SHAPE = 2;

export function shapeSignals(s: Shape): UrlSignal[] {
  const out: UrlSignal[] = [];
  if (s.text >= 1500) out.push({ name: 'text-long', weight: MAX_SHAPE });
  else if (s.text >= 700) out.push({ name: 'text', weight: 1 });
  else if (s.text >= 300) out.push({ name: 'text-short', weight: -1 });
  else out.push({ name: 'text-none', weight: -4 });
  if (s.teasers >= 6 && s.teasers > s.paras) out.push({ name: 'teaser-list', weight: -2 });
  if (s.images >= 8 && s.text < s.images * 250 && s.text < 3000) out.push({ name: 'gallery', weight: -1.5 });
  if (s.pageText > 3000 && s.text < s.pageText * 0.3) out.push({ name: 'scattered-text', weight: -1 });
  return out;
}
