// The hover card: entity name and type, or a quote's speaker, next to the pointer.
// It lives in a shadow root so page CSS cannot touch it, is created on the first hover only,
// takes no pointer events, and shows page text with textContent only (never as HTML).

import type { PaintedItem } from './highlight';

const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; display: none; }
.card { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; background: #fff;
  border: 1px solid #d0d4da; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 10px;
  max-width: 320px; overflow-wrap: anywhere; border-left: 4px solid var(--accent, #888); }
.title { font-weight: 600; display: block; max-height: 5.4em; overflow: hidden; }
.detail { color: #555; display: block; margin-top: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #eee; background: #23262b; border-color: #3a3f46; }
  .detail { color: #b8bec7; }
}`;

export class HoverCard {
  private host: HTMLElement | null = null;
  private title: HTMLElement | null = null;
  private detail: HTMLElement | null = null;
  private card: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  show(item: PaintedItem, x: number, y: number, accent: string): void {
    this.ensure();
    this.title!.textContent = clip(item.title, 200);
    this.detail!.textContent = item.detail;
    this.card!.style.setProperty('--accent', accent);
    const host = this.host!;
    host.style.display = 'block';
    const view = this.doc.defaultView!;
    const left = Math.min(x + 12, view.innerWidth - 340);
    const top = y + 18 + 80 > view.innerHeight ? y - 70 : y + 18;
    host.style.left = `${Math.max(4, left)}px`;
    host.style.top = `${Math.max(4, top)}px`;
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement('lede-hover-card');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    const title = this.doc.createElement('span');
    title.className = 'title';
    const detail = this.doc.createElement('span');
    detail.className = 'detail';
    card.append(title, detail);
    root.append(style, card);
    // Outside <body>, so page scripts that walk the body never meet it.
    this.doc.documentElement.append(host);
    Object.assign(this, { host, title, detail, card });
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
