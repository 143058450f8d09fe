// DOM predicates shared by detection and extraction. They read attributes only (plus
// checkVisibility where the browser has it), so they work the same under linkedom in the CLI.

/** Elements whose text is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'MAP', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OPTION', 'DIALOG',
]);

/** Page furniture: skipped when looking for the body and when reading it. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'MENU']);

/** Elements that start a new paragraph in the text. Unknown custom elements count as blocks. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY',
  'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER',
  'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'CENTER', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HR', 'HGROUP',
  'MENU', 'LEGEND',
]);

export const isBlock = (tag: string): boolean => BLOCK_TAGS.has(tag) || tag.includes('-');

export const HEADING = /^H[1-6]$/;

const TABLE_PART = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Class names that mean "not shown" in common CSS frameworks (only matters without layout). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|element-invisible|is-hidden|u-hidden|offscreen)(?:\s|$)/;

const STATE_CLASS = /(?:^|\s)(?:js-\S*|\S*\(\S*|(?:\S*[-_])?(?:has|is|with|enable|enabled|no|show|can|toggle)[-_]\S*|\S+-(?:open|opened|active|enabled|visible|expanded|shown|loaded|closed))(?=\s|$)/g;

/** The class and id of an element, lower-cased, for pattern tests. */
function names(cls: string | null, id: string | null): string {
  let c = cls;
  // Script hooks ("js-social-anchor"), state flags ("has-sidebar", "enable-lightbox", "menu-open")
  // and atomic CSS ("modal-open_Op(1)") sit on page wrappers; they do not name the part they are on.
  if (c && c.includes('-')) c = c.replace(STATE_CLASS, ' ');
  // Ids of four or more words are slugs of headings ("sharing-with-a-single-developer").
  const i = id && id.split(/[-_]/).length < 4 ? id : null;
  return c ? (i ? `${c} ${i}` : c) : (i ?? '');
}

// Boilerplate by class or id. Each alternative must be a whole class token or a '-'/'_'-separated
// part of one, so "share-bar" and "post_related" match while "shareholder" does not. Strong words
// name furniture outright; weak ones (meta, widget, title, …) also occur in wrappers of real content.
/** Never a wrapper of the article: galleries, comments, related links, consent and sign-up boxes. */
const NEVER_PART =
  'gallery|slideshow|carousel|lightbox|outbrain|taboola|zergnet|related|recommend(?:ed|ations)?|recirc|more-stories|newsletters?|subscribe|' +
  'sign-?up|comment(?:s|list)?|disqus|respond|replies|breadcrumbs?|pagination|pager|cookies?|consent|gdpr|popup|modal';
const STRONG_PART =
  'ads?|adv(?:ert(?:s|isement|ising)?)?|ad(?:slot|unit|box|sbygoogle)|dfp|sponsor(?:ed)?|promo(?:s|ted)?|shar(?:e|es|ing|ebar|edaddy)|socials?|' +
  'addthis|addtoany|footer|sidebar|nav(?:bar|igation)?|menu|tags|tag-?list|trending|popular|most-?read';
const WEAK_PART =
  'read-?more|paywall|gpt|banner|subscription|rail|widgets?|topics|categories|byline|(?:author-?)?bio|author-?box|about-author|dateline|' +
  'timestamp|captions?|credits?|wp-caption-text|figcaption|toolbar|tools|print|overlay|masthead|skip(?:-link)?|ticker|breaking|alerts?|cta|' +
  'donat(?:e|ion)|app-download|follow(?:-us)?|contact|disclaimer|copyright|legal|login|register|(?:hidden-|no)print|jump(?:link)?|toc|' +
  'table-of-contents|(?:entry-|post-|article-)?meta|headline|title|kicker|eyebrow|pull-?quote|(?:video|audio)-player|podcast|ratings?|' +
  'reactions|vote|poll|quiz|survey|feedback|error|loading|spinner|tooltip|dropdown|search|date|time|published|posted|updated';
const part = (alts: string): RegExp => new RegExp(`(?:^|[\\s_-])(?:${alts})(?=$|[\\s_-])`);
const NEVER = part(NEVER_PART);
/** Furniture words that also show up glued into longer names ("fbcommentsmodule", "jp-relatedposts"). */
const NEVER_INSIDE = /comment(?!ary)|disqus|relatedpost|relatedarticle|relatedstor|relatedcontent|relatedlink|yarpp|newsletter|outbrain|taboola|breadcrumb|ai2html|flyout/;
const STRONG_INSIDE = /sidebar|sharedaddy|sharethis|addtoany|socialshare|sharebutton|sharebar|sharetools|advertisement/;
const STRONG = part(STRONG_PART);
const WEAK = part(WEAK_PART);

/** The article body's own markers: these containers are never boilerplate. */
const BODY_HINT = /(?:^|[\s_-])(?:(?:article|entry|post|story|body|text|main|rich|field|content|news|single|the)-?(?:body|content|text|copy)|article__(?:body|content))(?=$|[\s_-])/;

/**
 * A post embedded in the article ("social-media-embed", "twitter-tweet", "article-tweet"): quoted
 * material, not a share bar ("tweet-button", "share-tweet").
 */
const EMBED = /(?:^|[\s_-])(?:embed|embedded|oembed|tweet|instagram-media)(?=$|[\s_-])/;
const NOT_EMBED = /share|button|btn|follow|icon|count/;

const JUNK_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'alert',
  'toolbar', 'tablist', 'form', 'button', 'note',
]);
const JUNK_ITEMPROP = /(?:^|\s)(?:comment|author|publisher|datePublished|dateModified|caption|creditText|copyrightHolder|breadcrumb)(?:\s|$)/;
const JUNK_LABEL = /^(?:share|social|related|advert|sponsor|newsletter|comments?|breadcrumb|footer|more from|read more|recommended|trending)/i;


type Visible = Element & { checkVisibility?: (o?: object) => boolean };

/** What inspect() says: hidden, or a furniture level (see below). */
export type Verdict = -1 | 0 | 1 | 2 | 3;
export const HIDDEN = -1;

/**
 * One look at an element's attributes: HIDDEN when the page does not show it (hidden, aria-hidden,
 * inline style, "hidden" utility classes, and in a browser its computed visibility), else how
 * surely it is furniture: 3 = never part of an article (nav, footer, comments, related links,
 * galleries), 2 = surely (ads, share bars, sidebars), 1 = probably (meta, widget, caption: also
 * seen on wrappers), 0 = not furniture. Attribute reads dominate the cost of a page scan, so each
 * is read once and only when the element has attributes besides class and id.
 * `live` false skips the computed style (see hiddenByStyle).
 */
export function inspect(el: Element, tag: string, live = true): Verdict {
  if (FURNITURE_TAGS.has(tag)) return 3;
  const custom = tag.includes('-') ? tagLevel(tag) : 0;
  const n = el.attributes.length;
  if (!n) return custom;
  const rawClass = el.className;
  const cls = typeof rawClass === 'string' ? rawClass : '';
  const id = el.id;
  const others = n - (cls ? 1 : 0) - (id ? 1 : 0) > 0;
  let style: string | null = null;
  if (others) {
    if (el.hasAttribute('hidden')) return HIDDEN;
    style = el.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return HIDDEN;
    // aria-hidden on a wrapper of the main content is ignored: sites set it on the whole page
    // while a cookie dialog is open.
    if (el.getAttribute('aria-hidden') === 'true' && !el.querySelector('h1, main, article, [role="main"], [itemprop~="articleBody"]')) return HIDDEN;
  }
  let level = cls || id ? nameLevel(cls, id) : 0;
  if (level === HIDDEN || (live && hiddenByStyle(el, cls || id || style))) return HIDDEN;
  if (custom > level) level = custom;
  if (others) {
    const prop = el.getAttribute('itemprop');
    if (prop === 'articleBody') return 0;
    if (!level && (JUNK_ROLES.has(el.getAttribute('role') ?? '') || (prop && JUNK_ITEMPROP.test(prop)) || JUNK_LABEL.test(el.getAttribute('aria-label') ?? '-'))) level = 2;
  }
  // A wrapper around the marked-up article body is at most probably furniture.
  if (level === 3 && el.querySelector('[itemprop~="articleBody"]')) level = 1;
  // Weak names on inline elements and table rows are usually styling ("toc-backref" on a
  // heading's link, "player-2020" on a standings row).
  if (level === 1 && (!isBlock(tag) || TABLE_PART.has(tag))) level = 0;
  return level;
}

/**
 * In a browser: not rendered. Style sheets reach elements through a class or id (descendants of
 * a hidden ancestor are gone with it), so only elements with one (`named`) are asked.
 */
export function hiddenByStyle(el: Element, named: unknown = el.className || el.id): boolean {
  const v = el as Visible;
  return !!named && typeof v.checkVisibility === 'function' && !v.checkVisibility();
}

/**
 * Custom elements are named like classes ("ps-promo", "ad-slot", "related-stories"); only surely
 * furniture names count ("story-meta" or "article-title" may well hold text of the article).
 */
function tagLevel(tag: string): Verdict {
  const v = nameLevel(tag.toLowerCase(), '');
  return v >= 2 ? v : 0;
}

/** Class names repeat across a page ("zn-body__paragraph" thirty times): judge each string once. */
const nameCache = new Map<string, Verdict>();

function nameLevel(cls: string, id: string): Verdict {
  const key = `${cls}#${id}`;
  let level = nameCache.get(key);
  if (level === undefined) {
    // Lower-cased once per name, so the patterns need no /i: case-insensitive ones compile to
    // twice the code, and every page load compiles them again.
    const s = names(cls, id).toLowerCase();
    level = HIDDEN_CLASS.test(cls.toLowerCase())
      ? HIDDEN
      : !s || BODY_HINT.test(s) || (EMBED.test(s) && !NOT_EMBED.test(s))
        ? 0
        : NEVER.test(s) || NEVER_INSIDE.test(s)
          ? 3
          : STRONG.test(s) || STRONG_INSIDE.test(s)
            ? 2
            : WEAK.test(s)
              ? 1
              : 0;
    if (nameCache.size > 5000) nameCache.clear();
    nameCache.set(key, level);
  }
  return level;
}

const COMMA_CODES = new Set([0x2c, 0x60c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c, 0x3001]);
/** Commas of Latin, Arabic and CJK text (a loop: no match array per text node). */
export function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || (c > 0x5ff && COMMA_CODES.has(c))) n++;
  }
  return n;
}
