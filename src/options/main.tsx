import { render } from 'preact';
import browser from '../shared/browser';
import { parseSettings, SETTINGS_KEY } from '../shared/settings';
import { Options, type SettingsStore } from './Options';
import './options.css';

const store: SettingsStore = {
  async load() {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  },
  async save(settings) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  },
};

render(<Options store={store} />, document.getElementById('app')!);
