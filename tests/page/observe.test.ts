// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type ChangeReason } from '../../src/page/observe';

const flush = () => new Promise((r) => queueMicrotask(() => r(undefined)));

describe('watchPage', () => {
  let calls: ChangeReason[];
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p>Start.</p></main>';
    calls = [];
    controller = new AbortController();
    watchPage(document, { onChange: (r) => calls.push(r), signal: controller.signal, settleMs: 500, maxPerMinute: 3 });
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const addParagraph = (n = 300): void => {
    const p = document.createElement('p');
    p.textContent = 'x'.repeat(n);
    document.querySelector('main')!.append(p);
  };

  it('re-runs once the page settles after a real content change', async () => {
    addParagraph();
    await flush();
    vi.advanceTimersByTime(300);
    addParagraph();
    await flush();
    vi.advanceTimersByTime(499);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['content']);
  });

  it('ignores small changes such as a ticking clock', async () => {
    for (let i = 0; i < 20; i++) {
      document.querySelector('p')!.textContent = `12:0${i % 10}`;
      await flush();
      vi.advanceTimersByTime(1000);
    }
    expect(calls).toEqual([]);
  });

  it('never loops on a page that re-renders forever: at most maxPerMinute runs a minute', async () => {
    for (let i = 0; i < 40; i++) {
      addParagraph();
      await flush();
      vi.advanceTimersByTime(1000);
    }
    expect(calls.length).toBe(3);
    vi.advanceTimersByTime(60_000);
    expect(calls.length).toBe(4);
  });

  it('re-runs after SPA navigation to a new URL, not after an anchor jump', async () => {
    history.pushState({}, '', '#section-2');
    addParagraph(10);
    await flush();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([]);
    history.pushState({}, '', '/news/another-story');
    addParagraph(10);
    await flush();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['url']);
  });

  it('stops when aborted', async () => {
    controller.abort();
    addParagraph();
    await flush();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([]);
  });
});
