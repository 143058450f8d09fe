// Re-runs detection when the page changes under us: SPA navigation (the URL changes without a
// load) or the main content being added or replaced (client rendering, live blogs, infinite
// scroll). Debounced until the page settles, and rate-limited so a page that re-renders forever
// cannot make us loop. Lede itself never mutates the page, so it cannot trigger itself.

export type ChangeReason = 'url' | 'content';

export interface WatchOptions {
  onChange: (reason: ChangeReason) => void;
  /** Stops watching (tests); the content script watches for the page's lifetime. */
  signal?: AbortSignal;
  /** Quiet time before a content change counts (default 600 ms). */
  settleMs?: number;
  /** At most this many content re-runs per minute (default 6). */
  maxPerMinute?: number;
  /** Nodes whose changes are ours or irrelevant (the hover card host). */
  ignore?: (node: Node) => boolean;
}

/** Enough added or removed text to be worth a re-run; tiny changes (clocks, counters) are not. */
const MIN_CHANGED_CHARS = 200;

export function watchPage(doc: Document, opts: WatchOptions): void {
  const settleMs = opts.settleMs ?? 600;
  const maxPerMinute = opts.maxPerMinute ?? 6;
  const win = doc.defaultView!;
  let lastUrl = win.location.href;
  let changed = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runs: number[] = [];

  const fire = (reason: ChangeReason): void => {
    const now = Date.now();
    while (runs.length && now - runs[0]! > 60_000) runs.shift();
    if (reason === 'content' && runs.length >= maxPerMinute) {
      // Too busy: look again when the window has room, instead of dropping the change.
      clearTimeout(timer);
      timer = setTimeout(() => fire('content'), 60_000 - (now - runs[0]!));
      return;
    }
    runs.push(now);
    opts.onChange(reason);
  };

  const checkUrl = (): boolean => {
    const href = win.location.href;
    if (href === lastUrl) return false;
    const sameDocument = href.split('#')[0] === lastUrl.split('#')[0];
    lastUrl = href;
    if (sameDocument) return false; // an anchor jump is not a new article
    changed = 0;
    clearTimeout(timer);
    // Give the new view a moment to render before reading it.
    timer = setTimeout(() => fire('url'), settleMs);
    return true;
  };

  const observer = new MutationObserver((records) => {
    if (checkUrl()) return;
    for (const r of records) {
      if (opts.ignore?.(r.target)) continue;
      if (r.type === 'characterData') changed += Math.abs((r.target.nodeValue?.length ?? 0) - (r.oldValue?.length ?? 0)) + 1;
      for (const n of r.addedNodes) if (!opts.ignore?.(n)) changed += n.textContent?.length ?? 0;
      for (const n of r.removedNodes) changed += n.textContent?.length ?? 0;
    }
    clearTimeout(timer);
    // Small changes only count while they keep coming; a quiet period forgets them.
    timer = setTimeout(() => {
      const enough = changed >= MIN_CHANGED_CHARS;
      changed = 0;
      if (enough) fire('content');
    }, settleMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });

  const onNav = (): void => void checkUrl();
  win.addEventListener('popstate', onNav);
  win.addEventListener('hashchange', onNav);
  // pushState fires no event a content script can hear; the Navigation API does, where present.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onNav);

  opts.signal?.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    win.removeEventListener('popstate', onNav);
    win.removeEventListener('hashchange', onNav);
    nav?.removeEventListener('navigatesuccess', onNav);
  });
}
