// Reads the article body out of the chosen container(s): paragraphs, subheads, lists, quotes and
// tables, skipping furniture subtrees, then dropping boilerplate paragraphs.

import { isJunkParagraph } from './boilerplate';
import { HEADING, hiddenByStyle, inspect, isBlock } from './dom';
import type { Stat } from './scan';
import { TextBuilder, type Para } from './text';

export interface BodyContext {
  stats: Map<Element, Stat>;
  /** Normalised title, to drop the headline when it sits inside the container. */
  title: string;
}

export const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const LISTISH = new Set(['UL', 'OL', 'DL', 'TABLE', 'DIV', 'SECTION', 'FORM', 'FIELDSET', 'FIGURE', 'P', 'LI', 'ARTICLE']);

/** A container inside the body that is furniture by structure rather than by name. */
function isJunkBlock(el: Element, tag: string, ctx: BodyContext): boolean {
  if (tag === 'FIGCAPTION' || tag === 'H1') return true;
  const st = ctx.stats.get(el)!;
  if (LISTISH.has(tag) && st.clean < 1500 && st.cleanLink > st.clean * 0.5) return true;
  if ((tag === 'FORM' || tag === 'FIELDSET') && el.querySelector('input:not([type="hidden"]), select, textarea')) return st.len < 500;
  return false;
}

export function readBody(roots: Element[], ctx: BodyContext): TextBuilder {
  const b = new TextBuilder();
  const end = (): void => {
    const p = b.close();
    if (p) judge(b, p, ctx);
  };
  const walk = (el: Element, block: Element, inLink: boolean): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) {
        b.add(c as Text, block, inLink);
        continue;
      }
      if (type !== 1) continue;
      const ce = c as Element;
      const tag = ce.tagName;
      if (tag === 'BR') {
        const p = b.br();
        if (p) judge(b, p, ctx);
        continue;
      }
      const blockish = isBlock(tag);
      // Only elements the scan saw as visible, non-furniture text are read.
      const st = ctx.stats.get(ce);
      if (!st || st.junk || (blockish ? isJunkBlock(ce, tag, ctx) || hiddenByStyle(ce) : inspect(ce, tag, false) !== 0)) {
        if (blockish) end();
        continue;
      }
      if (tag === 'TD' || tag === 'TH') {
        // A table row reads as one line: cells are separated by a space, not made paragraphs.
        b.gap();
        walk(ce, block, inLink);
        b.gap();
      } else if (blockish) {
        end();
        walk(ce, ce, inLink);
        end();
      } else walk(ce, block, inLink || tag === 'A');
    }
  };
  for (const root of roots) {
    end();
    walk(root, root, false);
  }
  end();
  trimEdges(b);
  return b;
}

function judge(b: TextBuilder, p: Para, ctx: BodyContext): void {
  const text = b.paraText(p);
  const heading = HEADING.test(p.block.tagName);
  if (isJunkParagraph(text, p.link, heading)) p.drop = true;
  else if (heading && ctx.title && normalize(text) === ctx.title) p.drop = true;
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
