// Keyboard shortcuts (the commands API): "toggle-highlights" shows or hides all highlights on
// the active tab.

import browser from '../shared/browser';
import { sendToTab } from '../shared/send';

export const TOGGLE_COMMAND = 'toggle-highlights';

/** Handles one command; resolves to whether a tab took it. */
export async function handleCommand(command: string): Promise<boolean> {
  if (command !== TOGGLE_COMMAND) return false;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    await sendToTab(tab.id, { type: 'toggle-all' });
    return true;
  } catch {
    return false; // no content script on this tab (a browser page): nothing to toggle
  }
}
