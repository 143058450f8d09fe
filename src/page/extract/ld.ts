// JSON-LD (schema.org) read once per call: the page's article object, if any, and every @type seen
// (so detection can tell an article from a collection, a video or a forum thread).

export interface LdArticle {
  type: string;
  headline: string | null;
  name: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  inLanguage: string | null;
}

export interface LdInfo {
  /** Every @type found, main objects and nested ones. */
  types: Set<string>;
  /** Number of article-typed objects (more than one suggests a list of teasers). */
  articleCount: number;
  article: LdArticle | null;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** schema.org types of articles. A set, not a pattern: this runs on every page, and a pattern is compiled on each load. */
const ARTICLE_TYPES = new Set(
  'Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle ReviewNewsArticle BackgroundNewsArticle AskPublicNewsArticle SatiricalArticle AdvertiserContentArticle BlogPosting LiveBlogPosting Report ScholarlyArticle MedicalScholarlyArticle TechArticle SocialMediaPosting'.split(' '),
);
export const isArticleType = (t: string): boolean => ARTICLE_TYPES.has(t);

/** "http://schema.org/NewsArticle" and "schema:NewsArticle" are the same type: the name after the last / : or #. */
export function typeName(t: string): string {
  return t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'), t.lastIndexOf('#')) + 1);
}

const isObj = (v: Json | undefined): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function typesOf(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.flatMap((x) => (typeof x === 'string' ? [typeName(x)] : []));
}

function names(v: Json | undefined): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObj(v)) return names(v.name);
  return [];
}

export function readJsonLd(doc: Document): LdInfo {
  const info: LdInfo = { types: new Set(), articleCount: 0, article: null };
  const seen = (o: Obj, depth: number): void => {
    const types = typesOf(o);
    for (const t of types) info.types.add(t);
    const articleType = types.find(isArticleType);
    if (articleType) {
      info.articleCount++;
      // The first article at the top level (or in @graph / mainEntity) is the page's article.
      if (!info.article && depth <= 2) info.article = toArticle(o, articleType);
    }
    if (depth > 4) return;
    for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'hasPart']) {
      const v = o[k];
      for (const x of Array.isArray(v) ? v : [v]) if (isObj(x)) seen(x, k === '@graph' || k === 'mainEntity' ? depth + 1 : depth + 3);
    }
  };
  // A selector finds the few JSON-LD scripts natively; looping over every script from JS (through
  // the content script's DOM bindings) cost more than the parsing.
  for (const s of doc.querySelectorAll('script[type*="ld+json" i]')) {
    if (s.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let raw = s.textContent ?? '';
    if (raw.includes('<!') || raw.includes('-->') || raw.includes(']]>')) raw = raw.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      continue; // broken JSON-LD is common; the other signals still count
    }
    for (const x of Array.isArray(data) ? data : [data]) if (isObj(x)) seen(x, 0);
  }
  return info;
}

function toArticle(o: Obj, type: string): LdArticle {
  const publisher = o.publisher;
  const pub = isObj(publisher) ? str(publisher.name) : Array.isArray(publisher) ? (names(publisher)[0] ?? null) : str(publisher);
  return {
    type,
    headline: str(o.headline),
    name: str(o.name),
    authors: names(o.author),
    datePublished: str(o.datePublished) ?? str(o.dateCreated),
    publisher: pub,
    inLanguage: str(o.inLanguage),
  };
}
