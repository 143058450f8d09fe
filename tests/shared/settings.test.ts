import { describe, expect, it } from 'vitest';
import { defaultSettings, isPaused, parseSettings, siteOf } from '../../src/shared/settings';

describe('stored settings', () => {
  it('fall back to defaults when missing or corrupted', () => {
    for (const raw of [undefined, null, 42, 'garbage', [], { enabled: 'yes' }, { colors: null }]) {
      expect(parseSettings(raw)).toEqual(defaultSettings());
    }
  });

  it('keep every valid field of an old or partial format and drop the rest', () => {
    const s = parseSettings({
      enabled: { person: false, quote: 'no' },
      colors: { place: '#ABCDEF', person: 'red', organization: 'javascript:alert(1)' },
      pausedSites: ['Example.com', 'example.com', 12, 'bad host/with path', 'localhost:8080'],
      summarySentences: 99,
      extra: { anything: true },
    });
    expect(s.enabled).toEqual({ person: false, organization: true, place: true, quote: true });
    expect(s.colors.place).toBe('#abcdef');
    expect(s.colors.person).toBe(defaultSettings().colors.person);
    expect(s.colors.organization).toBe(defaultSettings().colors.organization);
    expect(s.pausedSites).toEqual(['example.com', 'localhost:8080']);
    expect(s.summarySentences).toBe(7);
  });

  it('pause by host, and only for web pages', () => {
    const s = { ...defaultSettings(), pausedSites: ['news.example.com'] };
    expect(isPaused(s, 'https://news.example.com/2024/story')).toBe(true);
    expect(isPaused(s, 'https://example.com/story')).toBe(false);
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
