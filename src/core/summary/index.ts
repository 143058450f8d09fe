// Key sentences: the few that carry the news. Candidates are the sentences that are not page
// furniture; a fitted linear model scores them on position, length, centrality, headline
// similarity, numbers, entities and caption/quote cues; a greedy pass picks the best while
// penalising repetition; the picks come back in article order.

import type { Doc } from '../text/sentences';
import type { Entity, Span } from '../types';
import { candidates } from './features';
import { scoreAll, select, type Weights } from './rank';
import { WEIGHTS } from './weights';

export interface SummaryOptions {
  /** How many sentences (default 3). */
  count?: number;
  /** The article's headline, when known: sentences close to it are preferred. */
  title?: string | null;
  /** Model weights (for fitting and experiments; defaults to the shipped fit). */
  weights?: Weights;
}

/** The chosen sentences as spans of doc.text, in article order. */
export function summarize(doc: Doc, entities: Entity[], opts: SummaryOptions = {}): Span[] {
  const count = Math.max(0, Math.floor(opts.count ?? 3));
  if (count === 0) return [];
  const cands = candidates(doc, entities, { title: opts.title ?? null });
  const weights = opts.weights ?? WEIGHTS;
  const picked = select(cands, scoreAll(cands, weights), count, weights);
  return picked.map((i) => ({ ...cands[i]!.span }));
}
