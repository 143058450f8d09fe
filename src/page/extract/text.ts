// Builds article.text from live Text nodes and records where every run came from (the TextIndex
// segments). Whitespace collapses the way a browser renders it; separators we add (space, "\n"
// for <br>, "\n\n" between paragraphs) map to no node. Each paragraph is built on its own and the
// text is joined once at the end: slicing one growing string per paragraph is quadratic.

import type { TextSegment } from '../text-index';

export interface Para {
  text: string;
  /** Segments with textStart relative to the paragraph. */
  segments: TextSegment[];
  /** Innermost block element it opened in. */
  block: Element;
  /** Characters inside links. */
  link: number;
  /** Of which inside links to other pages of the same site (related stories, sections). */
  siteLink: number;
  /** Set by the filters: left out of the final text. */
  drop?: boolean;
}

/** Runs whose inner whitespace is single spaces map one to one onto the node's characters. */
const RUN = /\S+(?: \S+)*/g;

export class TextBuilder {
  readonly paras: Para[] = [];
  private open: Para | null = null;
  private space = false;
  private lineBreak = false;

  /** `link`: 0 outside links, 1 inside a link, 2 inside a link to another page of the site. */
  add(node: Text, block: Element, link: 0 | 1 | 2): void {
    const data = node.data;
    RUN.lastIndex = 0;
    let last = 0;
    for (let m = RUN.exec(data); m; m = RUN.exec(data)) {
      if (m.index > last) this.space = true;
      let p = this.open;
      if (!p) p = this.open = { text: '', segments: [], block, link: 0, siteLink: 0 };
      else if (this.lineBreak) p.text += '\n';
      else if (this.space) p.text += ' ';
      p.segments.push({ node, nodeOffset: m.index, textStart: p.text.length, length: m[0].length });
      p.text += m[0];
      if (link) p.link += m[0].length;
      if (link === 2) p.siteLink += m[0].length;
      last = m.index + m[0].length;
      this.space = this.lineBreak = false;
    }
    if (last < data.length) this.space = true;
  }

  /** A separator that is not in the page's text (between table cells). */
  gap(): void {
    this.space = true;
  }

  /** A <br>: a line break, or a paragraph break when it is the second in a row. */
  br(): Para | null {
    if (!this.open) return null;
    if (this.lineBreak) return this.close();
    this.lineBreak = true;
    return null;
  }

  /** Ends the open paragraph and returns it (null when nothing was open). */
  close(): Para | null {
    const p = this.open;
    this.open = null;
    this.space = this.lineBreak = false;
    if (p) this.paras.push(p);
    return p;
  }

  /** The text of the kept paragraphs, joined by blank lines, with segments placed in it. */
  result(): { text: string; segments: TextSegment[] } {
    const parts: string[] = [];
    const segments: TextSegment[] = [];
    let at = 0;
    for (const p of this.paras) {
      if (p.drop) continue;
      if (parts.length) at += 2;
      for (const s of p.segments) segments.push({ node: s.node, nodeOffset: s.nodeOffset, textStart: s.textStart + at, length: s.length });
      parts.push(p.text);
      at += p.text.length;
    }
    return { text: parts.join('\n\n'), segments };
  }
}
