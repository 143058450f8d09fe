// One small interface over Playwright (Chromium) and Puppeteer (Firefox, WebDriver BiDi), so each
// end-to-end scenario is written once and run in both real browsers with the built extension.

export interface E2EPage {
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page (no closures: it is serialized). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until fn(arg) is truthy in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  moveMouse(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Emulates prefers-color-scheme for this page; false where the driver cannot (Firefox over BiDi). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  /** axe-core on the page: one line per violation ("rule: help (n nodes)"). */
  axe(): Promise<string[]>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  /** A new tab; a page-world MutationObserver logs every DOM change into window.__ledeMutations. */
  newPage(): Promise<E2EPage>;
  /** An extension page (e.g. "src/popup/index.html?tab=3"), loaded and ready. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** The browser's tab id for a page (to point the popup at it). */
  tabIdOf(page: E2EPage): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** What the tab's content script reports (the popup's get-state). */
  tabReport(tabId: number): Promise<{ site: string | null; url: string; state: { status: string; [k: string]: unknown } }>;
  /** A value from the extension's storage.local. */
  storageGet(key: string): Promise<unknown>;
  storageSet(key: string, value: unknown): Promise<void>;
  /** Every http(s) request seen that did not go to the given origin. */
  requestsOutside(origin: string): string[];
  close(): Promise<void>;
}

/**
 * Init script for newPage: once the parser is done (content scripts run later, at document_idle),
 * records every DOM mutation into window.__ledeMutations. Test pages have no scripts of their
 * own, so anything logged was done by the extension. It also records every stall of the main
 * thread over 30 ms (a 10 ms timer that fired late) into window.__ledeStalls as [start, ms].
 */
export const MUTATION_LOGGER = `(() => {
  const stalls = [];
  Object.defineProperty(window, '__ledeStalls', { value: stalls });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 30) stalls.push([last, now - last]);
    last = now;
  }, 10);
  const log = [];
  Object.defineProperty(window, '__ledeMutations', { value: log });
  const start = () => new MutationObserver((records) => {
    for (const r of records) log.push(r.type + ':' + (r.target.nodeName || '') + ':' + [...r.addedNodes].map((n) => n.nodeName).join(','));
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();`;

export interface AxeViolation {
  id: string;
  help: string;
  nodes: unknown[];
}

export function formatViolations(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})`);
}

export async function poll<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
