// The four things Lede highlights: their CSS highlight names, labels and default colours.

export const CATEGORIES = ['person', 'organization', 'place', 'quote'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Names registered in CSS.highlights (the acceptance tests read these). */
export const HIGHLIGHT_NAMES: Record<Category, string> = {
  person: 'lede-person',
  organization: 'lede-organization',
  place: 'lede-place',
  quote: 'lede-quote',
};

/** The brief emphasis after the popup scrolls to something. */
export const FLASH_HIGHLIGHT = 'lede-flash';

export const CATEGORY_LABELS: Record<Category, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  quote: 'Quotes',
};

/**
 * Translucent defaults: a tint under the text keeps the page's own text colour, so they stay
 * readable on light and dark pages alike.
 */
export const DEFAULT_COLORS: Record<Category, string> = {
  person: '#f5c518',
  organization: '#4aa3ff',
  place: '#3ddc84',
  quote: '#c58af9',
};

export function isCategory(x: unknown): x is Category {
  return typeof x === 'string' && (CATEGORIES as readonly string[]).includes(x);
}
