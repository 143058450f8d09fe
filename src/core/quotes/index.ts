// Quotes and who said them. PLACEHOLDER until the quote attributor lands: curly/straight double
// quotes of four or more words, speaker from "X said" / "said X" right after the closing mark.

import type { Doc } from '../text/sentences';
import type { Entity, Quote, Speech } from '../types';

export interface QuoteResult {
  quotes: Quote[];
  /** Indirect speech ("Kirby said the U.S. does not know…"). */
  speech: Speech[];
}

export function findQuotes(doc: Doc, entities: Entity[]): QuoteResult {
  const quotes: Quote[] = [];
  const re = /[“"]([^“”"]{3,}?)[”"]/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const inner = m[1]!;
    if (inner.trim().split(/\s+/).length < 4) continue;
    const start = m.index + 1;
    const end = start + inner.length;
    const after = doc.text.slice(end + 1, end + 80);
    const said = /^\s*,?\s*(?:(said|says|stated|continued)\s+)?([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*)/u.exec(after);
    const name = said?.[2] ?? null;
    const entity = name ? entities.find((e) => e.mentions.some((x) => x.text === name || x.text.endsWith(' ' + name))) : undefined;
    quotes.push({ text: inner, start, end, speaker: entity?.name ?? name, speakerId: entity?.id ?? null });
  }
  return { quotes, speech: [] };
}
