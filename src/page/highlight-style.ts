// The ::highlight() rules for the four categories and the flash, from the user's colours.
// The default colours come with the content script (content.css, the same rules); other colours
// are applied as a constructed stylesheet (document.adoptedStyleSheets), which changes no DOM node.

import { CATEGORIES, DEFAULT_COLORS, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, type Category } from '../shared/categories';

function rgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function highlightCss(colors: Record<Category, string>): string {
  const rules = CATEGORIES.map((c) =>
    c === 'quote'
      ? // Quotes are long: a light tint and an underline, so entity colours inside stay distinct.
        `::highlight(${HIGHLIGHT_NAMES[c]}) { background-color: ${rgba(colors[c], 0.16)}; text-decoration: underline ${rgba(colors[c], 0.9)} 2px; text-underline-offset: 3px; }`
      : `::highlight(${HIGHLIGHT_NAMES[c]}) { background-color: ${rgba(colors[c], 0.38)}; }`,
  );
  rules.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.95); color: #111; }`);
  return rules.join('\n');
}

let sheet: CSSStyleSheet | null = null;

const isDefault = (colors: Record<Category, string>): boolean => CATEGORIES.every((c) => colors[c] === DEFAULT_COLORS[c]);

/** Installs or updates Lede's highlight styles; returns false when the page cannot take them. */
export function applyHighlightStyles(doc: Document, colors: Record<Category, string>): boolean {
  // Adding a style sheet makes the browser restyle the whole page (hundreds of milliseconds on a
  // huge one): with the default colours, content.css already says it all.
  if (!sheet && isDefault(colors)) return true;
  try {
    const view = doc.defaultView;
    if (!view || !('adoptedStyleSheets' in doc)) return false;
    if (!sheet) {
      // The page window's constructor: Firefox content scripts may only adopt sheets made there.
      const Ctor = ((view as unknown as { wrappedJSObject?: typeof window }).wrappedJSObject?.CSSStyleSheet ?? view.CSSStyleSheet) as typeof CSSStyleSheet;
      sheet = new Ctor();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(highlightCss(colors));
    return true;
  } catch {
    return false; // the manifest's content.css still gives the default colours
  }
}
