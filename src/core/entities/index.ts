// Named entities: a trained tagger finds mentions, document-level linking makes them entities.
// PLACEHOLDER until the trained tagger lands: capitalised runs, typed by a few cue words.

import type { Doc } from '../text/sentences';
import type { Entity, EntityType } from '../types';

/** The tagger's weights and tables, loaded once from the shipped model file. */
export interface NerModel {
  readonly kind: 'placeholder';
}

/** Parses the shipped model file's bytes. */
export function loadNerModel(_bytes: Uint8Array): NerModel {
  return { kind: 'placeholder' };
}

/** People, organizations and places in the document, linked across mentions, sorted by salience. */
export function recognizeEntities(doc: Doc, _model: NerModel): Entity[] {
  const runs: { start: number; end: number; text: string }[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!/^\p{Lu}/u.test(toks[i]!.text)) continue;
    let j = i;
    while (j + 1 < toks.length && /^\p{Lu}/u.test(toks[j + 1]!.text)) j++;
    runs.push({ start: toks[i]!.start, end: toks[j]!.end, text: doc.text.slice(toks[i]!.start, toks[j]!.end) });
    i = j;
  }
  const byName = new Map<string, Entity>();
  for (const r of runs) {
    const type: EntityType = /\b(Council|House|Corps|Ministry|Department|Agency|Party)\b/.test(r.text)
      ? 'organization'
      : r.text.includes(' ')
        ? 'person'
        : 'place';
    let e = byName.get(r.text);
    if (!e) {
      e = { id: `e${byName.size}`, type, name: r.text, role: null, mentions: [], salience: 0 };
      byName.set(r.text, e);
    }
    e.mentions.push(r);
    e.salience = e.mentions.length;
  }
  return [...byName.values()].sort((a, b) => b.salience - a.salience);
}
