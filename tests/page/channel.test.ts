// The content script's way to the background: one port per analysis, opened ahead of the request.

import { describe, expect, it } from 'vitest';
import { contentApi, type ContentApi, type Port } from '../../src/content/api';
import { openAnalysis } from '../../src/content/channel';
import { ANALYZE_PORT } from '../../src/shared/messages';
import { defaultSettings } from '../../src/shared/settings';

const article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', text: 'Body.' };

interface FakePort extends Port {
  name: string;
  sent: unknown[];
  disconnected: boolean;
  reply(m: unknown): void;
  drop(): void;
}

function fakeApi(opts: { throwOnConnect?: boolean } = {}): { api: ContentApi; ports: FakePort[] } {
  const ports: FakePort[] = [];
  const api = {
    runtime: {
      sendMessage: async () => undefined,
      onMessage: { addListener: () => undefined },
      connect({ name }: { name: string }): Port {
        if (opts.throwOnConnect) throw new Error('Extension context invalidated.');
        const onMessage: Array<(m: unknown) => void> = [];
        const onDisconnect: Array<() => void> = [];
        const port: FakePort = {
          name,
          sent: [],
          disconnected: false,
          postMessage: (m) => void port.sent.push(m),
          disconnect: () => void (port.disconnected = true),
          onMessage: { addListener: (l) => void onMessage.push(l) },
          onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
          reply: (m) => onMessage.forEach((l) => l(m)),
          drop: () => onDisconnect.forEach((l) => l()),
        };
        ports.push(port);
        return port;
      },
    },
    storage: { onChanged: { addListener: () => undefined } },
  } as ContentApi;
  return { api, ports };
}

describe('analysis channel', () => {
  it('opens the port at once, sends the article on it, and closes it after the answer', async () => {
    const { api, ports } = fakeApi();
    const channel = openAnalysis(api);
    expect(ports.map((p) => p.name)).toEqual([ANALYZE_PORT]);
    const answer = channel.analyze(article, 'https://example.com/a');
    expect(ports[0]!.sent).toEqual([{ type: 'analyze', article, url: 'https://example.com/a' }]);
    ports[0]!.reply({ ok: true, analysis: null, settings: { pausedSites: ['example.com'] } });
    expect(await answer).toEqual({ ok: true, analysis: null, settings: { ...defaultSettings(), pausedSites: ['example.com'] } });
    expect(ports[0]!.disconnected).toBe(true);
  });

  it('answers with an error when the background goes away or says nonsense', async () => {
    const { api, ports } = fakeApi();
    const answer = openAnalysis(api).analyze(article, 'https://example.com/a');
    ports[0]!.drop();
    expect((await answer).ok).toBe(false);
    const second = openAnalysis(api).analyze(article, 'https://example.com/a');
    ports[1]!.reply({ ok: 'yes' });
    expect(await second).toEqual({ ok: false, error: 'malformed answer from the background' });
  });

  it('opens the port again when the background closed it before the request', async () => {
    const { api, ports } = fakeApi();
    const channel = openAnalysis(api);
    ports[0]!.drop();
    const answer = channel.analyze(article, 'https://example.com/a');
    expect(ports).toHaveLength(2);
    ports[1]!.reply({ ok: false, error: 'x' });
    expect(await answer).toEqual({ ok: false, error: 'x' });
  });

  it('never throws when the extension is gone', async () => {
    const { api } = fakeApi({ throwOnConnect: true });
    expect(await openAnalysis(api).analyze(article, 'https://example.com/a')).toEqual({ ok: false, error: 'Extension context invalidated.' });
  });
});

describe('content api', () => {
  it("prefers Firefox's browser, then Chrome's chrome, else none", () => {
    const b = { runtime: {} };
    const c = { runtime: {} };
    expect(contentApi({ browser: b, chrome: c })).toBe(b);
    expect(contentApi({ chrome: c })).toBe(c);
    expect(contentApi({ chrome: {} })).toBeNull();
    expect(contentApi({})).toBeNull();
  });
});
