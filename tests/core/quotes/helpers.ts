// Runs the quote finder on a short text. Entities are left empty by default, so these tests pin
// the attributor's own reading of the syntax and do not move when the NER changes.
import { findQuotes, type QuoteResult } from '../../../src/core/quotes/index';
import { buildDoc } from '../../../src/core/text/sentences';
import type { Entity, Quote } from '../../../src/core/types';

export function quotesOf(text: string, entities: Entity[] = []): QuoteResult {
  return findQuotes(buildDoc(text), entities);
}

/** [text, speaker] pairs, the shape most assertions compare. */
export function pairs(quotes: Quote[]): [string, string | null][] {
  return quotes.map((q) => [q.text, q.speaker]);
}

/** Every quote's offsets reproduce its text. */
export function offsetsHold(text: string, quotes: Quote[]): boolean {
  return quotes.every((q) => text.slice(q.start, q.end) === q.text);
}
