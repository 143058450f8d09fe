// Content script wiring: runs on every page. Detection is cheap and synchronous; everything else
// happens only on articles.

import { watchPage } from '../page/observe';
import { PageAnnotator } from '../page/annotator';
import { asContentRequest, type ContentMessages } from '../shared/messages';
import { parseSettings, SETTINGS_KEY, siteOf } from '../shared/settings';
import { contentApi, type ContentApi } from './api';
import { openAnalysis } from './channel';

function start(api: ContentApi): void {
  performance.mark('lede:start');
  let articleSeen = false;
  const annotator = new PageAnnotator(document, {
    openAnalysis: () => {
      if (!articleSeen) {
        articleSeen = true;
        // In a task of its own, while the background analyzes: the first use of the storage API
        // costs the page a millisecond, which should not delay extraction.
        setTimeout(() => listenWhenArticle(api, annotator), 0);
      }
      return openAnalysis(api);
    },
    reportStatus: (status, entityCount) => void api.runtime.sendMessage({ type: 'page-status', status, entityCount }).catch(() => undefined),
  });

  const update = (): void => {
    annotator.update().catch(() => undefined);
  };

  // Every answer is ready at once: given through sendResponse, which both browsers take.
  api.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = asContentRequest(raw);
    if (!message) return;
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
    sendResponse(response);
  });

  watchPage(document, { onChange: update, ignore: (n) => annotator.isOwnNode(n) });
  update();
}

/** Settings changes and the pointer (the hover card) matter only once there is something painted. */
function listenWhenArticle(api: ContentApi, annotator: PageAnnotator): void {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) annotator.applySettings(parseSettings(changes[SETTINGS_KEY].newValue));
  });
  document.addEventListener('pointermove', (e) => annotator.onPointerMove(e.clientX, e.clientY), { passive: true });
}

// Only real pages with a body; never inside our own extension pages.
const api = contentApi();
if (api && document.documentElement && location.protocol !== 'moz-extension:' && location.protocol !== 'chrome-extension:') start(api);
