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
