// Background wiring: analysis requests from content scripts, the badge, the keyboard shortcut.

import browser, { type Runtime } from '../shared/browser';
import { asBackgroundRequest, sendToTab } from '../shared/messages';
import { handleAnalyze } from './analyze-request';
import { showPageStatus } from './badge';
import { getModels } from './models';

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = asBackgroundRequest(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'analyze':
      return handleAnalyze(message);
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

browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await sendToTab(tab.id, { type: 'toggle-all' });
  } catch {
    // No content script on this tab (a browser page): nothing to toggle.
  }
});

// Warm the model at start-up so the first article does not wait for it.
void getModels().catch(() => undefined);
