// Content script wiring: runs on every page. Detection is cheap and synchronous; everything else
// happens only on articles.

import { watchPage } from '../page/observe';
import { PageAnnotator } from '../page/annotator';
import browser from '../shared/browser';
import { asContentRequest, sendToBackground, type ContentMessages } from '../shared/messages';
import { parseSettings, SETTINGS_KEY, siteOf } from '../shared/settings';

async function loadSettings() {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(null);
  }
}

function start(): void {
  performance.mark('lede:start');
  const annotator = new PageAnnotator(document, {
    analyze: (article, summarySentences) =>
      sendToBackground({ type: 'analyze', article, summarySentences }).catch((e: unknown) => ({
        ok: false as const,
        error: e instanceof Error ? e.message : String(e),
      })),
    reportStatus: (status, entityCount) => void sendToBackground({ type: 'page-status', status, entityCount }).catch(() => undefined),
    loadSettings,
  });

  const update = (): void => {
    annotator.update().catch(() => undefined);
  };

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = asContentRequest(raw);
    if (!message) return undefined;
    let response: ContentMessages[keyof ContentMessages]['response'];
    switch (message.type) {
      case 'get-state':
        response = { site: siteOf(location.href), url: location.href, state: annotator.getState() };
        break;
      case 'scroll-to':
        response = { ok: annotator.scrollTo(message.span) };
        break;
      case 'set-enabled':
        annotator.setEnabled(message.enabled);
        response = { ok: true };
        break;
      case 'toggle-all':
        response = { allHidden: annotator.toggleAll() };
        break;
    }
    return Promise.resolve(response);
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) annotator.applySettings(parseSettings(changes[SETTINGS_KEY].newValue));
  });

  const controller = new AbortController();
  watchPage(document, { onChange: update, signal: controller.signal, ignore: (n) => annotator.isOwnNode(n) });
  document.addEventListener('pointermove', (e) => annotator.onPointerMove(e.clientX, e.clientY), { passive: true });
  update();
}

// Only real pages with a body; never inside our own extension pages.
if (document.documentElement && location.protocol !== 'moz-extension:' && location.protocol !== 'chrome-extension:') start();
