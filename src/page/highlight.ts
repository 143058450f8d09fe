// Paints an Analysis onto the live page with the CSS Custom Highlight API: one Highlight per
// category in CSS.highlights. The page's DOM is never touched, so frameworks keep working.

import type { Analysis, EntityType, Span } from '../core/types';
import { CATEGORIES, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, type Category } from '../shared/categories';
import type { TextIndex } from './text-index';

/** What one painted range stands for, as the hover card shows it. */
export interface PaintedItem {
  category: Category;
  span: Span;
  /** Entity name, or the quote's speaker. */
  title: string;
  /** "Person", "Organization · Defense Secretary", "Quote". */
  detail: string;
  ranges: Range[];
}

const TYPE_CATEGORY: Record<EntityType, Category> = { person: 'person', organization: 'organization', place: 'place' };
const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export class Painter {
  private items: PaintedItem[] = [];
  private enabled: Record<Category, boolean> = { person: true, organization: true, place: true, quote: true };
  private allHidden = false;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** Builds every range for the analysis and shows the enabled categories. */
  paint(analysis: Analysis, index: TextIndex): void {
    const items: PaintedItem[] = [];
    for (const e of analysis.entities) {
      const category = TYPE_CATEGORY[e.type];
      const detail = e.role ? `${TYPE_LABEL[e.type]} · ${e.role}` : TYPE_LABEL[e.type];
      for (const m of e.mentions) items.push({ category, span: m, title: e.name, detail, ranges: [] });
    }
    for (const q of analysis.quotes) {
      items.push({ category: 'quote', span: q, title: q.speaker ?? 'Unattributed quote', detail: 'Quote', ranges: [] });
    }
    for (const item of items) item.ranges = index.rangesFor(item.span.start, item.span.end).filter((r) => !inEditable(r));
    this.items = items.filter((i) => i.ranges.length > 0).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    this.render();
  }

  setEnabled(enabled: Record<Category, boolean>): void {
    this.enabled = { ...enabled };
    this.render();
  }

  getEnabled(): Record<Category, boolean> {
    return { ...this.enabled };
  }

  toggleAll(): boolean {
    this.allHidden = !this.allHidden;
    this.render();
    return this.allHidden;
  }

  isAllHidden(): boolean {
    return this.allHidden;
  }

  clear(): void {
    this.items = [];
    this.render();
    this.doc.defaultView?.CSS.highlights?.delete(FLASH_HIGHLIGHT);
  }

  /** The painted items in article order (for hit-testing). */
  paintedItems(): readonly PaintedItem[] {
    return this.items;
  }

  /** Scrolls the span into view and flashes it; false when it is not on the page. */
  scrollTo(span: Span, index: TextIndex): boolean {
    const ranges = index.rangesFor(span.start, span.end);
    const first = ranges[0];
    if (!first) return false;
    const target = first.startContainer.parentElement;
    const win = this.doc.defaultView;
    // Smooth only where the reader can see it move: a hidden tab does not animate, and
    // readers who ask for reduced motion get a jump.
    const smooth = this.doc.visibilityState === 'visible' && !win?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
    if (!win || !highlightsSupported(win)) return true;
    const flash = new win.Highlight(...ranges);
    flash.priority = 10;
    win.CSS.highlights.set(FLASH_HIGHLIGHT, flash);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => win.CSS.highlights.delete(FLASH_HIGHLIGHT), 1600);
    return true;
  }

  private render(): void {
    const win = this.doc.defaultView;
    if (!win || !highlightsSupported(win)) return;
    const byCategory = new Map<Category, Range[]>(CATEGORIES.map((c) => [c, []]));
    if (!this.allHidden) {
      for (const item of this.items) if (this.enabled[item.category]) byCategory.get(item.category)!.push(...item.ranges);
    }
    for (const c of CATEGORIES) {
      const ranges = byCategory.get(c)!;
      if (ranges.length === 0) {
        win.CSS.highlights.delete(HIGHLIGHT_NAMES[c]);
        continue;
      }
      const h = new win.Highlight(...ranges);
      // Entities paint over the quotes that contain them.
      h.priority = c === 'quote' ? 0 : 1;
      win.CSS.highlights.set(HIGHLIGHT_NAMES[c], h);
    }
  }
}

function inEditable(r: Range): boolean {
  const el = r.startContainer.parentElement;
  return !!el && (el.isContentEditable || !!el.closest('[contenteditable=""], [contenteditable="true"], textarea, input'));
}
