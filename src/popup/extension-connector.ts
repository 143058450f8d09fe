// The popup's connector in the extension: the active tab's content script and browser storage.

import browser from '../shared/browser';
import { sendToTab } from '../shared/send';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import type { PopupConnector, PopupReport } from './connector';

/**
 * The tab the popup is about: the active tab, or the one named by `?tab=ID` when the popup page
 * is opened in a tab of its own (a detached view, and how the end-to-end tests open it).
 */
async function activeTab(): Promise<{ id: number } | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return { id: named };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id };
}

export const extensionConnector: PopupConnector = {
  async getState(): Promise<PopupReport> {
    const tab = await activeTab();
    if (!tab) return { site: null, state: { status: 'unreachable' } };
    try {
      return await sendToTab(tab.id, { type: 'get-state' });
    } catch {
      // No content script there: a browser page, the web store, or a page loaded before install.
      return { site: null, state: { status: 'unreachable' } };
    }
  },
  async scrollTo(span) {
    const tab = await activeTab();
    if (!tab) return false;
    try {
      return (await sendToTab(tab.id, { type: 'scroll-to', span })).ok;
    } catch {
      return false;
    }
  },
  async setEnabled(enabled) {
    const tab = await activeTab();
    if (tab) await sendToTab(tab.id, { type: 'set-enabled', enabled }).catch(() => undefined);
  },
  async toggleAll() {
    const tab = await activeTab();
    if (!tab) return false;
    return (await sendToTab(tab.id, { type: 'toggle-all' }).catch(() => ({ allHidden: false }))).allHidden;
  },
  async getSettings() {
    const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
    return parseSettings(stored[SETTINGS_KEY]);
  },
  async saveSettings(settings: Settings) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  },
  faviconUrl(pageUrl) {
    // Chrome serves favicons from its own cache (the "favicon" permission); Firefox has no
    // such store, and fetching the site's icon would be a network request: show a monogram there.
    const permissions = browser.runtime.getManifest().permissions ?? [];
    if (!permissions.includes('favicon' as never)) return null;
    return browser.runtime.getURL(`/_favicon/?pageUrl=${encodeURIComponent(pageUrl)}&size=32`);
  },
  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
  async copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  async downloadJson(filename, json) {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
