// Article metadata: title, byline, published date, site name and language, from JSON-LD, <meta>
// tags and, failing those, the page's own markup. Declared metadata comes first (the publisher
// says what the headline is); the <title> element is a fallback and loses its " | Site" tail.

import type { Article } from '../../core/types';
import { HIDDEN, inspect } from './dom';
import type { LdInfo } from './ld';

export type Meta = Omit<Article, 'text'>;

const MULTI = /(?:author|creator)$/;

/**
 * <meta> values keyed by lower-cased property/name/itemprop ("og:title", "dc:creator"); a value
 * given as property="dc:title" wins over name="DC.title".
 */
export function metaValues(doc: Document): Map<string, string> {
  const byProperty = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const m of doc.getElementsByTagName('meta')) {
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    const put = (map: Map<string, string>, keys: string | null): void => {
      for (const k of keys?.trim().split(/\s+/) ?? []) {
        const key = k.toLowerCase().replace(/\./g, ':');
        const had = map.get(key);
        if (!key) continue;
        // Several authors come as several tags.
        if (had === undefined) map.set(key, content);
        else if (MULTI.test(key) && !had.split('; ').includes(content)) map.set(key, `${had}; ${content}`);
      }
    };
    put(byProperty, m.getAttribute('property'));
    put(byName, m.getAttribute('name'));
    put(byName, m.getAttribute('itemprop'));
  }
  for (const [k, v] of byName) if (!byProperty.has(k)) byProperty.set(k, v);
  return byProperty;
}

const first = (m: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) {
    const v = m.get(k);
    if (v) return v;
  }
  return null;
};

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Share of B's tokens that also occur in A, by characters (Readability's similarity). */
function similarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  const uniq = tb.filter((t) => !ta.includes(t));
  return 1 - uniq.join(' ').length / tb.join(' ').length;
}

const SEPARATOR = / [|\-–—\\/>»·] /g;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * The <title> without the site name: the part before the last separator, or after the first one
 * when that is too short. A remainder of a few words is kept only when a heading confirms it (else
 * it is more likely a section name).
 */
export function cleanDocTitle(doc: Document): string {
  // Not doc.title: linkedom creates a <head> when asked for the title of a page without one.
  const titleEl = doc.getElementsByTagName('head')[0]?.getElementsByTagName('title')[0] ?? doc.getElementsByTagName('title')[0];
  const orig = squash(titleEl?.textContent ?? '');
  const seps = [...orig.matchAll(SEPARATOR)];
  const headings = (sel: string): string[] => [...doc.querySelectorAll(sel)].map((h) => squash(h.textContent ?? ''));
  let t = orig;
  let hierarchical = false;
  if (seps.length) {
    hierarchical = seps.some((m) => /[\\/>»]/.test(m[0]));
    t = orig.slice(0, seps[seps.length - 1]!.index);
    if (words(t) < 3) t = orig.slice(seps[0]!.index! + seps[0]![0].length);
  } else if (orig.length > 150 || orig.length < 15) {
    const h1s = headings('h1');
    if (h1s.length === 1) t = h1s[0]!;
  }
  t = squash(t);
  const n = words(t);
  if (n <= 4 && !(n >= 2 && headings('h1').includes(t)) && (!hierarchical || n !== words(orig.replace(/[|\-–—\\/>»·]+/g, '')) - 1)) return orig;
  return t || orig;
}

function title(doc: Document, ld: LdInfo, m: Map<string, string>): string | null {
  const a = ld.article;
  if (a) {
    if (a.name && a.headline && a.name !== a.headline) {
      const docTitle = cleanDocTitle(doc);
      return similarity(a.headline, docTitle) > 0.75 && similarity(a.name, docTitle) <= 0.75 ? a.headline : a.name;
    }
    if (a.name ?? a.headline) return squash((a.name ?? a.headline)!);
  }
  const declared = first(m, ['dc:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title']);
  return declared ?? (cleanDocTitle(doc) || null);
}

// ---- byline ---------------------------------------------------------------------------------

const BY = /^(?:(?:written|words|story|text|reporting|report|photos?|posted|published)\s+)?(?:by|von|par|por|door|di|av|af|de|da)\b\s*:?\s*/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
/** Where a date, time or update note starts inside a byline string. */
const DATE_TAIL = new RegExp(
  `(?:\\b(?:updated|published|posted|last updated|modified|on)\\b|\\d{1,2}\\s*(?:${MONTH})\\b|\\b(?:${MONTH})\\.?\\s+\\d|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{1,2}:\\d{2}|\\b\\d{4}\\b|\\d+\\s*(?:min|hour|day)s?\\b)`,
  'i',
);
const ROLE = /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|producer|journalist|intern|photographer|editorial|desk|team|bureau|special to|for the|contributing)\b/i;
const GENERIC = /^(?:admin|administrator|staff|editor|editors|the editors|editorial|guest|anonymous|unknown|follow|author|news ?desk|web ?desk)$/i;

/** Credits for other work follow the author's name: "Written by A<br>Edited by B". */
const OTHER_CREDIT = /\b(?:edited|produced|photograph(?:s|y)?|photos?|illustrations?|graphics|video|additional reporting|translated|reviewed|fact[- ]checked|updated)\s+by\b.*$/i;

/** Names only: "By Jane Roe and John Doe, Staff Writers | Updated 3:40 PM" → "Jane Roe, John Doe". */
export function cleanByline(raw: string): string | null {
  let s = squash(raw.split(/\n\s*\n|\n(?=\s*(?:updated|published|posted|\d))/i)[0] ?? '');
  s = s.replace(BY, '').replace(OTHER_CREDIT, '').replace(/\((?:with|avec|mit|con|com)\s+([^)]*)\)/i, ', $1');
  const cut = s.search(DATE_TAIL);
  if (cut >= 0) s = s.slice(0, cut);
  s = s.split(/\s[|•·]\s|\s[–—]\s/)[0] ?? '';
  // "Jane Roe & John Doe" are two people; "Mac & i" or "Smith & Wesson", one word either side, is one name.
  const parts = s
    .replace(/(^|[,;]\s*)([^\s,;&]+) & ([^\s,;&]+)(?=\s*(?:[,;]|$))/g, '$1$2\u0000$3')
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&)\s*/i)
    .map((p) => p.replace('\u0000', ' & '))
    .map((p) => p.replace(BY, '').replace(/^[\s"'“”(]+|[\s"'“”),.:;-]+$/g, ''))
    // Roles, generic names, addresses, and user names ("CC7567", "mcupdate") are not names.
    .filter((p) => p && !ROLE.test(p) && !GENERIC.test(p) && !/^(?:https?:|www\.)|@|\d/.test(p) && !/^[a-z0-9_.]+$/.test(p));
  const out = [...new Set(parts)].join(', ');
  if (!out || out.length > 100 || words(out) > 4 * Math.max(1, parts.length) || !/\p{L}/u.test(out)) return null;
  return out;
}

const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/i;
const BYLINE_SELECTOR = '[rel="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [id*="byline" i], [id*="author" i], address';
const NOT_BYLINE = /bio|avatar|image|img|photo|social|follow|comment|more|box-title|related|recirc/i;
const NAME_IN_BYLINE = '[itemprop~="name"], [rel="author"], .fn, .author-name, .byline__name, a[href*="/author"], a[href*="/people/"], a[href*="/profile"]';

/**
 * The byline element of the page (rel=author, itemprop=author, a byline/author class), first in
 * the article, then anywhere; one in an aside or footer only if there is no other.
 */
function domByline(doc: Document, root: Element | null): string | null {
  const page = doc.documentElement;
  if (!page) return null;
  const article = root?.closest('article');
  let fallback: string | null = null;
  for (const within of article ? [article, page] : [page]) {
    for (const el of within.querySelectorAll(BYLINE_SELECTOR)) {
      const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
      if (el.tagName !== 'ADDRESS' && el.getAttribute('rel') !== 'author' && !(el.getAttribute('itemprop') ?? '').includes('author') && !BYLINE_CLASS.test(cls)) continue;
      if (NOT_BYLINE.test(cls) || inspect(el, el.tagName) === HIDDEN || el.closest('nav, [class*="comment" i], [class*="related" i]')) continue;
      const text = el.textContent ?? '';
      if (!text.trim() || text.trim().length > 200) continue;
      const name = nameIn(el);
      if (!name) continue;
      if (!el.closest('aside, footer')) return name;
      fallback ??= name;
    }
  }
  return fallback;
}

function nameIn(el: Element): string | null {
  const named = el.querySelector(NAME_IN_BYLINE);
  return cleanByline(named?.textContent?.trim() ? named.textContent : (el.textContent ?? ''));
}

function byline(doc: Document, ld: LdInfo, m: Map<string, string>, root: Element | null): string | null {
  const fromLd = ld.article?.authors.map(cleanByline).filter((x): x is string => !!x) ?? [];
  if (fromLd.length) return [...new Set(fromLd)].join(', ');
  const articleAuthor = m.get('article:author') ?? m.get('og:article:author');
  const declared =
    first(m, ['dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru:author', 'byl']) ?? (articleAuthor && !/^https?:|\/\//.test(articleAuthor) ? articleAuthor : null);
  const cleaned = declared ? cleanByline(declared) : null;
  return cleaned ?? domByline(doc, root);
}

// ---- date -----------------------------------------------------------------------------------

const DATE_MAX = 80;

/** The first `max` characters of an element's text, without building the whole textContent. */
export function leadText(el: Element, max: number): string {
  let out = '';
  const visit = (n: Node): void => {
    for (let c = n.firstChild; c && out.length < max; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data.replace(/\s+/g, ' ');
      else if (c.nodeType === 1) visit(c);
    }
  };
  visit(el);
  return out.trim().slice(0, max);
}

/** ISO 8601 for a date string; keeps the written calendar day when the input already starts with one. */
export function toIso(s: string | null | undefined): string | null {
  if (!s) return null;
  // Dates are short: a long string is a container's text, and regexes over all of it cost.
  const t = s.trim().slice(0, DATE_MAX).trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t.replace(/^(\d{4}-\d{2}-\d{2})[ T]?/, (_, d: string) => (t.length > 10 ? `${d}T` : d)).replace(/\s+/g, '');
  if (/^\d{10,13}$/.test(t)) return new Date(Number(t) * (t.length === 10 ? 1000 : 1)).toISOString();
  const ms = Date.parse(t.replace(/\b(?:at|um|à)\b/gi, ' ').replace(/(\d)(?:st|nd|rd|th)\b/g, '$1'));
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

function published(doc: Document, ld: LdInfo, m: Map<string, string>, root: Element | null): string | null {
  const declared =
    ld.article?.datePublished ??
    first(m, ['article:published_time', 'parsely-pub-date', 'og:published_time', 'datepublished', 'dc:date:issued', 'dcterms:issued', 'dc:date', 'date', 'pubdate', 'sailthru:date']);
  const iso = toIso(declared);
  if (iso) return iso;
  const scope = root?.closest('article') ?? doc;
  const time =
    scope.querySelector('[itemprop~="datePublished"][datetime], time[pubdate][datetime], time[datetime]') ??
    doc.querySelector('[itemprop~="datePublished"][datetime], time[datetime]');
  const fromTime = toIso(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  const dated = scope.querySelector('[itemprop~="datePublished"], [class*="dateline" i], [class*="publish" i][class*="date" i]');
  return dated ? toIso(leadText(dated, 2 * DATE_MAX).replace(/^\s*(?:published|posted|updated)\s*:?/i, '')) : null;
}

// ---- the rest -------------------------------------------------------------------------------

function lang(doc: Document, ld: LdInfo, m: Map<string, string>): string | null {
  const root = doc.documentElement;
  const l = root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? m.get('og:locale') ?? ld.article?.inLanguage;
  return l?.trim() ? l.trim().replace(/_/g, '-') : null;
}

export function readMeta(doc: Document, ld: LdInfo, root: Element | null): Meta {
  const m = metaValues(doc);
  return {
    title: title(doc, ld, m),
    byline: byline(doc, ld, m, root),
    siteName: first(m, ['og:site_name']) ?? ld.article?.publisher ?? first(m, ['application-name', 'twitter:site']),
    publishedTime: published(doc, ld, m, root),
    lang: lang(doc, ld, m),
  };
}
