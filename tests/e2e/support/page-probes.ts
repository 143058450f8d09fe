// Functions evaluated inside the annotated page. Each is self-contained (it is serialized).

export interface HighlightDump {
  /** Highlight name → the text of each range, in registration order. */
  texts: Record<string, string[]>;
  /** Ranges whose text lies outside the article body container (selector given). */
  outside: string[];
}

export function dumpHighlights(bodySelector: string): HighlightDump {
  const texts: Record<string, string[]> = {};
  const outside: string[] = [];
  const body = document.querySelector(bodySelector);
  for (const [name, h] of CSS.highlights) {
    texts[name] = [];
    for (const r of h as unknown as Iterable<Range>) {
      const t = r.toString();
      texts[name]!.push(t);
      const node = r.commonAncestorContainer;
      if (!body || !body.contains(node)) outside.push(`${name}: ${t}`);
    }
  }
  return { texts, outside };
}

export interface LedeRuns {
  /** Longest slice of Lede's sliced page reading (ms); null if the reading never paused. */
  slice: number | null;
  /**
   * Lede's paint, the last run's (ms): its longest slice when it painted in several, else the one
   * task from the background's answer to the highlights.
   */
  paint: number | null;
  /** The page's longest main-thread stall (ms) within Lede's work, from lede:start to its last mark. */
  stall: number;
}

export function ledeRuns(): LedeRuns {
  const slices = performance.getEntriesByName('lede:longest-slice').map((e) => e.duration);
  const last = (name: string): number | undefined => performance.getEntriesByName(name).at(-1)?.startTime;
  const analyzed = last('lede:analyzed');
  const painted = last('lede:painted');
  const paintSlices = performance.getEntriesByName('lede:longest-paint-slice').filter((e) => analyzed !== undefined && e.startTime >= analyzed);
  const marks = performance.getEntries().filter((e) => e.name.startsWith('lede:'));
  const from = Math.min(...marks.map((m) => m.startTime));
  const to = Math.max(...marks.map((m) => m.startTime + m.duration));
  const stalls = (window as unknown as { __ledeStalls?: [number, number][] }).__ledeStalls ?? [];
  // Only the part of a stall after Lede started: before, the browser was still loading the page.
  const within = stalls.map(([t, ms]) => Math.min(t + ms, to) - Math.max(t, from));
  return {
    slice: slices.length ? Math.max(...slices) : null,
    paint: paintSlices.length ? paintSlices.at(-1)!.duration : analyzed !== undefined && painted !== undefined ? painted - analyzed : null,
    stall: Math.max(0, ...within),
  };
}

export function mutationCount(): number {
  return ((window as unknown as { __ledeMutations?: string[] }).__ledeMutations ?? []).length;
}

export function mutationLog(): string[] {
  return (window as unknown as { __ledeMutations?: string[] }).__ledeMutations ?? [];
}

/** Viewport centre of the first range of a highlight whose text equals `text`. */
export function pointOfHighlight(arg: { name: string; text: string }): { x: number; y: number } | null {
  const h = CSS.highlights.get(arg.name);
  if (!h) return null;
  for (const r of h as unknown as Iterable<Range>) {
    if (r.toString() !== arg.text) continue;
    const el = r.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

export function hoverCardText(): string | null {
  const host = document.querySelector('lede-hover-card') as HTMLElement | null;
  if (!host || host.style.display === 'none') return null;
  return host.shadowRoot?.querySelector('.card')?.textContent ?? null;
}
