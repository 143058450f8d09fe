// Typed senders for extension pages and the background (through the polyfill). The content script
// sends with the browser's own API (src/content/api.ts) and does not load this module.

import browser from './browser';
import type { ContentMessages } from './messages';

export async function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  message: ContentMessages[K]['request'] & { type: K },
): Promise<ContentMessages[K]['response']> {
  return (await browser.tabs.sendMessage(tabId, message)) as ContentMessages[K]['response'];
}
