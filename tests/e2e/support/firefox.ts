/// <reference types="chrome" />
// Firefox ESR (Debian's /usr/bin/firefox-esr) with the extension installed as a temporary add-on,
// driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox).

import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatViolations, MUTATION_LOGGER, poll, type AxeViolation, type E2EBrowser, type E2EPage } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'lede@lede.example';
/** Fixed so tests can open moz-extension:// pages. */
const ADDON_UUID = '6f2c2a4e-1f7e-4d5b-9a53-7b3e6c1d2e01';

function wrap(page: Page): E2EPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => void (await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg)),
    click: (selector) => page.click(selector),
    moveMouse: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    // Media emulation needs CDP, which Firefox does not speak; the popup's CSS is the same in both.
    setColorScheme: async () => false,
    axe: async () => {
      // The same axe-core that @axe-core/playwright injects in Chromium.
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map(() => 0) }));
      });
      return formatViolations(violations as AxeViolation[]);
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(extensionDir: string): Promise<E2EBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Needed to open moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  await browser.installExtension(extensionDir);
  const requests: string[] = [];
  const track = (page: Page): void => void page.on('request', (r) => void requests.push(r.url()));

  let helper: Page | null = null;
  const openExtensionTab = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    track(page);
    const url = `moz-extension://${ADDON_UUID}/${path}`;
    // page.goto never resolves for moz-extension:// pages here (and page.url() stays
    // about:blank): fire it, then poll the document itself.
    void page.goto(url).catch(() => undefined);
    await poll(
      () => page.evaluate((u: string) => location.href === u && document.readyState === 'complete' && !!document.body?.firstElementChild, url),
      20_000,
      `${path} to load`,
    );
    return page;
  };
  const openExtensionPage = async (path: string): Promise<E2EPage> => wrap(await openExtensionTab(path));
  /** An extension page to call extension APIs from. */
  const extensionApi = async (): Promise<Page> => (helper ??= await openExtensionTab('src/options/index.html'));

  return {
    name: 'firefox',
    async newPage() {
      const page = await browser.newPage();
      track(page);
      await page.evaluateOnNewDocument(MUTATION_LOGGER);
      return wrap(page);
    },
    openExtensionPage,
    async tabIdOf(page) {
      const url = await page.evaluate(() => location.href);
      const api = await extensionApi();
      // Match patterns with a port match nothing in Firefox's tabs.query: match the host, filter here.
      const id = await poll(
        () =>
          api.evaluate(async (u: string) => {
            const b = (globalThis as unknown as { browser: typeof chrome }).browser;
            const tabs = await b.tabs.query({ url: 'http://127.0.0.1/*' });
            return tabs.find((t) => t.url === u)?.id ?? null;
          }, url),
        5000,
        'the tab id',
      );
      // Opening the extension page put the page in the background, where timers are throttled.
      await page.bringToFront();
      return id;
    },
    async badgeText(tabId) {
      const api = await extensionApi();
      return api.evaluate(async (id: number) => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        return b.action.getBadgeText({ tabId: id });
      }, tabId);
    },
    async tabReport(tabId) {
      const api = await extensionApi();
      return api.evaluate(async (id: number) => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        return b.tabs.sendMessage(id, { type: 'get-state' });
      }, tabId);
    },
    async storageSet(key, value) {
      const api = await extensionApi();
      await api.evaluate(
        async (k: string, v: unknown) => {
          const b = (globalThis as unknown as { browser: typeof chrome }).browser;
          await b.storage.local.set({ [k]: v });
        },
        key,
        value,
      );
    },
    async storageGet(key) {
      const api = await extensionApi();
      return api.evaluate(async (k: string) => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await b.storage.local.get(k))[k];
      }, key);
    },
    requestsOutside: (origin) => requests.filter((u) => /^https?:/.test(u) && !u.startsWith(origin + '/')),
    close: () => browser.close(),
  };
}
