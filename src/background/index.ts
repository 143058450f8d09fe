// Background wiring: analysis requests from content scripts, the badge, the keyboard shortcut.

import browser, { type Runtime } from '../shared/browser';
import { asBackgroundRequest } from '../shared/messages';
import { handleCommand } from './commands';
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

browser.commands?.onCommand.addListener((command) => void handleCommand(command));

// Warm the model at start-up so the first article does not wait for it.
void getModels().catch(() => undefined);
