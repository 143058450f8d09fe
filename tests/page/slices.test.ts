import { describe, expect, it, vi } from 'vitest';
import { detectArticle, detectSteps } from '../../src/page/detect';
import { extractArticle, extractSteps } from '../../src/page/extract';
import { drop } from '../../src/page/extract/scan';
import { runInSlices, runToEnd, SliceClock, type Budget } from '../../src/page/slices';
import { articlePage, docOf, PARAS } from './helpers';

const URL = 'https://example.com/news/council-expands-bus-network';

/** A long article: the same five paragraphs, numbered, many times over. */
const longPage = (copies: number): string =>
  articlePage({ paras: Array.from({ length: copies }, (_, i) => PARAS.map((p) => `${p} (${i + 1})`)).flat() });

/** Due at every look at the clock: the walk pauses as often as it can. */
const ALWAYS_DUE: Budget = { due: () => true };

function pauses<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let n = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses: n };
    n++;
  }
}

describe('reading the page in slices', () => {
  it('pauses on a long page and reads it exactly as in one go', () => {
    const html = longPage(200);
    drop();
    const whole = { detection: detectArticle(docOf(html), URL), extraction: extractArticle(docOf(html), URL) };
    drop();
    const doc = docOf(html);
    const d = pauses(detectSteps(doc, URL, ALWAYS_DUE));
    drop(); // no kept scan: extraction walks the page again, in slices
    const x = pauses(extractSteps(doc, URL, ALWAYS_DUE));
    expect(d.pauses).toBeGreaterThan(3);
    expect(x.pauses).toBeGreaterThan(3);
    expect(d.value).toEqual(whole.detection);
    expect(x.value.article).toEqual(whole.extraction.article);
    expect(x.value.article.text).toContain('(200)');
  });

  it('never pauses on a small page when there is time', () => {
    drop();
    expect(pauses(extractSteps(docOf(articlePage()), URL, { due: () => false })).pauses).toBe(0);
  });

  it('runs a slice per task and stops when a newer run takes over', async () => {
    const html = longPage(100);
    drop();
    const sync = runToEnd(extractSteps(docOf(html), URL, { due: () => false }));
    drop();
    let paused = 0;
    const clock = new SliceClock(0);
    const done = await runInSlices(extractSteps(docOf(html), URL, clock), clock, () => true, () => paused++);
    expect(paused).toBe(1);
    expect(done?.article.text).toBe(sync.article.text);

    drop();
    let slices = 0;
    const stopped = await runInSlices(extractSteps(docOf(html), URL, clock), clock, () => ++slices < 3);
    expect(stopped).toBeNull();
  });

  it('in a hidden tab (timers throttled to one a second) it still runs a slice per task, quickly', async () => {
    const html = longPage(100);
    drop();
    const sync = runToEnd(extractSteps(docOf(html), URL, { due: () => false }));
    drop();
    const g = globalThis as { document?: unknown };
    const saved = g.document;
    g.document = { visibilityState: 'hidden' };
    // Timers that never fire: the run must not wait for one.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let slices = 0;
      const clock = new SliceClock(0);
      const t0 = performance.now();
      const done = await runInSlices(extractSteps(docOf(html), URL, clock), clock, () => ++slices > 0);
      expect(slices).toBeGreaterThan(3);
      expect(done?.article.text).toBe(sync.article.text);
      expect(performance.now() - t0).toBeLessThan(5000);
    } finally {
      vi.useRealTimers();
      g.document = saved;
    }
  });

  it('reads markup nested 20,000 deep without running out of stack', () => {
    const depth = 20_000;
    const html = articlePage({ before: '<div>'.repeat(depth) + PARAS.map((p) => `<p>${p}</p>`).join('') + '</div>'.repeat(depth) });
    drop();
    const { article } = extractArticle(docOf(html), URL);
    expect(article.text).toContain(PARAS[0]);
  });
});
