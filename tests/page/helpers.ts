// Small documents for the detection and extraction tests, parsed with linkedom (no layout, like
// the CLI), so they exercise the attribute-based visibility rules.

import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Real article paragraphs: long enough, with commas, like news prose. */
export const PARAS = [
  'The city council voted on Tuesday to expand the bus network, adding four routes that will connect the northern suburbs with the central station by next spring.',
  'Officials said the plan, which costs about 12 million dollars, would be paid for by a regional transport grant and by savings from retiring older diesel buses.',
  'Residents who spoke at the meeting were mostly supportive, although several business owners worried that construction would block deliveries for months.',
  'The mayor, who has pushed for the expansion since her election, called the vote a turning point and promised that work would begin before the end of the year.',
  'Transit advocates noted that ridership has recovered to its level before the pandemic, and that crowded buses on the existing lines had become a daily complaint.',
];

export interface PageParts {
  head?: string;
  /** Inside the article container, before the paragraphs. */
  before?: string;
  /** Inside the article container, between the second and third paragraph. */
  middle?: string;
  /** Inside the article container, after the paragraphs. */
  after?: string;
  /** After the article container, inside the page. */
  outside?: string;
  paras?: string[];
}

/** A plain article page with the given extras around and inside its body. */
export function articlePage(p: PageParts = {}): string {
  const paras = (p.paras ?? PARAS).map((t) => `<p>${t}</p>`);
  paras.splice(2, 0, p.middle ?? '');
  return `<!doctype html><html lang="en"><head><title>Council expands bus network | Daily Bugle</title>${p.head ?? ''}</head><body>
<header class="site-header"><a href="/">Daily Bugle</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>Council expands bus network</h1>
<div class="story-body">${p.before ?? ''}${paras.join('\n')}${p.after ?? ''}</div></article>${p.outside ?? ''}</main>
<footer class="site-footer"><p>© 2024 Daily Bugle. All rights reserved. Contact us, privacy policy, terms of use and cookie settings.</p></footer>
</body></html>`;
}

/** The same page in happy-dom, which has real DOM Ranges (linkedom's are partial). */
export function happyDocOf(html: string): Document {
  const window = new Window({ url: 'https://example.com/news/council-expands-bus-network' });
  // The window's own document: happy-dom's Ranges misbehave on DOMParser documents.
  window.document.write(html);
  return window.document as unknown as Document;
}
