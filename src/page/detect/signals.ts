// Declared signals: what the page says it is (JSON-LD, Open Graph, article meta tags, microdata,
// byline markup). Cheap: a few selector queries and the JSON-LD parse.

import { ARTICLE_TYPE, readJsonLd } from '../extract/ld';
import type { UrlSignal } from './url';

/** JSON-LD types of pages that list, play or discuss rather than report. */
const NOT_ARTICLE_TYPE =
  /^(?:CollectionPage|ItemList|SearchResultsPage|ImageGallery|MediaGallery|ProfilePage|QAPage|DiscussionForumPosting|Recipe|Product|Event|Movie|MusicRecording|SoftwareApplication|JobPosting)$/;

export function declaredSignals(doc: Document): UrlSignal[] {
  const out: UrlSignal[] = [];
  const ld = readJsonLd(doc);
  const other = [...ld.types].filter((t) => NOT_ARTICLE_TYPE.test(t));
  if (ld.article && ld.articleCount <= 2) out.push({ name: `ld:${ld.article.type}`, weight: 3 });
  else if (ld.articleCount > 2) out.push({ name: 'ld:article-list', weight: -1.5 });
  // Embedded videos and images are typed too (VideoObject, ImageObject): only page types count here.
  if (other.length && !ld.article) out.push({ name: `ld:${other[0]}`, weight: -2 });

  const og = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
  if (og === 'article' || og === 'blog' || og === 'news' || og === 'article:news') out.push({ name: 'og:article', weight: 1.5 });
  else if (og && /^(?:video|profile|product|music|book|place|restaurant|business)/.test(og)) out.push({ name: `og:${og}`, weight: -2 });
  else if (og === 'website') out.push({ name: 'og:website', weight: -0.5 });

  if (doc.querySelector('meta[property="article:published_time" i], meta[name="article:published_time" i], meta[itemprop="datePublished"], meta[name="parsely-pub-date"], meta[name="sailthru.date"], meta[name="dc.date.issued" i], meta[name="pubdate" i]')) {
    out.push({ name: 'meta:published', weight: 1 });
  }
  const micro = doc.querySelector('[itemtype*="schema.org/"]');
  if (doc.querySelector('[itemprop~="articleBody"]')) out.push({ name: 'microdata:articleBody', weight: 1.5 });
  else if (micro && [...doc.querySelectorAll('[itemtype*="schema.org/"]')].some((e) => ARTICLE_TYPE.test((e.getAttribute('itemtype') ?? '').replace(/^.*\//, '')))) {
    out.push({ name: 'microdata:article', weight: 1 });
  }
  if (doc.querySelector('[rel="author"], [itemprop~="author"], [class*="byline" i], address.author, [class~="author"], time[datetime]')) {
    out.push({ name: 'byline-or-time', weight: 0.5 });
  }
  return out;
}
