// Builds article.text from live Text nodes and records where every run came from (the TextIndex
// segments). Whitespace collapses the way a browser renders it; separators we add (space, "\n"
// for <br>, "\n\n" between paragraphs) map to no node.

import type { TextSegment } from '../text-index';

export interface Para {
  /** Where the separator before this paragraph starts (text is cut back to here on drop). */
  sep: number;
  start: number;
  end: number;
  /** Index of its first segment. */
  seg: number;
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
  text = '';
  readonly segments: TextSegment[] = [];
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
      if (!p) {
        const sep = this.text.length;
        if (sep) this.text += '\n\n';
        p = this.open = { sep, start: this.text.length, end: 0, seg: this.segments.length, block, link: 0, siteLink: 0 };
      } else if (this.lineBreak) this.text += '\n';
      else if (this.space) this.text += ' ';
      this.segments.push({ node, nodeOffset: m.index, textStart: this.text.length, length: m[0].length });
      this.text += m[0];
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
    if (!p) return null;
    p.end = this.text.length;
    this.paras.push(p);
    return p;
  }

  /** The text of the kept paragraphs, joined by blank lines, with segments moved to match. */
  result(): { text: string; segments: TextSegment[] } {
    let text = '';
    const segments: TextSegment[] = [];
    this.paras.forEach((p, i) => {
      if (p.drop) return;
      if (text) text += '\n\n';
      const shift = text.length - p.start;
      text += this.text.slice(p.start, p.end);
      const endSeg = i + 1 < this.paras.length ? this.paras[i + 1]!.seg : this.segments.length;
      for (let k = p.seg; k < endSeg; k++) {
        const s = this.segments[k]!;
        segments.push({ node: s.node, nodeOffset: s.nodeOffset, textStart: s.textStart + shift, length: s.length });
      }
    });
    return { text, segments };
  }

  paraText(p: Para): string {
    return this.text.slice(p.start, p.end);
  }
}
