// Options: colours and visibility per category, and the sites where Lede is paused.

import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LABELS, DEFAULT_COLORS, type Category } from '../shared/categories';
import { defaultSettings, type Settings } from '../shared/settings';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

export function Options({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    store.load().then(setSettings, () => setSettings(defaultSettings()));
  }, [store]);

  if (!settings) return <main class="options" aria-busy="true" />;

  const update = async (next: Settings): Promise<void> => {
    setSettings(next);
    await store.save(next);
    setSaved('Saved.');
    setTimeout(() => setSaved(''), 1500);
  };
  const setColor = (c: Category, color: string): void => void update({ ...settings, colors: { ...settings.colors, [c]: color } });
  const setOn = (c: Category, on: boolean): void => void update({ ...settings, enabled: { ...settings.enabled, [c]: on } });
  const unpause = (site: string): void => void update({ ...settings, pausedSites: settings.pausedSites.filter((s) => s !== site) });

  return (
    <main class="options">
      <h1>Lede options</h1>
      <section aria-labelledby="h-cats">
        <h2 id="h-cats">Highlights</h2>
        <table class="cats">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Shown</th>
              <th scope="col">Colour</th>
              <th scope="col">Preview</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{CATEGORY_LABELS[c]}</th>
                <td>
                  <input type="checkbox" aria-label={`Show ${CATEGORY_LABELS[c]}`} checked={settings.enabled[c]} onChange={(e) => setOn(c, (e.currentTarget as HTMLInputElement).checked)} />
                </td>
                <td>
                  <input type="color" aria-label={`Colour for ${CATEGORY_LABELS[c]}`} value={settings.colors[c]} onInput={(e) => setColor(c, (e.currentTarget as HTMLInputElement).value)} />
                  {settings.colors[c] !== DEFAULT_COLORS[c] && (
                    <button type="button" class="button small" onClick={() => setColor(c, DEFAULT_COLORS[c])}>
                      Reset
                    </button>
                  )}
                </td>
                <td>
                  {/* The same tint the page gets, on a light and on a dark page. */}
                  <span class="page-sample light">
                    <span class="preview" style={{ backgroundColor: `${settings.colors[c]}${c === 'quote' ? '29' : '61'}` }}>
                      Sample
                    </span>
                  </span>
                  <span class="page-sample dark">
                    <span class="preview" style={{ backgroundColor: `${settings.colors[c]}${c === 'quote' ? '29' : '61'}` }}>
                      Sample
                    </span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="h-paused">
        <h2 id="h-paused">Paused sites</h2>
        {settings.pausedSites.length === 0 ? (
          <p class="muted">None. Use “Pause on this site” in the popup to add one.</p>
        ) : (
          <ul class="paused">
            {settings.pausedSites.map((s) => (
              <li key={s}>
                <span>{s}</span>
                <button type="button" class="button small" onClick={() => unpause(s)} aria-label={`Resume on ${s}`}>
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p class="saved" role="status" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}
