// Background wiring: analysis requests from content scripts (over a port), the badge, the
// keyboard shortcut.

import browser, { type Runtime } from '../shared/browser';
import { ANALYZE_PORT, asAnalyzeRequest, asBackgroundRequest } from '../shared/messages';
import { handleCommand } from './commands';
import { handleAnalyze } from './analyze-request';
import { showPageStatus } from './badge';
import { getModels } from './models';
import { getSettings, watchSettings } from './settings';

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = asBackgroundRequest(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'page-status': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      // Only the top frame speaks for the tab.
      if (sender.frameId !== undefined && sender.frameId !== 0) return Promise.resolve({ ok: true as const });
      return showPageStatus(tabId, message.status, message.entityCount).then(
        () => ({ ok: true as const }),
        () => ({ ok: true as const }),
      );
    }
  }
});

// A content script opens the port when it judges its page an article and sends the article once
// extracted; the answer goes back on the same port.
browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== ANALYZE_PORT) return;
  port.onMessage.addListener((raw: unknown) => {
    const request = asAnalyzeRequest(raw);
    if (!request) return;
    void handleAnalyze(request, getSettings()).then((response) => {
      try {
        port.postMessage(response);
      } catch {
        // The page went away meanwhile.
      }
    });
  });
});

browser.commands?.onCommand.addListener((command) => void handleCommand(command));

watchSettings();
// Warm the model and the settings at start-up so the first article does not wait for them.
void getModels().catch(() => undefined);
void getSettings();
