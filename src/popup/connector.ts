// Everything the popup needs from the extension, behind one interface: the real one talks to
// the active tab's content script; tests and previews pass a mock.

import type { Span } from '../core/types';
import type { Category } from '../shared/categories';
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';

/** The page state, or that the popup cannot reach the page at all. */
export type PopupState = PageState | { status: 'unreachable' };

export interface PopupReport {
  site: string | null;
  /** The page's address, when the popup could reach it. */
  url?: string;
  state: PopupState;
}

export interface PopupConnector {
  getState(): Promise<PopupReport>;
  scrollTo(span: Span): Promise<boolean>;
  setEnabled(enabled: Record<Category, boolean>): Promise<void>;
  toggleAll(): Promise<boolean>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  openOptions(): Promise<void>;
  /** The browser's cached icon for a page, where the browser offers one without a network request. */
  faviconUrl(pageUrl: string): string | null;
  copyText(text: string): Promise<boolean>;
  downloadJson(filename: string, json: string): Promise<void>;
}
