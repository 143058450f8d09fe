// Tagger output → mention candidates with character offsets.

import type { Doc } from '../text/sentences';
import type { EntityType } from '../types';
import { labelsToSpans } from './labels';

export interface RawMention {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

const TYPE_OF: (EntityType | null)[] = ['person', 'organization', 'place', null];

export function mentionsFromLabels(doc: Doc, labels: Uint8Array): RawMention[] {
  const out: RawMention[] = [];
  for (const s of labelsToSpans(labels)) {
    const type = TYPE_OF[s.type];
    if (!type) continue;
    const start = doc.tokens[s.start]!.start;
    const end = doc.tokens[s.end - 1]!.end;
    out.push({ first: s.start, last: s.end, start, end, text: doc.text.slice(start, end), type });
  }
  return out;
}
