// What the address says about the page: an article has a slug, a date or an id in its path; a
// home page, a section front, a tag, search or video hub has a short or a listing path.

export interface UrlSignal {
  name: string;
  weight: number;
}

const LISTING = /^(?:videos?|watch|tv|live|gallery|galleries|photos?|pictures|slideshows?|tags?|topics?|category|categories|section|sections|authors?|people|search|archives?|schedule|shows?|episodes|podcasts?|newsletters?|recipes?|media)$/i;
const FORUM = /^(?:comments|forums?|threads?|viewtopic|showthread|discussion|questions)$/i;
const EXT = /\.(?:s?html?|php|aspx?|jsp|cms)$/i;

export function urlSignals(url: string | undefined): UrlSignal[] {
  if (!url) return [];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const out: UrlSignal[] = [];
  const raw = u.pathname.split('/').filter(Boolean);
  const segs = raw.map((s) => safeDecode(s).replace(EXT, ''));
  // "page.html" names a document; "/politics/" names a section.
  const isFile = EXT.test(raw[raw.length - 1] ?? '');
  const query = queryPairs(u);
  if (query.some(([k]) => SEARCH_KEYS.has(k))) out.push({ name: 'url-search', weight: -3 });
  if (!segs.length || (segs.length === 1 && /^(?:index|default|home)$/i.test(segs[0]!))) {
    // "/?p=123" and "/index.php?id=42" still name one page.
    if (!query.some(([, v]) => /^\d{2,}$/.test(v))) out.push({ name: 'url-root', weight: -3 });
    return out;
  }
  const last = segs[segs.length - 1]!;
  const words = last.split(/[-_+]+/).filter(hasLetter);
  const slug = words.length >= 4;
  const dated = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\//.test(u.pathname) || /(?:19|20)\d{2}-?[01]\d-?[0-3]\d/.test(u.pathname);
  const id = /\d{5,}/.test(last) || /\d{6,}/.test(u.pathname);
  if (slug) out.push({ name: 'url-slug', weight: 1 });
  if (dated) out.push({ name: 'url-date', weight: 1 });
  else if (id && !slug) out.push({ name: 'url-id', weight: 0.5 });
  else if (!slug && query.some(([, v]) => /^\d{3,}$/.test(v))) out.push({ name: 'url-query-id', weight: 0.25 });
  if (segs.some((s) => FORUM.test(s))) out.push({ name: 'url-forum', weight: -2.5 });
  else if (segs.some(isListing)) out.push({ name: 'url-listing', weight: -1.5 });
  else if (!slug && !dated && !id && !isFile && segs.length <= 2 && words.length <= 2) out.push({ name: 'url-section', weight: -1.5 });
  return out;
}

/** "videos", "live-tv", "photo-gallery": a short segment made of listing words. */
function isListing(seg: string): boolean {
  const words = seg.split(/[-_]+/);
  return words.length <= 2 && words.some((w) => LISTING.test(w));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The query's keys and values, read from the string: cheaper than url.searchParams (an object the
 * content script's world would create for every page), and Firefox content scripts see page
 * objects through Xray wrappers, where URLSearchParams iterators are not iterable.
 */
function queryPairs(u: URL): Array<[string, string]> {
  if (u.search.length < 2) return [];
  return u.search
    .slice(1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [safeDecode(pair), ''] : [safeDecode(pair.slice(0, eq)), safeDecode(pair.slice(eq + 1))];
    });
}

const SEARCH_KEYS = new Set(['q', 'query', 'search', 's']);

/**
 * A word with a letter in it (not a number or an id). ASCII letters, and any character from
 * U+00C0 on that is not a separator: decoded slugs in other scripts are letters.
 */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (w.charCodeAt(i) >= 0xc0 && w.charCodeAt(i) !== 0xd7 && w.charCodeAt(i) !== 0xf7)) return true;
  }
  return false;
}
