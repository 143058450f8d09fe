// Thousands of random and mutated documents through the CLI path (linkedom → detect → extract →
// analyze) and through the core directly: never an exception, always a valid Analysis.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateHtml, annotateText } from '../../src/cli/annotate';
import { loadModels } from '../../src/cli/models';
import { analyze } from '../../src/core/analyze';
import { emptyArticle, type Analysis } from '../../src/core/types';
import { mutate, randomHtml, randomText, rng, PIECES } from './support/fuzz-inputs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const OAN_HTML = readFileSync(join(FIXTURES, 'oan-article.html'), 'utf8');
const OAN_TEXT = readFileSync(join(FIXTURES, 'oan-2024-02-02-us-strikes.txt'), 'utf8');

/** Throws unless `a` is a well-formed Analysis whose offsets index its own text. */
function assertAnalysis(a: Analysis): void {
  expect(typeof a.isArticle).toBe('boolean');
  const text = a.article.text;
  expect(typeof text).toBe('string');
  for (const k of ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const) {
    expect(a.article[k] === null || typeof a.article[k] === 'string').toBe(true);
  }
  const ids = new Set<string>();
  for (const e of a.entities) {
    expect(['person', 'organization', 'place']).toContain(e.type);
    expect(e.name.trim().length).toBeGreaterThan(0);
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.start >= 0 && m.end <= text.length && m.start < m.end).toBe(true);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const q of [...a.quotes, ...a.speech]) {
    expect(q.start >= 0 && q.end <= text.length && q.start <= q.end).toBe(true);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
    if (q.speakerId !== null) expect(ids.has(q.speakerId)).toBe(true);
  }
  expect(a.summary.length).toBe(a.summarySpans.length);
  a.summary.forEach((s, i) => expect(text.slice(a.summarySpans[i]!.start, a.summarySpans[i]!.end)).toBe(s));
  JSON.stringify(a); // serialisable, as the CLI prints it
}

/** Runs `make(i)` n times and checks each result; also fails if one document takes over `maxMs`. */
function fuzz(n: number, make: (i: number) => Analysis, maxMs = 2000): void {
  let slowest = { i: -1, ms: 0 };
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const a = make(i);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { i, ms };
    assertAnalysis(a);
  }
  expect(slowest.ms, `document ${slowest.i} took ${slowest.ms.toFixed(0)} ms`).toBeLessThan(maxMs);
}

describe('fuzz: random and mutated input never breaks the pipeline', () => {
  const models = loadModels();

  it('2,000 random texts through the core', { timeout: 120_000 }, () => {
    const r = rng(1);
    fuzz(2000, () => analyze(emptyArticle(randomText(r)), models));
  });

  it('1,000 mutations of the OAN story text through the CLI path', { timeout: 120_000 }, () => {
    const r = rng(2);
    fuzz(1000, () => annotateText(mutate(OAN_TEXT, r, 1 + Math.floor(r() * 20)), models));
  });

  it('600 random HTML documents and 400 mutated news pages through linkedom → detect → extract → analyze', { timeout: 240_000 }, () => {
    const r = rng(3);
    fuzz(600, () => annotateHtml(`<html><body>${randomHtml(r)}</body></html>`, null, models));
    fuzz(400, () => annotateHtml(mutate(OAN_HTML, r, 1 + Math.floor(r() * 30)), 'https://example.com/a', models));
  });

  it('degenerate documents', { timeout: 60_000 }, () => {
    for (const html of ['', '<', '<html>', '<!doctype html><html><head></head></html>', '<body>' + '<div>'.repeat(5000) + 'x', '<script>alert(1)</script>', '\u0000\u0000']) {
      assertAnalysis(annotateHtml(html, null, models));
    }
    // Words that name Object.prototype members must not be taken for entries of word tables.
    const proto = Object.getOwnPropertyNames(Object.prototype).map((w) => `“We will see,” ${w} said. The ${w} told Reuters that ${w} Inc. agreed.`).join(' ');
    for (const text of ['', ' ', '\n\n\n', '“', '”', '"'.repeat(1000), '“'.repeat(500) + 'said Biden', 'a'.repeat(200_000), proto, proto.toUpperCase()]) {
      assertAnalysis(annotateText(text, models));
    }
  });
});
