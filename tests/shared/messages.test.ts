import { describe, expect, it, vi } from 'vitest';

// The polyfill throws outside an extension; the validators never touch it.
vi.mock('../../src/shared/browser', () => ({ default: {} }));

const { asAnalyzeRequest, asAnalyzeResponse, asBackgroundRequest, asContentRequest } = await import('../../src/shared/messages');
const { defaultSettings } = await import('../../src/shared/settings');

describe('message validation', () => {
  it('accepts well-formed requests', () => {
    expect(asContentRequest({ type: 'get-state' })).toEqual({ type: 'get-state' });
    expect(asContentRequest({ type: 'scroll-to', span: { start: 3, end: 9 }, extra: 1 })).toEqual({ type: 'scroll-to', span: { start: 3, end: 9 } });
    const article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', text: 'Body.' };
    expect(asAnalyzeRequest({ type: 'analyze', article, url: 'https://example.com/a' })?.type).toBe('analyze');
    expect(asBackgroundRequest({ type: 'page-status', status: 'ready', entityCount: 3 })?.type).toBe('page-status');
  });

  it('rejects anything malformed or unknown', () => {
    for (const bad of [null, 'get-state', 1, {}, { type: 'eval', code: '1' }, { type: 'scroll-to', span: { start: 'a', end: 2 } }, { type: 'scroll-to', span: { start: 5, end: 2 } }, { type: 'set-enabled', enabled: { person: true } }]) {
      expect(asContentRequest(bad)).toBeNull();
    }
    expect(asAnalyzeRequest({ type: 'analyze', article: { text: 5 }, url: 'https://example.com/a' })).toBeNull();
    expect(asAnalyzeRequest({ type: 'analyze', article: { title: null, byline: null, siteName: null, publishedTime: null, lang: null, text: 'x' } })).toBeNull();
    expect(asBackgroundRequest({ type: 'analyze', article: { text: 'x' }, url: 'https://example.com/a' })).toBeNull();
    expect(asBackgroundRequest({ type: 'page-status', status: 'ready' })).toBeNull();
    expect(asBackgroundRequest({ type: 'get-state' })).toBeNull();
  });

  it("takes the background's answer with its settings re-parsed", () => {
    // The article stays with the page: the answer carries the rest of the analysis.
    const analysis = { entities: [], quotes: [], speech: [], summary: ['Body.'], summarySpans: [], skipped: null, isArticle: true, stats: { words: 1, readingMinutes: 1, analyzedChars: 5 } };
    const answer = asAnalyzeResponse({ ok: true, analysis, settings: { summarySentences: 99, pausedSites: 'all' } });
    expect(answer?.ok && answer.analysis?.summary).toEqual(['Body.']);
    expect(answer?.ok && answer.settings).toEqual({ ...defaultSettings(), summarySentences: 7 });
    // Paused: no analysis.
    expect(asAnalyzeResponse({ ok: true, analysis: null, settings: {} })).toEqual({ ok: true, analysis: null, settings: defaultSettings() });
    expect(asAnalyzeResponse({ ok: false, error: 'boom' })).toEqual({ ok: false, error: 'boom' });
    for (const bad of [null, 'x', { ok: true }, { ok: true, settings: {}, analysis: { entities: [] } }, { ok: true, analysis: null }]) {
      expect(asAnalyzeResponse(bad)).toBeNull();
    }
  });
});
