import { describe, expect, it, vi } from 'vitest';

// The polyfill throws outside an extension; the validators never touch it.
vi.mock('../../src/shared/browser', () => ({ default: {} }));

const { asBackgroundRequest, asContentRequest } = await import('../../src/shared/messages');

describe('message validation', () => {
  it('accepts well-formed requests', () => {
    expect(asContentRequest({ type: 'get-state' })).toEqual({ type: 'get-state' });
    expect(asContentRequest({ type: 'scroll-to', span: { start: 3, end: 9 }, extra: 1 })).toEqual({ type: 'scroll-to', span: { start: 3, end: 9 } });
    const article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', text: 'Body.' };
    expect(asBackgroundRequest({ type: 'analyze', article, summarySentences: 3 })?.type).toBe('analyze');
  });

  it('rejects anything malformed or unknown', () => {
    for (const bad of [null, 'get-state', 1, {}, { type: 'eval', code: '1' }, { type: 'scroll-to', span: { start: 'a', end: 2 } }, { type: 'scroll-to', span: { start: 5, end: 2 } }, { type: 'set-enabled', enabled: { person: true } }]) {
      expect(asContentRequest(bad)).toBeNull();
    }
    expect(asBackgroundRequest({ type: 'analyze', article: { text: 5 }, summarySentences: 3 })).toBeNull();
    expect(asBackgroundRequest({ type: 'page-status', status: 'ready' })).toBeNull();
    expect(asBackgroundRequest({ type: 'get-state' })).toBeNull();
  });
});
