/// <reference types="chrome" />
// Chromium (Debian's /usr/bin/chromium) with the unpacked extension, driven by playwright-core.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { formatViolations, MUTATION_LOGGER, poll, type E2EBrowser, type E2EPage } from './driver';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless Chromium in a container, with nothing of its own going to the network. */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function wrap(page: Page): E2EPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => void (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs })),
    click: (selector) => page.click(selector),
    moveMouse: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    setColorScheme: async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      return true;
    },
    axe: async () => formatViolations((await new AxeBuilder({ page }).analyze()).violations),
    close: () => page.close(),
  };
}

export async function launchChromium(extensionDir: string): Promise<E2EBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...HEADLESS_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(MUTATION_LOGGER);
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const pages = new Map<E2EPage, Page>();

  const newPage = async (): Promise<E2EPage> => {
    const p = await context.newPage();
    const w = wrap(p);
    pages.set(w, p);
    return w;
  };

  return {
    name: 'chromium',
    newPage,
    async openExtensionPage(path) {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      const w = wrap(p);
      pages.set(w, p);
      return w;
    },
    async tabIdOf(page) {
      // Without the "tabs" permission URLs are hidden from the extension; the active tab is not.
      await page.bringToFront();
      return poll(
        () => worker.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null),
        5000,
        'the active tab id',
      );
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    tabReport: (tabId) => worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId),
    storageSet: (key, value) => worker.evaluate(([k, v]) => chrome.storage.local.set({ [k]: v }), [key, value] as const),
    storageGet: (key) => worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key),
    requestsOutside: (origin) => requests.filter((u) => /^https?:/.test(u) && !u.startsWith(origin + '/')),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
