// The settings as the background knows them: read from storage once per background lifetime and
// kept current from storage.onChanged, so answering a page costs no storage read.

import browser from '../shared/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

let current: Promise<Settings> | null = null;

export function getSettings(): Promise<Settings> {
  current ??= browser.storage.local.get(SETTINGS_KEY).then(
    (stored) => parseSettings(stored[SETTINGS_KEY]),
    () => parseSettings(null),
  );
  return current;
}

/** Keeps the copy current; call once at start-up. */
export function watchSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) current = Promise.resolve(parseSettings(changes[SETTINGS_KEY].newValue));
  });
}
