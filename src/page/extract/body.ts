// Reads the article body out of the chosen container(s): paragraphs, subheads, lists, quotes and
// tables, skipping furniture subtrees, then dropping boilerplate paragraphs.

import { isJunkParagraph, isRelatedTitle } from './boilerplate';
import { HEADING, HIDDEN, hiddenByStyle, inspect, isBlock } from './dom';
import type { Stat } from './scan';
import { TextBuilder, type Para } from './text';
import { CHECK_EVERY, type Budget, type Steps } from '../slices';

export interface BodyContext {
  stats: Map<Element, Stat>;
  /** The page's host, to tell links to other pages of the site from anchors and citations. */
  host: string;
  /** Normalised title, to drop the headline when it sits inside the container. */
  title: string;
}

export const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const LINK_BOX = new Set(['DL', 'TABLE', 'DIV', 'SECTION', 'FORM', 'FIELDSET', 'FIGURE', 'P', 'ARTICLE']);

/** A container inside the body that is furniture by structure rather than by name. */
function isJunkBlock(el: Element, tag: string, ctx: BodyContext): boolean {
  if (tag === 'FIGCAPTION') return true;
  const st = ctx.stats.get(el)!;
  if (tag === 'UL' || tag === 'OL') return isLinkList(el, ctx);
  // Mostly links, unless a paragraph has a sentence's worth of prose around them (names that
  // carry link pop-ups).
  if (LINK_BOX.has(tag) && st.clean < 1500 && st.cleanLink > st.clean * 0.5) return tag !== 'P' || st.clean - st.cleanLink < 100;
  if ((tag === 'FORM' || tag === 'FIELDSET') && el.querySelector('input:not([type="hidden"]), select, textarea')) return st.len < 500;
  return false;
}

/**
 * A list whose every item is a link, mostly to other pages of this site (related stories,
 * navigation). A list that mixes links with text, or that cites other sites, is content.
 */
function isLinkList(el: Element, ctx: BodyContext): boolean {
  let items = 0;
  for (let li = el.firstElementChild; li; li = li.nextElementSibling) {
    const st = ctx.stats.get(li);
    if (!st || !st.clean) continue;
    if (st.cleanLink < st.clean * 0.8) return false;
    items++;
  }
  if (items < 2) return false;
  let site = 0;
  const links = el.getElementsByTagName('a');
  for (const a of links) if (linkKind(a, ctx.host) === 2) site++;
  return site * 2 > links.length;
}

/** Metadata marked up inside a paragraph (the date, the author's name) is not its prose. */
const META_PROP = /\b(?:datePublished|dateModified|dateCreated|author|creator|publisher)\b/;

/**
 * An inline element is left out when hidden or marked up as metadata; its class is not trusted:
 * inside a paragraph, a link classed "popup" is still part of the sentence.
 */
function isJunkInline(el: Element, tag: string, ctx: BodyContext, inLink: number): boolean {
  return inspect(el, tag, false) === HIDDEN || (el.hasAttribute('itemprop') && META_PROP.test(el.getAttribute('itemprop')!)) || (!inLink && isHoverCard(el, ctx));
}

/**
 * Links with a picture, inline in a paragraph: a pop-up card (a person's photo and latest stories)
 * that the page shows on hover, not part of the sentence. Judged on direct children only: this
 * runs for every inline element of the body.
 */
function isHoverCard(el: Element, ctx: BodyContext): boolean {
  const st = ctx.stats.get(el);
  if (!st || st.link !== st.len || st.len <= 40 || el.tagName === 'A' || el.childElementCount < 3) return false;
  let links = 0;
  let img = false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'IMG' || c.tagName === 'PICTURE') img = true;
    else if (c.tagName === 'A') {
      links++;
      if (c.firstElementChild?.tagName === 'IMG') img = true;
    }
  }
  return img && links >= 2;
}

/** Names of things that are a line long: a headline, a kicker, a date. */
const SHORT_THING = /(?:^|[\s_-])(?:title|headline|heading|kicker|eyebrow|date|time|meta)(?=$|[\s_-])/i;

/**
 * A paragraph of prose under a name that promises a short line ("title", "date"): the name is the
 * site's styling (a lead paragraph classed "title"), not what the paragraph is.
 */
function isProseNamedShort(el: Element, tag: string, st: Stat): boolean {
  return st.junk === 1 && tag === 'P' && st.own >= 150 && st.ownLink * 5 < st.own && SHORT_THING.test(el.getAttribute('class') ?? '');
}

/** 2 for a link to another page of this site, 1 for any other link (anchor, other site). */
function linkKind(a: Element, host: string): 1 | 2 {
  const href = a.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return 1;
  const m = /^(?:https?:)?\/\/([^/?#]+)/i.exec(href);
  return !m || (host && m[1]!.toLowerCase().replace(/^www\./, '') === host) ? 2 : 1;
}

/**
 * Every item of the list links to another page of the site, even if only in part of its text:
 * after a "More stories" header, that is a list of teasers.
 */
function isTeaserList(el: Element, ctx: BodyContext): boolean {
  let items = 0;
  for (let li = el.firstElementChild; li; li = li.nextElementSibling) {
    if (!ctx.stats.get(li)?.len) continue;
    let site = false;
    for (const a of li.getElementsByTagName('a')) if ((site = linkKind(a, ctx.host) === 2)) break;
    if (!site) return false;
    items++;
  }
  return items >= 2;
}

/** What closing an element does to the text: nothing, a space (table cells), a paragraph end. */
const After = { Nothing: 0, Gap: 1, End: 2 } as const;
type After = (typeof After)[keyof typeof After];

/** One element on the body walk's stack. */
interface BodyFrame {
  next: ChildNode | null;
  /** The innermost block: where its text goes. */
  block: Element;
  inLink: 0 | 1 | 2;
  after: After;
}

/**
 * Walks the container(s) in document order, building the text. A walk with its own stack, not
 * recursion: deep markup cannot overflow the call stack, and it can pause when `budget` is due.
 */
export function* readBodySteps(roots: Element[], ctx: BodyContext, budget: Budget): Steps<TextBuilder> {
  const b = new TextBuilder();
  /** The last paragraph judged was a related-links header, and nothing kept came since. */
  let related = false;
  const judged = (p: Para | null): void => {
    if (!p) return;
    judge(p, ctx);
    if (!p.drop) related = false;
    else if (isRelatedTitle(p.text)) related = true;
  };
  const end = (): void => judged(b.close());
  let stack: BodyFrame[] = [];
  // The loop is a plain function that visits up to `count` nodes, called between looks at the
  // clock: the hot loop stays out of the generator, which engines optimize less well.
  const visit = (count: number): boolean => {
    while (count-- > 0 && stack.length) {
      const f = stack[stack.length - 1]!;
      const c = f.next;
      if (!c) {
        stack.pop();
        if (f.after === After.Gap) b.gap();
        else if (f.after === After.End) end();
        continue;
      }
      f.next = c.nextSibling;
      const type = c.nodeType;
      if (type === 3) {
        b.add(c as Text, f.block, f.inLink);
        continue;
      }
      if (type !== 1) continue;
      const ce = c as Element;
      const tag = ce.tagName;
      if (tag === 'BR') {
        judged(b.br());
        continue;
      }
      const blockish = isBlock(tag);
      // Only elements the scan saw as visible, non-furniture text are read.
      const st = ctx.stats.get(ce);
      if (
        !st ||
        (st.junk && !isProseNamedShort(ce, tag, st)) ||
        (blockish ? isJunkBlock(ce, tag, ctx) || hiddenByStyle(ce) || (related && (tag === 'UL' || tag === 'OL') && isTeaserList(ce, ctx)) : isJunkInline(ce, tag, ctx, f.inLink))
      ) {
        if (blockish) end();
        continue;
      }
      if (tag === 'TD' || tag === 'TH') {
        // A table row reads as one line: cells are separated by a space, not made paragraphs.
        b.gap();
        stack.push({ next: ce.firstChild, block: f.block, inLink: f.inLink, after: After.Gap });
      } else if (blockish) {
        end();
        stack.push({ next: ce.firstChild, block: ce, inLink: f.inLink, after: After.End });
      } else {
        stack.push({ next: ce.firstChild, block: f.block, inLink: f.inLink || (tag === 'A' ? linkKind(ce, ctx.host) : 0), after: After.Nothing });
      }
    }
    return !stack.length;
  };
  for (const root of roots) {
    end();
    stack = [{ next: root.firstChild, block: root, inLink: 0, after: After.Nothing }];
    while (!visit(CHECK_EVERY + 1)) if (budget.due()) yield;
  }
  end();
  trimEdges(b);
  return b;
}

/** Most of the heading's words are in the title ("Obama admits …" vs "Obama admits … - BBC News"). */
function sameTitle(text: string, title: string): boolean {
  const words = normalize(text).split(' ');
  if (!title) return true;
  const have = new Set(title.split(' '));
  return words.filter((w) => have.has(w)).length >= words.length * 0.6;
}

function judge(p: Para, ctx: BodyContext): void {
  const text = p.text;
  const tag = p.block.tagName;
  const heading = HEADING.test(tag);
  // Link-only items of a list that also has text are part of it (link lists went as a whole); a
  // heading that links to an anchor or another site is a subhead, one that links to another page
  // of the site is a teaser.
  if (isJunkParagraph(text, tag === 'LI' ? 0 : heading ? p.siteLink : p.link, heading)) p.drop = true;
  // The headline is not body text, in a heading or a paragraph; an <h1> that is not the headline
  // (a section name) is a heading.
  else if (tag === 'H1' ? sameTitle(text, ctx.title) : !!ctx.title && text.length >= ctx.title.length && text.length <= ctx.title.length * 1.3 + 5 && normalize(text) === ctx.title) p.drop = true;
}

/** Headings with nothing after them (a "Related" header whose list was dropped) go too. */
function trimEdges(b: TextBuilder): void {
  if (!b.paras.some((p) => !p.drop && !HEADING.test(p.block.tagName))) return;
  for (let i = b.paras.length - 1; i >= 0; i--) {
    const p = b.paras[i]!;
    if (p.drop) continue;
    if (!HEADING.test(p.block.tagName)) break;
    p.drop = true;
  }
}
