import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS } from '../../src/shared/categories';
import { highlightCss } from '../../src/page/highlight-style';

/** The rules of a style sheet, comments dropped and white space collapsed. */
const rules = (css: string): string[] =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .map((r) => r.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('highlight styles', () => {
  // With the default colours no style sheet is added to the page (adding one restyles the whole
  // page), so the content script's own sheet must say exactly what highlightCss says.
  it('content.css holds the rules of the default colours', () => {
    const shipped = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'content.css'), 'utf8');
    expect(rules(shipped)).toEqual(rules(highlightCss(DEFAULT_COLORS)));
  });

  it('another colour changes the rules', () => {
    expect(rules(highlightCss({ ...DEFAULT_COLORS, person: '#ff0000' }))[0]).toContain('rgba(255, 0, 0, 0.38)');
  });
});
