// Paints an Analysis onto the live page with the CSS Custom Highlight API: one Highlight per
// category in CSS.highlights. The page's DOM is never touched, so frameworks keep working.

import type { Analysis, EntityType, Span } from '../core/types';
import { CATEGORIES, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, type Category } from '../shared/categories';
import { UNLIMITED, runToEnd, type Budget, type Steps } from './slices';
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

/** Items handled between two looks at the clock (a power of two, minus one): a few ranges each. */
const ITEMS_PER_LOOK = 63;

/** What the reader asked to see: the categories switched on, or nothing at all. */
interface View {
  enabled: Record<Category, boolean>;
  allHidden: boolean;
}

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export class Painter {
  private items: PaintedItem[] = [];
  private enabled: Record<Category, boolean> = { person: true, organization: true, place: true, quote: true };
  private allHidden = false;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /**
   * Builds every range for the analysis and shows the enabled categories, in steps that pause when
   * `budget` is due: a huge article has thousands of ranges, each a few microseconds to build and
   * to add. What was painted before stays until the last step shows the new highlights at once.
   * Returns how many items are painted.
   */
  *paintSteps(analysis: Analysis, index: TextIndex, enabled: Record<Category, boolean>, budget: Budget): Steps<number> {
    const items: PaintedItem[] = [];
    for (const e of analysis.entities) {
      const category = TYPE_CATEGORY[e.type];
      const detail = e.role ? `${TYPE_LABEL[e.type]} · ${e.role}` : TYPE_LABEL[e.type];
      for (const m of e.mentions) items.push({ category, span: m, title: e.name, detail, ranges: [] });
    }
    for (const q of analysis.quotes) {
      items.push({ category: 'quote', span: q, title: q.speaker ?? 'Unattributed quote', detail: 'Quote', ranges: [] });
    }
    // From now on the popup may switch categories while the steps pause: the last step sees it.
    this.enabled = { ...enabled };
    let n = 0;
    for (const item of items) {
      if ((++n & ITEMS_PER_LOOK) === 0 && budget.due()) yield;
      item.ranges = index.rangesFor(item.span.start, item.span.end).filter((r) => !inEditable(r));
    }
    const painted = items.filter((i) => i.ranges.length > 0).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const view: View = { enabled: this.enabled, allHidden: this.allHidden };
    const highlights = yield* this.highlightSteps(painted, view, budget);
    this.items = painted;
    // The reader switched a category or everything while the last steps ran: show what they asked for.
    if (this.enabled !== view.enabled || this.allHidden !== view.allHidden) this.render();
    else this.show(highlights);
    return painted.length;
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
    this.show(runToEnd(this.highlightSteps(this.items, { enabled: this.enabled, allHidden: this.allHidden }, UNLIMITED)));
  }

  /** One Highlight per category that has ranges to show, not yet in the registry; null where there is no registry. */
  private *highlightSteps(items: readonly PaintedItem[], view: View, budget: Budget): Steps<Map<Category, Highlight> | null> {
    const win = this.doc.defaultView;
    if (!win || !highlightsSupported(win)) return null;
    const out = new Map<Category, Highlight>();
    if (view.allHidden) return out;
    let n = 0;
    for (const item of items) {
      if (!view.enabled[item.category]) continue;
      if ((++n & ITEMS_PER_LOOK) === 0 && budget.due()) yield;
      let h = out.get(item.category);
      if (!h) {
        h = new win.Highlight();
        // Entities paint over the quotes that contain them.
        h.priority = item.category === 'quote' ? 0 : 1;
        out.set(item.category, h);
      }
      for (const r of item.ranges) h.add(r);
    }
    return out;
  }

  /** Puts the highlights in the page's registry, each category's replacing the last. */
  private show(highlights: Map<Category, Highlight> | null): void {
    const registry = highlights && this.doc.defaultView?.CSS.highlights;
    if (!registry) return;
    for (const c of CATEGORIES) {
      const h = highlights.get(c);
      if (h) registry.set(HIGHLIGHT_NAMES[c], h);
      else registry.delete(HIGHLIGHT_NAMES[c]);
    }
  }
}

function inEditable(r: Range): boolean {
  const el = r.startContainer.parentElement;
  return !!el && (el.isContentEditable || !!el.closest('[contenteditable=""], [contenteditable="true"], textarea, input'));
}
