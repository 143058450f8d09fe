// Highlight toggles per category (remembered), hide-all, pause on this site, export, options.

import { useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../shared/categories';

interface Props {
  enabled: Record<Category, boolean>;
  allHidden: boolean;
  site: string | null;
  onToggle: (category: Category, on: boolean) => void;
  onToggleAll: () => void;
  onPause: () => void;
  onCopy: () => Promise<boolean>;
  onSaveJson: () => void;
  onOptions: () => void;
}

export function Controls(p: Props) {
  const [copied, setCopied] = useState<null | boolean>(null);
  return (
    <section class="section controls" aria-labelledby="h-controls">
      <h2 id="h-controls">Highlights</h2>
      <fieldset class="toggles">
        <legend class="visually-hidden">Show highlights for</legend>
        {CATEGORIES.map((c) => (
          <label class="toggle" key={c}>
            <input type="checkbox" data-category={c} checked={p.enabled[c]} onChange={(e) => p.onToggle(c, (e.currentTarget as HTMLInputElement).checked)} />
            <span class={`swatch swatch-${c}`} aria-hidden="true" />
            {CATEGORY_LABELS[c]}
          </label>
        ))}
      </fieldset>
      <div class="buttons">
        <button type="button" class="button" onClick={p.onToggleAll} aria-pressed={p.allHidden}>
          {p.allHidden ? 'Show all highlights' : 'Hide all highlights'}
        </button>
        {p.site && (
          <button type="button" class="button" onClick={p.onPause}>
            Pause on {p.site}
          </button>
        )}
      </div>
      <div class="buttons">
        <button
          type="button"
          class="button"
          onClick={async () => {
            setCopied(await p.onCopy());
            setTimeout(() => setCopied(null), 2000);
          }}
        >
          Copy as Markdown
        </button>
        <button type="button" class="button" onClick={p.onSaveJson}>
          Save JSON
        </button>
        <button type="button" class="button" onClick={p.onOptions}>
          Options
        </button>
      </div>
      <p class="copy-status" role="status" aria-live="polite">
        {copied === true ? 'Copied to the clipboard.' : copied === false ? 'Could not copy; your browser blocked the clipboard.' : ''}
      </p>
    </section>
  );
}
