// One read-only pass over the page: text and link mass per element, then Readability-style
// candidate scoring (paragraph text propagated to its ancestors, weighted by class hints and
// discounted by link density) to find the element that holds the article body.

import { CHECK_EVERY, UNLIMITED, runToEnd, type Budget, type Steps } from '../slices';
import { FURNITURE_TAGS, HEADING, HIDDEN, SKIP_TAGS, countCommas, inspect, isBlock } from './dom';

export interface Stat {
  el: Element;
  /** Visible text characters in the subtree (hidden parts excluded; furniture included). */
  len: number;
  /** Of which inside links. */
  link: number;
  /** Text and link characters without furniture subtrees: what the body walk would read. */
  clean: number;
  cleanLink: number;
  /** Text whose nearest block is this element: its "paragraph" text. */
  own: number;
  ownLink: number;
  commas: number;
  /** Own text of the non-link paragraphs in the subtree, furniture included. */
  paraText: number;
  /** Furniture level from dom.inspect, cleared when the element turns out to hold the article. */
  junk: 0 | 1 | 2 | 3;
  /** Candidate score; NaN until the element receives paragraph score. */
  score: number;
}

export interface Scan {
  /** The element the scan started from (<html>). */
  root: Element;
  stats: Map<Element, Stat>;
  /** Blocks with at least 25 characters of their own text outside furniture (children before parents). */
  paras: Stat[];
  /** Own text of those paragraphs that are not link lists. */
  paraText: number;
}

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/i;
const NEGATIVE =
  /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|card|rail/i;

/** Class weight as in Readability: ±25 for the class and for the id. */
function classWeight(el: Element): number {
  let w = 0;
  for (const s of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!s) continue;
    if (NEGATIVE.test(s)) w -= 25;
    if (POSITIVE.test(s)) w += 25;
  }
  return w;
}

function tagWeight(tag: string): number {
  if (tag === 'DIV' || tag === 'ARTICLE' || tag === 'SECTION' || tag === 'MAIN') return 5;
  if (tag === 'PRE' || tag === 'TD' || tag === 'BLOCKQUOTE') return 3;
  if (tag === 'ADDRESS' || tag === 'OL' || tag === 'UL' || tag === 'DL' || tag === 'DD' || tag === 'DT' || tag === 'LI' || tag === 'FORM') return -3;
  if (HEADING.test(tag) || tag === 'TH') return -5;
  return 0;
}

/** Length of a string without its leading and trailing whitespace, without allocating. */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

/**
 * Share of the page's paragraph text above which a "furniture" element is the article's wrapper
 * (a "content-with-sidebar" or "js-social" div around everything), per junk level. Surely-furniture
 * names also need the headline inside or nearly all the text; level 3 (furniture tags, comments,
 * galleries, related links) is never rescued.
 */
const RESCUE = [1, 0.3, 0.5, 2];
const rescued = (st: Stat, total: number): boolean =>
  st.paraText >= 200 && st.paraText >= total * RESCUE[st.junk]! && (st.junk === 1 || st.paraText >= total * 0.8 || !!st.el.querySelector('h1'));

/** One element on the scan's stack: its stats, the block its text belongs to, the next child. */
interface Frame {
  st: Stat;
  /** The Stat collecting this element's paragraph text: its own if a block, else its block's. */
  own: Stat;
  inLink: boolean;
  next: ChildNode | null;
}

/**
 * Collects text statistics for every visible element of the page. `junk` false ignores class-based
 * furniture (the retry when the strict pass finds too little text). A walk with its own stack, not
 * recursion: deep markup cannot overflow the call stack, and it can pause when `budget` is due.
 */
export function* scanSteps(doc: Document, junk: boolean, budget: Budget): Steps<Scan> {
  const stats = new Map<Element, Stat>();
  const all: Stat[] = [];
  // From <html>: parsers given broken markup can leave text in a second <body>.
  const body = doc.documentElement;
  if (!body) return { root: doc as unknown as Element, stats, paras: [], paraText: 0 };
  const make = (el: Element, j: Stat['junk']): Stat => ({
    el, len: 0, link: 0, clean: 0, cleanLink: 0, own: 0, ownLink: 0, commas: 0, paraText: 0, junk: j, score: NaN,
  });

  // Pass 1: raw totals, own (paragraph) text, furniture flags. Post-order, so children come first.
  const root = make(body, 0);
  const stack: Frame[] = [{ st: root, own: root, inLink: false, next: body.firstChild }];
  // The loop is a plain function that visits up to `count` nodes, called between looks at the
  // clock: the hot loop stays out of the generator, which engines optimize less well.
  const visit = (count: number): boolean => {
    while (count-- > 0 && stack.length) {
      const f = stack[stack.length - 1]!;
      const c = f.next;
      if (!c) {
        // The element is done: its paragraph text, then its totals go to its parent.
        stack.pop();
        const st = f.st;
        if (f.own === st && st.own >= 25 && st.ownLink < st.own / 2) st.paraText += st.own;
        if (!st.len) continue;
        stats.set(st.el, st);
        all.push(st);
        const parent = stack[stack.length - 1];
        if (parent) {
          parent.st.len += st.len;
          parent.st.link += st.link;
          parent.st.paraText += st.paraText;
        }
        continue;
      }
      f.next = c.nextSibling;
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        const n = trimmedLength(data);
        if (!n) continue;
        const st = f.st;
        const own = f.own;
        st.len += n;
        st.clean += n;
        own.own += n;
        if (f.inLink) {
          st.link += n;
          st.cleanLink += n;
          own.ownLink += n;
        }
        if (n > 10) own.commas += countCommas(data);
      } else if (c.nodeType === 1) {
        const ce = c as Element;
        const tag = ce.tagName;
        if (SKIP_TAGS.has(tag)) continue;
        // Inline elements are not inspected here (the body walk does, for the few it reads):
        // furniture and hiding live on blocks, and attribute reads are most of a scan's cost.
        let j: Stat['junk'] = 0;
        const blk = isBlock(tag);
        if (blk && tag !== 'BODY') {
          // Computed visibility is left to the body walk, which asks only inside the container.
          const v = inspect(ce, tag, false);
          if (v === HIDDEN) continue;
          j = junk ? v : FURNITURE_TAGS.has(tag) ? 3 : 0;
        }
        const cs = make(ce, j);
        stack.push({ st: cs, own: blk ? cs : f.own, inLink: f.inLink || tag === 'A', next: ce.firstChild });
      }
    }
    return !stack.length;
  };
  while (!visit(CHECK_EVERY + 1)) if (budget.due()) yield;

  // Furniture that holds most of the page's paragraphs is the article's wrapper after all.
  const total = root.paraText;
  for (const st of all) if (st.junk && rescued(st, total)) st.junk = 0;

  // Pass 2: clean totals (post-order: each element hands its totals to its parent) and the
  // paragraphs that lie outside furniture.
  const paras: Stat[] = [];
  let paraText = 0;
  let visited = 0;
  for (const st of all) {
    if ((++visited & CHECK_EVERY) === 0 && budget.due()) yield;
    const parent = st.el === body ? null : stats.get(st.el.parentElement!);
    if (parent && !st.junk) {
      parent.clean += st.clean;
      parent.cleanLink += st.cleanLink;
    }
  }
  for (const st of all) {
    if ((++visited & CHECK_EVERY) === 0 && budget.due()) yield;
    if (st.own < 25 || !isBlock(st.el.tagName)) continue;
    let inJunk = false;
    for (let a: Element | null = st.el; a && a !== body; a = a.parentElement) {
      if (stats.get(a)?.junk) {
        inJunk = true;
        break;
      }
    }
    if (inJunk) continue;
    paras.push(st);
    if (st.ownLink < st.own / 2) paraText += st.own;
  }
  return { root: body, stats, paras, paraText };
}

/**
 * Scores candidates and returns the elements that make up the body, in document order. Pauses
 * when `budget` is due in its two loops that grow with the page: over the paragraphs, and over
 * the siblings of the chosen container.
 */
export function* pickBodySteps(scan: Scan, budget: Budget): Steps<Element[]> {
  const { stats, paras } = scan;
  const candidates: Stat[] = [];
  /** Paragraph text whose parent is the candidate: what makes it a chunk of body on its own. */
  const direct = new Map<Stat, number>();
  const directCount = new Map<Stat, number>();
  let visited = 0;
  for (const p of paras) {
    if ((++visited & CHECK_EVERY) === 0 && budget.due()) yield;
    if (p.ownLink > p.own / 2 || p.el.tagName === 'H1') continue;
    const s = 1 + p.commas + Math.min(Math.floor(p.own / 100), 3);
    let a = p.el.parentElement;
    for (let level = 0; a && level < 5; level++, a = a.parentElement) {
      const st = stats.get(a);
      if (!st || a.tagName === 'HTML') break;
      if (Number.isNaN(st.score)) {
        st.score = tagWeight(a.tagName) + classWeight(a);
        candidates.push(st);
      }
      st.score += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (level === 0) {
        direct.set(st, (direct.get(st) ?? 0) + p.own);
        directCount.set(st, (directCount.get(st) ?? 0) + 1);
      }
    }
  }
  // No paragraph anywhere (a tiny page): read whatever the page shows.
  if (!candidates.length) return [scan.root];
  for (const c of candidates) {
    c.score *= c.clean ? 1 - c.cleanLink / c.clean : 0;
    // Class names alone must not make a winner of a tiny box (a video player named "storytop").
    if (c.clean < 200) c.score *= c.clean / 200;
  }
  candidates.sort((a, b) => b.score - a.score);
  let top = candidates[0]!;

  // Several strong candidates under one ancestor (a body split into chunks): take the ancestor.
  const strong = candidates.slice(1, 5).filter((c) => c.score >= top.score * 0.75);
  if (strong.length >= 2) {
    for (let a = top.el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
      if (strong.filter((c) => a!.contains(c.el)).length >= 2) {
        const st = stats.get(a);
        if (st) top = st;
        break;
      }
    }
  }
  // The body split into separate sections (a figure or pull quote between them): other chunks of
  // prose (paragraphs of 100 characters on average, not a grid of headlines) that score a third of
  // the top join it under their common ancestor.
  const chunks = candidates.filter((c) => {
    const text = direct.get(c) ?? 0;
    return (
      c.score >= top.score / 3 && text >= 300 && text >= (directCount.get(c) ?? 0) * 100 && c.cleanLink < c.clean * 0.2 &&
      !c.el.contains(top.el) && !top.el.contains(c.el) && isProse(c.el, stats)
    );
  });
  if (chunks.length) {
    let a = top.el.parentElement;
    while (a && !chunks.every((c) => a!.contains(c.el))) a = a.parentElement;
    const st = a && a.tagName !== 'BODY' && a.tagName !== 'HTML' ? stats.get(a) : undefined;
    // …as long as the ancestor is mostly those chunks, not a page wrapper with much else in it.
    const sum = chunks.reduce((n, c) => n + c.clean, top.clean);
    if (st && st.cleanLink < st.clean * 0.3 && st.clean < sum * 2) top = st;
  }
  // A parent that scores higher than the candidate holds more of the article.
  let last = top.score;
  for (let a = top.el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
    const st = stats.get(a);
    if (!st || Number.isNaN(st.score)) continue;
    if (st.score < top.score / 3) break;
    if (st.score > last) {
      top = st;
      break;
    }
    last = st.score;
  }
  // Climb through wrappers that hold nothing else.
  while (top.el.parentElement && top.el.parentElement.tagName !== 'BODY') {
    const parent = stats.get(top.el.parentElement);
    if (!parent || parent.junk || parent.clean !== top.clean) break;
    top = parent;
  }
  return yield* withSiblings(top, stats, budget);
}

/**
 * Most of the paragraphs in the element are long or end like sentences (headlines and teasers do
 * not). Looks at the first 20 paragraphs within four levels: enough to tell, and bounded on pages
 * with thousands of siblings.
 */
function isProse(el: Element, stats: Map<Element, Stat>): boolean {
  let n = 0;
  let prose = 0;
  const visit = (e: Element, depth: number): void => {
    const st = stats.get(e);
    if (!st || n >= 20) return;
    if (st.own >= 25) {
      n++;
      if (st.own >= 150 || /[.!?…:;"'”’»)\]]\s*$/.test(e.textContent ?? '')) prose++;
    }
    if (depth < 4) for (let c = e.firstElementChild; c && n < 20; c = c.nextElementSibling) visit(c, depth + 1);
  };
  visit(el, 0);
  return prose * 2 >= n;
}

/** Readability's sibling rule: siblings that score well or read like paragraphs join the body. */
function* withSiblings(top: Stat, stats: Map<Element, Stat>, budget: Budget): Steps<Element[]> {
  const parent = top.el.parentElement;
  if (!parent || top.el.tagName === 'BODY') return [top.el];
  const threshold = Math.max(10, top.score * 0.2);
  const topClass = top.el.getAttribute('class') ?? '';
  const out: Element[] = [];
  let visited = 0;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if ((++visited & CHECK_EVERY) === 0 && budget.due()) yield;
    if (s === top.el) {
      out.push(s);
      continue;
    }
    const st = stats.get(s);
    if (!st || st.junk || !st.clean) continue;
    let bonus = 0;
    if (topClass && s.getAttribute('class') === topClass) bonus = top.score * 0.2;
    if (!Number.isNaN(st.score) && st.score + bonus >= threshold && isProse(s, stats)) {
      out.push(s);
      continue;
    }
    if (s.tagName === 'P') {
      const density = st.cleanLink / st.clean;
      if ((st.clean > 80 && density < 0.25) || (st.clean < 80 && density === 0 && /\.( |$)/.test(s.textContent ?? ''))) out.push(s);
    }
  }
  return out;
}

export interface Body {
  scan: Scan;
  roots: Element[];
}

interface Cached extends Body {
  doc: Document;
  junk: boolean;
  /** Watches the page; null where there is no MutationObserver. */
  watch: MutationObserver | null;
  changed: boolean;
}

let cached: Cached | null = null;

/** Forgets the kept scan (benchmarks time cold runs with it). */
export function drop(): void {
  cached?.watch?.disconnect();
  cached = null;
}

/**
 * The scan and body container of the page as it is now. Detection and extraction each need it and
 * may run in separate tasks, so it is kept while a MutationObserver sees no change in the page
 * (its pending records are read synchronously), for at most a few seconds; where there is no
 * observer, until the current task ends. The observer starts before the scan, so a change made
 * while a sliced scan pauses makes the next caller scan again.
 */
export function* findBodySteps(doc: Document, junk: boolean, budget: Budget): Steps<Body> {
  const c = cached;
  if (c && c.doc === doc && c.junk === junk && !c.changed && !c.watch?.takeRecords().length) return c;
  drop();
  const mine: Cached = { scan: EMPTY_SCAN, roots: [], doc, junk, watch: null, changed: false };
  const MO = doc.defaultView?.MutationObserver;
  if (MO && doc.documentElement) {
    mine.watch = new MO(() => {
      mine.changed = true;
    });
    mine.watch.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  }
  let scanned = false;
  try {
    mine.scan = yield* scanSteps(doc, junk, budget);
    scanned = true;
  } finally {
    // Abandoned (a newer run took over) or failed: stop watching.
    if (!scanned) mine.watch?.disconnect();
  }
  mine.roots = yield* pickBodySteps(mine.scan, budget);
  if (mine.watch) {
    const timer = setTimeout(() => cached === mine && drop(), 3000) as unknown as { unref?: () => void };
    timer.unref?.(); // never keep a Node process (the CLI) alive for it
  } else {
    queueMicrotask(() => cached === mine && drop());
  }
  drop(); // another caller may have cached a scan while this one paused
  cached = mine;
  return mine;
}

const EMPTY_SCAN: Scan = { root: null as unknown as Element, stats: new Map(), paras: [], paraText: 0 };

/** findBodySteps run to the end at once. */
export const findBody = (doc: Document, junk = true): Body => runToEnd(findBodySteps(doc, junk, UNLIMITED));
