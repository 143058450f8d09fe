// The few extension APIs the content script uses, taken straight from the browser instead of
// through webextension-polyfill: the polyfill wraps `chrome` in proxies on first use, a cost every
// page paid before detection, and adds to the script every page loads. Chrome (MV3) and Firefox
// both return promises from these calls, and both take a synchronous sendResponse in onMessage.

export interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ContentApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): Port;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => void): void;
    };
  };
  storage: {
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
}

/** Firefox's `browser`, else Chrome's `chrome`; null outside an extension. */
export function contentApi(scope: object = globalThis): ContentApi | null {
  const g = scope as { browser?: Partial<ContentApi>; chrome?: Partial<ContentApi> };
  const api = g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : null;
  return api ? (api as ContentApi) : null;
}
