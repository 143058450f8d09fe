// Every popup feature, clicked through in a real browser on the OAN page: accessibility (axe, light
// and dark), category toggles that are remembered, hide-all, pause and resume, export, keyboard
// navigation, and the options page. Screenshots go to artifacts/e2e/.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './driver';
import { artifact, FIXTURES } from './paths';
import { startServer, type StaticServer } from './server';

const ledeHighlights = (): string[] => [...CSS.highlights.keys()].filter((k) => k.startsWith('lede-')).sort();

export function definePopupSuite(name: 'chromium' | 'firefox', launch: () => Promise<E2EBrowser>): void {
  describe(`${name}: the popup and options`, () => {
    let browser: E2EBrowser;
    let server: StaticServer;
    let page: E2EPage;
    let tabId: number;
    let popup: E2EPage;

    const openPopup = async (): Promise<E2EPage> => {
      const p = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await p.setViewport(420, 1400);
      await p.waitFor(() => !!document.querySelector('.headline, .status-title'), undefined, 15_000);
      return p;
    };

    beforeAll(async () => {
      server = await startServer(FIXTURES);
      browser = await launch();
      page = await browser.newPage();
      await page.goto(`${server.origin}/oan-article.html`);
      await page.waitFor(() => CSS.highlights.has('lede-person'), undefined, 30_000);
      tabId = await browser.tabIdOf(page);
      popup = await openPopup();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('has no accessibility violations, in light and in dark mode', async () => {
      expect(await popup.axe()).toEqual([]);
      await popup.screenshot(artifact(`${name}-popup-light.png`), true);
      if (await popup.setColorScheme('dark')) {
        const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).not.toBe('rgb(255, 255, 255)');
        expect(await popup.axe()).toEqual([]);
        await popup.screenshot(artifact(`${name}-popup-dark.png`), true);
        await popup.setColorScheme('light');
      }
    });

    it('turns a category off and on, and remembers it', async () => {
      await popup.click('input[data-category="person"]');
      await page.waitFor(() => !CSS.highlights.has('lede-person'), undefined, 5000);
      expect(await page.evaluate(ledeHighlights)).toEqual(['lede-organization', 'lede-place', 'lede-quote']);
      expect(((await browser.storageGet('settings')) as { enabled: { person: boolean } }).enabled.person).toBe(false);
      // A fresh popup shows the remembered choice.
      await popup.close();
      popup = await openPopup();
      expect(await popup.evaluate(() => (document.querySelector('input[data-category="person"]') as HTMLInputElement).checked)).toBe(false);
      await popup.click('input[data-category="person"]');
      await page.waitFor(() => CSS.highlights.has('lede-person'), undefined, 5000);
    });

    it('hides and shows all highlights', async () => {
      const button = '.controls .buttons:first-of-type .button:first-child';
      await popup.click(button);
      await page.waitFor(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('lede-')), undefined, 5000);
      expect(await popup.evaluate((s) => document.querySelector(s)?.textContent, button)).toBe('Show all highlights');
      await popup.click(button);
      await page.waitFor(() => CSS.highlights.has('lede-quote'), undefined, 5000);
    });

    it('is usable from the keyboard: Tab reaches a key point, Enter scrolls the page to it', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      // A fresh popup, as a reader opens it: the first Tab lands on the first key point.
      await popup.close();
      popup = await openPopup();
      await popup.press('Tab');
      const focused = await popup.evaluate(() => document.activeElement?.className ?? '');
      expect(focused).toContain('summary-sentence');
      const visibleFocus = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(visibleFocus).not.toBe('none');
      // The last key point is far enough down the page to need a scroll.
      const count = await popup.evaluate(() => document.querySelectorAll('.summary-sentence').length);
      for (let i = 1; i < count; i++) await popup.press('Tab');
      // The flash lasts 1.6 s and the smooth scroll runs on its own clock: note the flash when it
      // shows, so a slow scroll on a loaded machine is not taken for a missing flash.
      await page.evaluate(() => {
        const w = window as unknown as { __flashSeen?: boolean };
        const timer = setInterval(() => CSS.highlights.has('lede-flash') && ((w.__flashSeen = true), clearInterval(timer)), 10);
      });
      await popup.press('Enter');
      await page.waitFor(() => (window as unknown as { __flashSeen?: boolean }).__flashSeen === true, undefined, 5000);
      await page.waitFor(() => window.scrollY > 100, undefined, 5000);
    });

    it('copies the article as Markdown and offers JSON', async () => {
      await popup.click('.controls .buttons:nth-of-type(2) .button:first-child');
      await popup.waitFor(() => !!document.querySelector('.copy-status')?.textContent, undefined, 5000);
      const status = await popup.evaluate(() => document.querySelector('.copy-status')?.textContent ?? '');
      expect(['Copied to the clipboard.', 'Could not copy; your browser blocked the clipboard.']).toContain(status);
      const markdown = await popup.evaluate(async () => {
        try {
          return await navigator.clipboard.readText();
        } catch {
          return null;
        }
      });
      if (markdown !== null && status === 'Copied to the clipboard.') expect(markdown).toContain('## Who said what');
    });

    it('pauses on this site and resumes', async () => {
      await popup.evaluate(() => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.startsWith('Pause on'));
        b?.click();
      });
      await page.waitFor(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('lede-')), undefined, 5000);
      await popup.waitFor(() => document.querySelector('.status')?.getAttribute('data-status') === 'paused', undefined, 5000);
      await popup.screenshot(artifact(`${name}-popup-paused.png`));
      await popup.click('.status .button');
      await popup.close();
      // Resuming is remembered; a reload of the page annotates it again.
      await page.goto(`${server.origin}/oan-article.html`);
      await page.waitFor(() => CSS.highlights.has('lede-person'), undefined, 15_000);
      expect(((await browser.storageGet('settings')) as { pausedSites: string[] }).pausedSites).toEqual([]);
    });

    it('options: a new colour reaches the page, and the page has no accessibility violations', async () => {
      const options = await browser.openExtensionPage('src/options/index.html');
      expect(await options.axe()).toEqual([]);
      await options.evaluate(() => {
        const input = document.querySelector('input[type="color"]') as HTMLInputElement;
        input.value = '#ff0000';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await options.waitFor(() => document.querySelector('.saved')?.textContent === 'Saved.', undefined, 5000);
      expect(((await browser.storageGet('settings')) as { colors: { person: string } }).colors.person).toBe('#ff0000');
      await options.screenshot(artifact(`${name}-options.png`), true);
      await options.close();
    });
  });
}
