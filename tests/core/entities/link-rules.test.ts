// Linking rules on hand-made mentions (no tagger): the decisions stay pinned whatever the model.
import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../src/core/entities/link';
import type { RawMention } from '../../../src/core/entities/mentions';
import { buildDoc } from '../../../src/core/text/sentences';
import type { EntityType } from '../../../src/core/types';

function link(text: string, tagged: [string, EntityType, number?][]) {
  const doc = buildDoc(text);
  const mentions: RawMention[] = tagged.map(([s, type, nth]) => {
    let at = -1;
    for (let k = 0; k <= (nth ?? 0); k++) at = text.indexOf(s, at + 1);
    const first = doc.tokens.findIndex((t) => t.start === at);
    const last = doc.tokens.findIndex((t) => t.end === at + s.length) + 1;
    return { first, last, start: at, end: at + s.length, text: s, type };
  });
  // Stands in for the gazetteers: only these two names are countries here.
  const geoKind = (name: string) => (name === 'U.S.' || name === 'United States' ? 'country' : 'none') as 'country' | 'none';
  return linkEntities({ doc, mentions, sentenceCase: new Uint8Array(doc.sentences.length), geoKind });
}

describe('linking rules', () => {
  it('a surname the tagger called a place joins the person', () => {
    const es = link('Lloyd Austin spoke. Austin said more.', [['Lloyd Austin', 'person'], ['Austin', 'place', 1]]);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ type: 'person', name: 'Lloyd Austin' });
  });

  it('a lone "person" word used inside an organization name is that organization', () => {
    const es = link('Pirelli Cables said sales rose. Pirelli expects more.', [['Pirelli Cables', 'organization'], ['Pirelli', 'person', 1]]);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ type: 'organization', name: 'Pirelli Cables' });
  });

  it('an acronym joins the one longer name it spells', () => {
    const es = link('The United States said the U.S. would act.', [['United States', 'place'], ['U.S.', 'organization']]);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ type: 'place', name: 'United States' });
  });

  it('an acronym that could stand for two names stays apart', () => {
    const es = link('Action Party and Alpha Plan met; AP said no.', [['Action Party', 'organization'], ['Alpha Plan', 'organization'], ['AP', 'organization']]);
    expect(es).toHaveLength(3);
  });

  it('a country military is one organization named after the usual spelling of the country', () => {
    const text = 'U.S. military forces struck. The United States military said U.S. forces were safe. The U.S. agreed.';
    const es = link(text, [['U.S.', 'place'], ['United States', 'place'], ['U.S.', 'place', 1], ['U.S.', 'place', 2]]);
    const mil = es.find((e) => e.type === 'organization');
    expect(mil?.name).toBe('U.S. military');
    expect(mil?.mentions.map((m) => m.text)).toEqual(['U.S. military forces', 'United States military', 'U.S. forces']);
  });

  it('links surnames written with or without the article, and multi-word surnames', () => {
    const es = link('Omar Hassan al-Bashir spoke. Later Bashir left. Osama bin Laden hid. Bin Laden died.', [
      ['Omar Hassan al-Bashir', 'person'],
      ['Bashir', 'place', 1],
      ['Osama bin Laden', 'person'],
      ['Bin Laden', 'person'],
    ]);
    const summary = es.map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort();
    expect(summary).toEqual(['person:Omar Hassan al-Bashir:2', 'person:Osama bin Laden:2']);
  });

  it('does not make a new entity of a possessive the tagger took into the span', () => {
    const es = link("Africa's states grew.", [["Africa's", 'place']]);
    expect(es[0]?.name).toBe('Africa');
    expect(es[0]?.mentions[0]?.text).toBe('Africa');
  });

  it('keeps "Mr." out of the role', () => {
    const es = link('Mr. Reeves said so.', [['Reeves', 'person']]);
    expect(es[0]?.role).toBeNull();
  });
});
