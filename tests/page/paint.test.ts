// Painting in steps: what the reader sees changes only when the last step runs, and a category
// switched off (or everything hidden) while the steps ran stays as the reader left it. happy-dom has
// no CSS Custom Highlight API, so the page gets a minimal Highlight and registry here; the real
// ones are exercised in Chromium and Firefox by the e2e suites.

import { describe, expect, it } from 'vitest';
import { emptyArticle, type Analysis, type Entity } from '../../src/core/types';
import { extractArticle } from '../../src/page/extract';
import { drop } from '../../src/page/extract/scan';
import { Painter } from '../../src/page/highlight';
import { runToEnd, type Budget } from '../../src/page/slices';
import type { TextIndex } from '../../src/page/text-index';
import { HIGHLIGHT_NAMES } from '../../src/shared/categories';
import { articlePage, happyDocOf, PARAS } from './helpers';

const ALL_ON = { person: true, organization: true, place: true, quote: true };
const ALWAYS_DUE: Budget = { due: () => true };

class FakeHighlight extends Set<Range> {
  priority = 0;
}

/**
 * A long article page with the registry and Highlight a browser would give it, read as Lede reads
 * it, and an analysis of its text.
 */
function page(copies: number): { doc: Document; registry: Map<string, FakeHighlight>; analysis: Analysis; index: TextIndex } {
  const paras = Array.from({ length: copies }, (_, i) => PARAS.map((p) => `${p} (${i + 1})`)).flat();
  const doc = happyDocOf(articlePage({ paras }));
  const registry = new Map<string, FakeHighlight>();
  const win = doc.defaultView!;
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  drop();
  const { article, index } = extractArticle(doc, doc.URL);
  return { doc, registry, analysis: analysisOf(article.text), index };
}

/** Every "council" and "mayor" in the text as a person or organization mention. */
function analysisOf(text: string): Analysis {
  const mentionsOf = (word: string) => [...text.matchAll(new RegExp(word, 'gi'))].map((m) => ({ start: m.index, end: m.index + word.length, text: m[0] }));
  const entity = (id: string, type: Entity['type'], word: string): Entity => ({ id, type, name: word, role: null, mentions: mentionsOf(word), salience: 1 });
  return {
    isArticle: true,
    skipped: null,
    article: { ...emptyArticle(), text },
    entities: [entity('e0', 'organization', 'council'), entity('e1', 'person', 'mayor')],
    quotes: [],
    speech: [],
    summary: [],
    summarySpans: [],
    stats: { words: 0, readingMinutes: 0, analyzedChars: text.length },
  };
}

/** Runs the steps, calling `between` at every pause; returns how many pauses there were. */
function stepThrough(steps: Generator<void, number, void>, between: (pause: number) => void): number {
  let pauses = 0;
  while (!steps.next().done) between(++pauses);
  return pauses;
}

const sizes = (registry: Map<string, FakeHighlight>): Record<string, number> =>
  Object.fromEntries([...registry].map(([name, h]) => [name, h.size]));

describe('painting in steps', () => {
  it('keeps what was painted until the last step, then shows every range at once', () => {
    const { doc, registry, analysis, index } = page(200);
    const painter = new Painter(doc);
    const before = new FakeHighlight();
    registry.set(HIGHLIGHT_NAMES.person, before);

    const seen: Record<string, number>[] = [];
    const pauses = stepThrough(painter.paintSteps(analysis, index, ALL_ON, ALWAYS_DUE), () => seen.push(sizes(registry)));
    expect(pauses).toBeGreaterThan(2);
    // While the steps ran, the page showed what it showed before.
    for (const s of seen) expect(s).toEqual({ [HIGHLIGHT_NAMES.person]: 0 });
    expect(registry.get(HIGHLIGHT_NAMES.person)).not.toBe(before);
    expect(sizes(registry)).toEqual({ [HIGHLIGHT_NAMES.organization]: 200, [HIGHLIGHT_NAMES.person]: 200 });
    expect(painter.paintedItems()).toHaveLength(400);
    expect([...registry.get(HIGHLIGHT_NAMES.person)!][199]!.toString()).toBe('mayor');
  });

  it('paints the same in steps as in one go', () => {
    const { doc, registry, analysis, index } = page(20);
    const whole = new Painter(doc);
    runToEnd(whole.paintSteps(analysis, index, ALL_ON, { due: () => false }));
    const once = [...registry].map(([name, h]) => [name, [...h].map((r) => r.toString())]);
    const stepped = new Painter(doc);
    stepThrough(stepped.paintSteps(analysis, index, ALL_ON, ALWAYS_DUE), () => undefined);
    expect([...registry].map(([name, h]) => [name, [...h].map((r) => r.toString())])).toEqual(once);
    expect(stepped.paintedItems().map((i) => i.span)).toEqual(whole.paintedItems().map((i) => i.span));
  });

  it('a category switched off while the steps run stays off', () => {
    const { doc, registry, analysis, index } = page(200);
    const painter = new Painter(doc);
    stepThrough(painter.paintSteps(analysis, index, ALL_ON, ALWAYS_DUE), (pause) => {
      if (pause === 3) painter.setEnabled({ ...ALL_ON, person: false });
    });
    expect(painter.getEnabled().person).toBe(false);
    expect(sizes(registry)).toEqual({ [HIGHLIGHT_NAMES.organization]: 200 });
  });

  it('everything hidden while the steps run stays hidden, and shows again on the next toggle', () => {
    const { doc, registry, analysis, index } = page(200);
    const painter = new Painter(doc);
    const steps = painter.paintSteps(analysis, index, ALL_ON, ALWAYS_DUE);
    const pauses = stepThrough(steps, (pause) => {
      if (pause === 1) painter.toggleAll();
    });
    expect(pauses).toBeGreaterThan(1);
    expect(registry.size).toBe(0);
    expect(painter.toggleAll()).toBe(false);
    expect(sizes(registry)).toEqual({ [HIGHLIGHT_NAMES.organization]: 200, [HIGHLIGHT_NAMES.person]: 200 });
  });
});
