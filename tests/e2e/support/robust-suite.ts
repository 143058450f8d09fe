// The page is never broken, and Lede never breaks: dynamic pages (frameworks, SPA navigation,
// late and live content), huge and odd pages, hostile text, corrupted settings. Run per browser.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './driver';
import { poll } from './driver';
import { ledeRuns } from './page-probes';
import { artifact, FIXTURES } from './paths';
import {
  deepPage,
  editablePage,
  framesAndShadowPage,
  GERMAN_STORY,
  HOSTILE_MARKUP,
  HOSTILE_QUOTE,
  hostilePage,
  hugeArticlePage,
  lateArticlePage,
  liveBlogPage,
  noTextPage,
  reactLikePage,
  spaPage,
  tinyNodesPage,
  articlePage,
  COUNCIL_STORY,
} from './robust-pages';
import { startServer, type StaticServer } from './server';

const highlightTexts = (name: string): string[] => [...((CSS.highlights.get(name) as unknown as Iterable<Range> | undefined) ?? [])].map((r) => r.toString());
const ledeNames = (): string[] => [...CSS.highlights.keys()].filter((k) => k.startsWith('lede-')).sort();
const runs = (): number => performance.getEntriesByName('lede:decided').length;

export function defineRobustSuite(name: 'chromium' | 'firefox', launch: () => Promise<E2EBrowser>): void {
  describe(`${name}: robustness`, () => {
    let browser: E2EBrowser;
    let server: StaticServer;

    const open = async (path: string, html: string): Promise<{ page: E2EPage; tabId: number }> => {
      server.pages.set(path, html);
      const page = await browser.newPage();
      await page.goto(`${server.origin}${path}`);
      return { page, tabId: await browser.tabIdOf(page) };
    };

    /** Waits until the content script has decided (any final state) and returns that state. */
    const settled = async (tabId: number, timeoutMs = 20_000): Promise<string> =>
      poll(
        async () => {
          const s = (await browser.tabReport(tabId)).state.status;
          return s === 'working' ? null : s;
        },
        timeoutMs,
        'the content script to settle',
      );

    beforeAll(async () => {
      server = await startServer(FIXTURES);
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('a React-like page that re-renders every 100 ms keeps working and stays highlighted, with no loop', async () => {
      const { page } = await open('/react', reactLikePage());
      await page.waitFor(() => CSS.highlights.has('lede-person') && CSS.highlights.has('lede-quote'), undefined, 20_000);
      const before = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
      await new Promise((r) => setTimeout(r, 3000));
      const after = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
      expect(after - before).toBeGreaterThan(15); // the page's own renderer kept running
      expect(await page.evaluate(highlightTexts, 'lede-person')).toEqual(expect.arrayContaining(['Ana Torres', 'Mark Ellison']));
      expect(await page.evaluate(runs)).toBeLessThanOrEqual(2);
      await page.close();
    });

    it('an article rendered late by the client is annotated once it arrives', async () => {
      const { page } = await open('/late', lateArticlePage());
      await page.waitFor(() => [...((CSS.highlights.get('lede-person') as unknown as Iterable<Range> | undefined) ?? [])].some((r) => r.toString() === 'Ana Torres'), undefined, 15_000);
      await page.close();
    });

    it('SPA navigation re-annotates another article and clears on a page that is not one', async () => {
      const { page, tabId } = await open('/spa/bridge', spaPage());
      await page.waitFor(() => CSS.highlights.has('lede-person'), undefined, 20_000);
      expect(await page.evaluate(highlightTexts, 'lede-person')).toContain('Ana Torres');
      await page.evaluate(() => (window as unknown as { __go: (p: string) => void }).__go('/spa/port'));
      await page.waitFor(
        () => {
          const t = [...((CSS.highlights.get('lede-person') as unknown as Iterable<Range> | undefined) ?? [])].map((r) => r.toString());
          return t.includes('Victor Alvarez') && !t.includes('Ana Torres');
        },
        undefined,
        15_000,
      );
      await page.evaluate(() => (window as unknown as { __go: (p: string) => void }).__go('/spa/sections'));
      await page.waitFor(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('lede-')), undefined, 15_000);
      // The page keeps its article <meta> after navigating: "no article text" is the honest answer.
      expect(['not-article', 'empty']).toContain((await browser.tabReport(tabId)).state.status);
      expect(await browser.badgeText(tabId)).toBe('');
      await page.close();
    });

    it('a live update added later is annotated once it settles', async () => {
      const { page } = await open('/live', liveBlogPage());
      await page.waitFor(() => CSS.highlights.has('lede-person'), undefined, 20_000);
      await page.evaluate(() => {
        const add = (window as unknown as { __append: (t: string) => void }).__append;
        add('Update, 3:40 p.m.: City engineer Priya Natarajan said the first two piers will be replaced in June, before any work on the deck begins.');
        add('Natarajan added that the contractor, Halvorsen Construction, has already ordered steel for the new supports from a mill in Ohio.');
      });
      await page.waitFor(() => [...((CSS.highlights.get('lede-person') as unknown as Iterable<Range> | undefined) ?? [])].some((r) => r.toString() === 'Priya Natarajan'), undefined, 15_000);
      await page.close();
    });

    /**
     * Lede reads and paints a huge page in slices of about 16 ms, so the tab keeps handling input
     * and rendering; before, a 5 MB article held the thread for over 300 ms at a time. The bounds
     * catch that regression with room for a loaded CI machine, where a 16 ms slice has measured
     * 52 ms; the 50 ms task target itself is measured by `npm run bench`, and that the paint pauses
     * when its slice is spent is tested in tests/page/paint.test.ts. The page-world stall bound is
     * loose: between Lede's slices the browser lays out the huge page itself.
     */
    const SLICE_BOUND_MS = 100;
    const expectResponsive = async (page: E2EPage, what: string): Promise<void> => {
      const runs = await page.evaluate(ledeRuns);
      expect(runs.slice, `${what}: read in slices`).not.toBeNull();
      expect(runs.slice!, `${what}: longest slice`).toBeLessThan(SLICE_BOUND_MS);
      expect(runs.paint ?? 0, `${what}: paint`).toBeLessThan(SLICE_BOUND_MS);
      expect(runs.stall, `${what}: longest stall of the page`).toBeLessThan(1500);
    };

    it('a 5 MB article: annotated in bounded time, and the tab stays responsive', async () => {
      const { page, tabId } = await open('/huge', hugeArticlePage(5_000_000));
      const t0 = Date.now();
      expect(await settled(tabId, 60_000)).toBe('ready');
      const seconds = (Date.now() - t0) / 1000;
      expect(seconds).toBeLessThan(60);
      expect(await page.evaluate(() => CSS.highlights.has('lede-person'))).toBe(true);
      await expectResponsive(page, '5 MB');
      await page.close();
    });

    it('50,000 tiny text nodes and 3,000 levels of nesting: no failure, bounded time, the tab stays responsive', async () => {
      const { page, tabId } = await open('/tiny', tinyNodesPage(50_000));
      expect(await settled(tabId, 30_000)).toBe('ready');
      await expectResponsive(page, '50,000 nodes');
      await page.close();
      const deep = await open('/deep', deepPage(3000));
      expect(await settled(deep.tabId, 30_000)).toBe('ready');
      await deep.page.close();
    });

    it('frames, shadow DOM and contenteditable: nothing outside the article, nothing editable painted', async () => {
      const a = await open('/frames', framesAndShadowPage());
      expect(await settled(a.tabId)).toBe('ready');
      const outside = await a.page.evaluate(() => {
        const story = document.getElementById('story')!;
        return [...CSS.highlights].flatMap(([n, h]) => [...(h as unknown as Iterable<Range>)].filter((r) => !story.contains(r.commonAncestorContainer)).map((r) => `${n}: ${r.toString()}`));
      });
      expect(outside).toEqual([]);
      await a.page.close();

      const b = await open('/editable', editablePage());
      expect(await settled(b.tabId)).toBe('ready');
      const inEditor = await b.page.evaluate(() => {
        const editor = document.getElementById('editor')!;
        return [...CSS.highlights].flatMap(([, h]) => [...(h as unknown as Iterable<Range>)].filter((r) => editor.contains(r.commonAncestorContainer)).map((r) => r.toString()));
      });
      expect(inEditor).toEqual([]);
      await b.page.close();
    });

    it('a page in German is left alone, and the popup says it is not English', async () => {
      const { page, tabId } = await open('/de', articlePage({ title: 'Stadt baut Brücke an der Hafenstraße neu', paragraphs: GERMAN_STORY, lang: 'de' }));
      expect(await settled(tabId)).toBe('not-english');
      expect(await page.evaluate(ledeNames)).toEqual([]);
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.waitFor(() => !!document.querySelector('.status-title'), undefined, 10_000);
      expect(await popup.evaluate(() => document.querySelector('.status-title')?.textContent)).toBe('This article isn’t in English');
      await popup.close();
      await page.close();
    });

    it('a page with no body text: no annotation, no failure', async () => {
      const { page, tabId } = await open('/empty', noTextPage());
      expect(['not-article', 'empty']).toContain(await settled(tabId));
      expect(await page.evaluate(ledeNames)).toEqual([]);
      await page.close();
    });

    it('hostile text shows as plain text in the popup and the hover card, and never runs', async () => {
      const { page, tabId } = await open('/hostile', hostilePage());
      expect(await settled(tabId)).toBe('ready');
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.setViewport(420, 1200);
      await popup.waitFor(() => !!document.querySelector('.headline'), undefined, 10_000);
      const view = await popup.evaluate(() => ({
        headline: document.querySelector('.headline')?.textContent ?? '',
        quotes: [...document.querySelectorAll('.quote')].map((q) => q.textContent ?? ''),
        imgs: document.querySelectorAll('img:not(.site-icon), script:not([src])').length,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(view.headline).toContain(HOSTILE_MARKUP);
      expect(view.quotes.some((q) => q.includes(HOSTILE_QUOTE))).toBe(true);
      expect(view.imgs).toBe(0);
      expect(view.overflow).toBeLessThanOrEqual(0);
      await popup.screenshot(artifact(`${name}-popup-hostile.png`));
      await popup.close();
      // Hover the quote that carries the markup: the card shows its speaker as text.
      const at = await page.evaluate(() => {
        for (const r of (CSS.highlights.get('lede-quote') as unknown as Iterable<Range>) ?? []) {
          if (!r.toString().includes('constructor.constructor')) continue;
          r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0]!;
          return { x: rect.left + 5, y: rect.top + rect.height / 2 };
        }
        return null;
      });
      expect(at).not.toBeNull();
      await page.moveMouse(at!.x, at!.y);
      await page.waitFor(() => !!document.querySelector('lede-hover-card')?.shadowRoot?.querySelector('.card')?.textContent, undefined, 5000);
      const card = await page.evaluate(() => {
        const root = document.querySelector('lede-hover-card')!.shadowRoot!;
        return { text: root.querySelector('.card')!.textContent, elements: root.querySelectorAll('.card *').length };
      });
      expect(card.text).toContain('Mark Ellison');
      expect(card.elements).toBe(2); // title and detail spans only
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.close();
    });

    it('corrupted stored settings fall back to defaults', async () => {
      await browser.storageSet('settings', { enabled: 'yes', colors: ['#zzz'], pausedSites: 'everything', version: 99 });
      const { page, tabId } = await open('/after-corruption', articlePage({ title: 'Riverside will rebuild the Harbor Street bridge', paragraphs: COUNCIL_STORY }));
      expect(await settled(tabId)).toBe('ready');
      expect(await page.evaluate(ledeNames)).toEqual(['lede-organization', 'lede-person', 'lede-place', 'lede-quote']);
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.waitFor(() => !!document.querySelector('.headline'), undefined, 10_000);
      expect(await popup.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.toggle input')].every((i) => i.checked))).toBe(true);
      await popup.close();
      await page.close();
      await browser.storageSet('settings', null);
    });
  });
}
