// The OAN acceptance story: all eight quotes found, each with its speaker ("he continued" resolved,
// "the start of our response." as Lloyd Austin's partial quote). The story is our fixture copy; the
// expectations are pinned in tests/fixtures/oan-expected.ts and, when ../shared is present, also
// read from the acceptance file itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { loadNerModel } from '../../../src/core/entities/index';
import { emptyArticle, type Quote } from '../../../src/core/types';
import { normalizeQuote, OAN_QUOTES } from '../../fixtures/oan-expected';
import { offsetsHold, quotesOf } from './helpers';

const TEXT = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'oan-2024-02-02-us-strikes.txt'), 'utf8');
const ACCEPTANCE = join(process.cwd(), '..', 'shared', 'acceptance', 'oan-2024-02-02-us-strikes.json');
const MODEL = join(process.cwd(), 'public', 'models', 'ner.bin');

function expectAll(quotes: Quote[], expected: { text: string; speaker: string }[]): void {
  expect(quotes.map((q) => [normalizeQuote(q.text), q.speaker])).toEqual(expected.map((e) => [normalizeQuote(e.text), e.speaker]));
}

describe('OAN acceptance quotes', () => {
  it('finds all eight quotes with their speakers, from the syntax alone (no entities)', () => {
    const { quotes } = quotesOf(TEXT);
    expectAll(quotes, OAN_QUOTES);
    expect(offsetsHold(TEXT, quotes)).toBe(true);
  });

  it('keeps Austin’s partial quote exactly as written', () => {
    const austin = quotesOf(TEXT).quotes.find((q) => q.text.startsWith('the start'));
    expect(austin?.text).toBe('the start of our response.');
  });

  it('reports Kirby’s indirect speech separately', () => {
    const { speech } = quotesOf(TEXT);
    expect(speech.find((s) => s.text.includes('does not know how many militants'))?.speaker).toBe('John Kirby');
  });

  it.skipIf(!existsSync(MODEL))('finds them through the whole pipeline, with the shipped NER model', () => {
    const models = { ner: loadNerModel(new Uint8Array(readFileSync(MODEL))) };
    const { quotes } = analyze(emptyArticle(TEXT), models);
    expectAll(quotes, OAN_QUOTES);
  });

  it.skipIf(!existsSync(ACCEPTANCE))('matches ../shared/acceptance (skipped when ../shared is absent)', () => {
    const acc = JSON.parse(readFileSync(ACCEPTANCE, 'utf8')) as { quotes: { text: string; speaker: string }[] };
    expectAll(quotesOf(TEXT).quotes, acc.quotes);
  });
});
