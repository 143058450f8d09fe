// Which painted item is under the pointer? The caret position under the point gives a Text node
// and offset; the TextIndex turns that into an article offset; a binary search finds the items
// there; the item's own client rects confirm the pointer is really over its text.

import type { PaintedItem } from './highlight';
import type { TextIndex, TextSegment } from './text-index';

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export class HitTester {
  /** Segments by Text node; built on the first hover, not at paint (milliseconds on a huge page). */
  private byNode: Map<Node, TextSegment[]> | null = null;

  constructor(private readonly index: TextIndex) {}

  private segmentsOf(node: Node): TextSegment[] | undefined {
    if (!this.byNode) {
      this.byNode = new Map();
      for (const s of this.index.segments) {
        const list = this.byNode.get(s.node);
        if (list) list.push(s);
        else this.byNode.set(s.node, [s]);
      }
    }
    return this.byNode.get(node);
  }

  /** The innermost painted item under (x, y), entities before quotes. */
  itemAt(doc: Document, x: number, y: number, items: readonly PaintedItem[], visible: (i: PaintedItem) => boolean): PaintedItem | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const segs = this.segmentsOf(caret.node);
    if (!segs) return null;
    const seg = segs.find((s) => caret.offset >= s.nodeOffset && caret.offset <= s.nodeOffset + s.length);
    if (!seg) return null;
    const pos = seg.textStart + (caret.offset - seg.nodeOffset);
    let best: PaintedItem | null = null;
    // Items are sorted by start; scan those starting at or before pos (quotes can be long, so
    // walk back from the last candidate while items could still cover pos).
    let hi = upperBound(items, pos);
    for (let i = hi - 1; i >= 0 && i >= hi - 200; i--) {
      const it = items[i]!;
      if (it.span.end < pos || !visible(it)) continue;
      if (!containsPoint(it.ranges, x, y)) continue;
      if (!best || rank(it) < rank(best)) best = it;
    }
    return best;
  }
}

function rank(i: PaintedItem): number {
  return (i.category === 'quote' ? 1e9 : 0) + (i.span.end - i.span.start);
}

function upperBound(items: readonly PaintedItem[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.span.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function containsPoint(ranges: Range[], x: number, y: number): boolean {
  for (const r of ranges) {
    for (const rect of r.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
    }
  }
  return false;
}
