// One analysis request to the background over a port opened ahead of time. runtime.sendMessage
// opens a channel per message (connect, acknowledge, then the message); a port opened as soon as
// the page is judged an article is open by the time extraction is done, so the request goes
// straight through.

import { ANALYZE_PORT, asAnalyzeResponse, type AnalyzeResponse } from '../shared/messages';
import type { AnalysisChannel } from '../page/annotator';
import type { ContentApi, Port } from './api';

const failed = (e: unknown): AnalyzeResponse => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

export function openAnalysis(api: ContentApi): AnalysisChannel {
  let port: Port | null = null;
  let answer: ((r: AnalyzeResponse) => void) | null = null;

  const close = (): void => {
    const p = port;
    port = null;
    try {
      p?.disconnect();
    } catch {
      // Already gone.
    }
  };
  const settle = (r: AnalyzeResponse): void => {
    const resolve = answer;
    answer = null;
    close();
    resolve?.(r);
  };
  /** Throws when the extension was reloaded or removed (this page's script is orphaned). */
  const connect = (): Port => {
    const p = api.runtime.connect({ name: ANALYZE_PORT });
    p.onMessage.addListener((m) => settle(asAnalyzeResponse(m) ?? { ok: false, error: 'malformed answer from the background' }));
    // The background went away (extension reloaded, worker stopped mid-request).
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      settle({ ok: false, error: 'the background closed the connection' });
    });
    return p;
  };

  try {
    port = connect();
  } catch {
    port = null; // analyze() tries again and reports the error
  }
  return {
    analyze(article, url) {
      return new Promise((resolve) => {
        try {
          // A port the background closed before we asked (its worker restarted) is opened again.
          port ??= connect();
          answer = resolve;
          port.postMessage({ type: 'analyze', article, url });
        } catch (e) {
          answer = null;
          resolve(failed(e));
        }
      });
    },
    close,
  };
}
