// What the address says about the page: an article has a slug, a date or an id in its path; a
// home page, a section front, a tag, search or video hub has a short or a listing path.

export interface UrlSignal {
  name: string;
  weight: number;
}

// Word sets and string scans rather than patterns: this runs on every page, and each pattern is
// compiled again on every page load.
const LISTING = new Set(
  'video videos watch tv live gallery galleries photo photos pictures slideshow slideshows tag tags topic topics category categories section sections author authors people search archive archives schedule show shows episodes podcast podcasts newsletter newsletters recipe recipes media'.split(' '),
);
const FORUM = new Set(['comments', 'forum', 'forums', 'thread', 'threads', 'viewtopic', 'showthread', 'discussion', 'questions']);
const FILE_EXT = new Set(['html', 'htm', 'shtml', 'shtm', 'php', 'asp', 'aspx', 'jsp', 'cms']);
const HOME = new Set(['index', 'default', 'home']);
/** A year/month/ folder, or a yyyy-mm-dd (or yyyymmdd) date anywhere in the path. */
const DATED = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\/|(?:19|20)\d{2}-?[01]\d-?[0-3]\d/;

/** The file extension of a page ("story.html"), or -1. */
function extAt(seg: string): number {
  const dot = seg.lastIndexOf('.');
  return dot >= 0 && FILE_EXT.has(seg.slice(dot + 1).toLowerCase()) ? dot : -1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Only ASCII digits, at least `min` of them. */
function isNumber(s: string, min: number): boolean {
  if (s.length < min) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** The longest run of ASCII digits. */
function digitRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = isDigit(s.charCodeAt(i)) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** Splits at every run of the separator characters, as String.split with /[seps]+/ does. */
function splitRuns(s: string, seps: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!seps.includes(s[i]!)) continue;
    out.push(s.slice(start, i));
    while (i + 1 < s.length && seps.includes(s[i + 1]!)) i++;
    start = i + 1;
  }
  out.push(s.slice(start));
  return out;
}

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
  const segs = raw.map((s) => {
    const d = safeDecode(s);
    const at = extAt(d);
    return at >= 0 ? d.slice(0, at) : d;
  });
  // "page.html" names a document; "/politics/" names a section.
  const isFile = extAt(raw[raw.length - 1] ?? '') >= 0;
  const query = queryPairs(u);
  if (query.some(([k]) => SEARCH_KEYS.has(k))) out.push({ name: 'url-search', weight: -3 });
  if (!segs.length || (segs.length === 1 && HOME.has(segs[0]!.toLowerCase()))) {
    // "/?p=123" and "/index.php?id=42" still name one page.
    if (!query.some(([, v]) => isNumber(v, 2))) out.push({ name: 'url-root', weight: -3 });
    return out;
  }
  const last = segs[segs.length - 1]!;
  const words = splitRuns(last, '-_+').filter(hasLetter);
  const slug = words.length >= 4;
  const dated = DATED.test(u.pathname);
  const id = digitRun(last) >= 5 || digitRun(u.pathname) >= 6;
  if (slug) out.push({ name: 'url-slug', weight: 1 });
  if (dated) out.push({ name: 'url-date', weight: 1 });
  else if (id && !slug) out.push({ name: 'url-id', weight: 0.5 });
  else if (!slug && query.some(([, v]) => isNumber(v, 3))) out.push({ name: 'url-query-id', weight: 0.25 });
  if (segs.some((s) => FORUM.has(s.toLowerCase()))) out.push({ name: 'url-forum', weight: -2.5 });
  else if (segs.some(isListing)) out.push({ name: 'url-listing', weight: -1.5 });
  else if (!slug && !dated && !id && !isFile && segs.length <= 2 && words.length <= 2) out.push({ name: 'url-section', weight: -1.5 });
  return out;
}

/** "videos", "live-tv", "photo-gallery": a short segment made of listing words. */
function isListing(seg: string): boolean {
  const words = splitRuns(seg, '-_');
  return words.length <= 2 && words.some((w) => LISTING.has(w.toLowerCase()));
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
