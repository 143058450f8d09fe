// A PopupConnector for tests: a fixed page report and a log of what the popup asked for.

import type { Span } from '../../src/core/types';
import type { PopupConnector, PopupReport } from '../../src/popup/connector';
import { defaultSettings, type Settings } from '../../src/shared/settings';

export interface MockConnector extends PopupConnector {
  scrolled: Span[];
  copied: string[];
  downloads: { filename: string; json: string }[];
  settings: Settings;
  toggles: number;
}

export function mockConnector(report: PopupReport | (() => PopupReport)): MockConnector {
  const c: MockConnector = {
    scrolled: [],
    copied: [],
    downloads: [],
    settings: defaultSettings(),
    toggles: 0,
    getState: async () => (typeof report === 'function' ? report() : report),
    scrollTo: async (span) => {
      c.scrolled.push(span);
      return true;
    },
    setEnabled: async () => undefined,
    toggleAll: async () => ++c.toggles % 2 === 1,
    getSettings: async () => c.settings,
    saveSettings: async (s) => {
      c.settings = s;
    },
    openOptions: async () => undefined,
    faviconUrl: () => null,
    copyText: async (t) => {
      c.copied.push(t);
      return true;
    },
    downloadJson: async (filename, json) => {
      c.downloads.push({ filename, json });
    },
  };
  return c;
}
