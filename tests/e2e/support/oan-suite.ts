// The OAN story, served from 127.0.0.1, in a real browser with the built extension: what a reader
// sees on the page (highlights, hover card, badge) and in the popup. Written once, run per browser.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeQuote, OAN_QUOTES } from '../../fixtures/oan-expected';
import type { E2EBrowser, E2EPage } from './driver';
import { dumpHighlights, hoverCardText, mutationCount, mutationLog, pointOfHighlight, type HighlightDump } from './page-probes';
import { artifact, FIXTURES } from './paths';
import { startServer, type StaticServer } from './server';

const BODY = '.entry-content';

export function defineOanSuite(name: 'chromium' | 'firefox', launch: () => Promise<E2EBrowser>): void {
  describe(`${name}: the OAN article with Lede installed`, () => {
    let browser: E2EBrowser;
    let server: StaticServer;
    let page: E2EPage;
    let tabId: number;
    let highlights: HighlightDump;

    beforeAll(async () => {
      server = await startServer(FIXTURES);
      browser = await launch();
      page = await browser.newPage();
      await page.goto(`${server.origin}/oan-article.html`);
      // Annotated when all four categories are registered.
      await page.waitFor(() => ['lede-person', 'lede-organization', 'lede-place', 'lede-quote'].every((n) => CSS.highlights.has(n)), undefined, 30_000);
      highlights = await page.evaluate(dumpHighlights, BODY);
      tabId = await browser.tabIdOf(page);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights the people, with surnames linked and Austin as a person', () => {
      const people = highlights.texts['lede-person'] ?? [];
      expect(people.some((t) => t.endsWith('Joe Biden'))).toBe(true);
      expect(people.some((t) => t.endsWith('John Kirby'))).toBe(true);
      expect(people).toContain('Kirby');
      expect(people.some((t) => t.endsWith('Lloyd Austin'))).toBe(true);
      expect(people).toContain('Austin');
      expect(highlights.texts['lede-place'] ?? []).not.toContain('Austin');
    });

    it('highlights organizations and places', () => {
      expect(highlights.texts['lede-organization']).toContain('IRGC');
      expect(highlights.texts['lede-organization']).toContain('National Security Council');
      expect(highlights.texts['lede-place']).toContain('Iraq');
      expect(highlights.texts['lede-place']).toContain('Jordan');
    });

    it('highlights every quote', () => {
      const quotes = (highlights.texts['lede-quote'] ?? []).map(normalizeQuote);
      for (const q of OAN_QUOTES) expect(quotes).toContain(normalizeQuote(q.text));
    });

    it('paints only inside the article body, never in navigation, related links or the footer', () => {
      expect(highlights.outside).toEqual([]);
    });

    it('changes nothing in the page DOM', async () => {
      expect(await page.evaluate(mutationLog)).toEqual([]);
    });

    it('shows the article on the toolbar badge', async () => {
      expect(await browser.badgeText(tabId)).toMatch(/^\d+$/);
    });

    it('shows a hover card with the entity name and type', async () => {
      const at = await page.evaluate(pointOfHighlight, { name: 'lede-person', text: 'Kirby' });
      expect(at).not.toBeNull();
      await page.moveMouse(at!.x, at!.y);
      await page.waitFor(() => !!document.querySelector('lede-hover-card')?.shadowRoot?.textContent, undefined, 5000);
      const card = await page.evaluate(hoverCardText);
      expect(card).toContain('John Kirby');
      expect(card).toContain('Person');
      await page.screenshot(artifact(`${name}-hover-card.png`));
      await page.moveMouse(5, 5);
    });

    it('the popup shows the article and who said what; a click scrolls the page to the quote', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot(artifact(`${name}-page.png`));
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.setViewport(420, 1600);
      await popup.waitFor(() => !!document.querySelector('.headline'), undefined, 15_000);
      const view = await popup.evaluate(() => ({
        headline: document.querySelector('.headline')?.textContent ?? '',
        meta: document.querySelector('.meta')?.textContent ?? '',
        site: document.querySelector('.site-name')?.textContent ?? '',
        summary: [...document.querySelectorAll('.summary-sentence')].map((e) => e.textContent ?? ''),
        speakers: Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.speaker-group')].map((g) => [g.dataset.speaker ?? '', [...g.querySelectorAll('.quote')].map((q) => q.textContent ?? '')]),
        ),
        people: [...document.querySelectorAll<HTMLElement>('#h-person + .entities .entity')].map((e) => e.dataset.entity ?? ''),
      }));
      await popup.screenshot(artifact(`${name}-popup.png`), true);
      expect(view.headline).toBe('U.S. Launches Retaliatory Strikes Against Iran-Backed Militias In Iraq And Syria');
      expect(view.site).toBe('One America News Network');
      expect(view.meta).toContain('Sophia Flores');
      expect(view.meta).toContain('2024');
      expect(view.summary.length).toBeGreaterThanOrEqual(2);
      expect(view.people).toEqual(expect.arrayContaining(['Joe Biden', 'John Kirby', 'Lloyd Austin']));
      for (const q of OAN_QUOTES) {
        const said = (view.speakers[q.speaker] ?? []).map(normalizeQuote);
        expect(said, `quote of ${q.speaker}`).toContain(normalizeQuote(q.text));
      }

      // The page is at the top; clicking Lloyd Austin's last quote scrolls down to it and flashes it.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await popup.click('.speaker-group[data-speaker="Lloyd Austin"] li:last-child .quote');
      await page.waitFor(() => window.scrollY > 200 && CSS.highlights.has('lede-flash'), undefined, 5000);
      await popup.close();
    });

    it('leaves a page that is not an article alone, and the popup says so', async () => {
      server.pages.set(
        '/section/world',
        `<!doctype html><html lang="en"><head><title>World News | Example</title></head><body>
         <nav><a href="/">Home</a> <a href="/us">U.S.</a> <a href="/world">World</a></nav>
         <h1>World</h1><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">President Joe Biden meets leaders in Paris, story ${i}</a></li>`).join('')}</ul>
         <footer>© Example News</footer></body></html>`,
      );
      const other = await browser.newPage();
      await other.goto(`${server.origin}/section/world`);
      const otherTab = await browser.tabIdOf(other);
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${otherTab}`);
      await popup.waitFor(() => !!document.querySelector('.status-title'), undefined, 15_000);
      expect(await popup.evaluate(() => document.querySelector('.status-title')?.textContent)).toBe('This page isn’t a news article');
      expect(await other.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('lede-')))).toEqual([]);
      expect(await other.evaluate(mutationCount)).toBe(0);
      expect(await browser.badgeText(otherTab)).toBe('');
      await popup.close();
      await other.close();
    });

    it('makes no network request of its own, and its pages cannot', async () => {
      expect(browser.requestsOutside(server.origin)).toEqual([]);
      // The server saw only what the tests opened (and the browser's own favicon look-up).
      const opened = new Set(['/oan-article.html', '/section/world', '/favicon.ico']);
      expect(server.log.filter((p) => !opened.has(p))).toEqual([]);
      // The extension's content_security_policy blocks any request from its own pages.
      const options = await browser.openExtensionPage('src/options/index.html');
      const blocked = await options.evaluate(async (url: string) => {
        try {
          await fetch(url);
          return false;
        } catch {
          return true;
        }
      }, `${server.origin}/csp-probe`);
      expect(blocked).toBe(true);
      expect(server.log).not.toContain('/csp-probe');
      await options.close();
    });
  });
}
