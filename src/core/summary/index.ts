// Key sentences. PLACEHOLDER until the ranker lands: the first sentences that are not boilerplate.

import type { Doc } from '../text/sentences';
import type { Entity, Span } from '../types';

export interface SummaryOptions {
  /** How many sentences (default 3). */
  count?: number;
}

/** The chosen sentences as spans of doc.text, in article order. */
export function summarize(doc: Doc, _entities: Entity[], opts: SummaryOptions = {}): Span[] {
  const count = opts.count ?? 3;
  const out: Span[] = [];
  for (const s of doc.sentences) {
    if (out.length >= count) break;
    const words = s.lastToken - s.firstToken;
    if (words < 6) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
}
