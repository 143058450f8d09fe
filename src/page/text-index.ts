// The one bridge from character offsets in article.text to live DOM Ranges.
// Extraction records, for every run of article text, the Text node it came from; separators it
// adds itself (the blank line between blocks, a space between inline runs) map to no node.

export interface TextSegment {
  node: Text;
  /** Offset in node.data where this segment starts. */
  nodeOffset: number;
  /** Offset in article.text where it starts. */
  textStart: number;
  length: number;
}

export class TextIndex {
  /** Sorted by textStart, non-overlapping. */
  readonly segments: TextSegment[];

  constructor(segments: TextSegment[]) {
    this.segments = segments;
  }

  /** Index of the first segment whose end is after `pos` (binary search). */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (s.textStart + s.length <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * DOM ranges covering article.text[start, end): one per run of consecutive segments inside one
   * block, so a quote across two paragraphs never paints what lies between them.
   */
  rangesFor(start: number, end: number): Range[] {
    const out: Range[] = [];
    let i = this.firstEndingAfter(start);
    let runStart: { node: Text; offset: number } | null = null;
    let runEnd: { node: Text; offset: number } | null = null;
    let prevEnd = -1;
    for (; i < this.segments.length; i++) {
      const s = this.segments[i]!;
      if (s.textStart >= end) break;
      const from = Math.max(start, s.textStart);
      const to = Math.min(end, s.textStart + s.length);
      if (to <= from) continue;
      const a = { node: s.node, offset: s.nodeOffset + (from - s.textStart) };
      const b = { node: s.node, offset: s.nodeOffset + (to - s.textStart) };
      // A gap of more than a single separator character means a new block: close the run.
      if (runStart && s.textStart - prevEnd > 1) {
        out.push(makeRange(runStart, runEnd!));
        runStart = null;
      }
      if (!runStart) runStart = a;
      runEnd = b;
      prevEnd = s.textStart + s.length;
    }
    if (runStart && runEnd) out.push(makeRange(runStart, runEnd));
    return out.filter((r) => !r.collapsed);
  }

  /** False when any indexed node has left the document (the page re-rendered). */
  isLive(): boolean {
    for (const s of this.segments) if (!s.node.isConnected) return false;
    return true;
  }
}

function makeRange(a: { node: Text; offset: number }, b: { node: Text; offset: number }): Range {
  const r = a.node.ownerDocument.createRange();
  r.setStart(a.node, Math.min(a.offset, a.node.length));
  r.setEnd(b.node, Math.min(b.offset, b.node.length));
  return r;
}
