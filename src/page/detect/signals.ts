// Declared signals: what the page says it is (JSON-LD, Open Graph, article meta tags, microdata,
// byline markup). Cheap on purpose: the <meta> tags of <head>, the page's scripts, and one
// selector query over the body, because this runs on every page.

import { isArticleType, readJsonLd } from '../extract/ld';
import type { UrlSignal } from './url';

/** JSON-LD types of pages that list, play or discuss rather than report. */
const NOT_ARTICLE_TYPES = new Set(
  'CollectionPage ItemList SearchResultsPage ImageGallery MediaGallery ProfilePage QAPage DiscussionForumPosting Recipe Product Event Movie MusicRecording SoftwareApplication JobPosting'.split(' '),
);
const OG_TYPE = 'meta[property="og:type" i], meta[name="og:type" i], meta[itemprop="og:type" i]';
const PUBLISHED = ['article:published_time', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'pubdate', 'datepublished', 'og:published_time']
  .flatMap((k) => ['property', 'name', 'itemprop'].map((a) => `meta[${a}="${k}" i][content]:not([content=""])`))
  .join(', ');
const MARKUP = '[itemprop~="articleBody"], [itemtype], [rel="author"], [itemprop~="author"], [itemprop~="datePublished"], time[datetime], .byline';

export function declaredSignals(doc: Document): UrlSignal[] {
  const out: UrlSignal[] = [];
  const ld = readJsonLd(doc);
  if (ld.article && ld.articleCount <= 2) out.push({ name: `ld:${ld.article.type}`, weight: 3 });
  else if (ld.articleCount > 2) out.push({ name: 'ld:article-list', weight: -1.5 });
  // Embedded videos and images are typed too (VideoObject, ImageObject): only page types count here.
  const other = [...ld.types].find((t) => NOT_ARTICLE_TYPES.has(t));
  if (other && !ld.article) out.push({ name: `ld:${other}`, weight: -2 });

  // Two selector queries over <head>, not a loop over its <meta> tags: iterating from the content
  // script's side of the DOM bindings costs more than the browser's own matching.
  // Not doc.head: linkedom creates a <head> when asked for a missing one.
  const head = doc.getElementsByTagName('head')[0] ?? doc;
  const ogTag = head.querySelector(OG_TYPE);
  const og = (ogTag?.getAttribute('content') ?? '').trim().toLowerCase();
  let published = !!head.querySelector(PUBLISHED);
  if (og === 'article' || og === 'blog' || og === 'news' || og === 'article:news') out.push({ name: 'og:article', weight: 1.5 });
  else if (og && /^(?:video|profile|product|music|book|place|restaurant|business)/.test(og)) out.push({ name: `og:${og}`, weight: -2 });
  else if (og === 'website') out.push({ name: 'og:website', weight: 0 });

  let body = false;
  let micro = false;
  let byline = false;
  for (const el of doc.querySelectorAll(MARKUP)) {
    const prop = el.getAttribute('itemprop') ?? '';
    if (prop.includes('articleBody')) body = true;
    else if (prop.includes('datePublished')) published = true;
    else if (el.hasAttribute('itemtype')) micro ||= isArticleType(afterSlash(el.getAttribute('itemtype') ?? ''));
    else byline = true;
  }
  if (published) out.push({ name: 'meta:published', weight: 1 });
  if (body) out.push({ name: 'microdata:articleBody', weight: 1.5 });
  else if (micro) out.push({ name: 'microdata:article', weight: 1 });
  if (byline) out.push({ name: 'byline-or-time', weight: 0.5 });
  return out;
}

/** "https://schema.org/NewsArticle" → "NewsArticle" (the part after the last slash). */
const afterSlash = (s: string): string => s.slice(s.lastIndexOf('/') + 1);
