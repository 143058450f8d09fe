// The OAN acceptance story (../shared/acceptance/oan-2024-02-02-us-strikes.json): every person,
// organization and place a reader must see, with every alias linked to its entity. The story text
// is our fixture copy; the expectations are pinned here and, when ../shared is present, also read
// from the acceptance file itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../src/core/types';
import { entitiesOf } from './helpers';

interface Expected {
  name: string;
  aliases: string[];
}

const TEXT = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'oan-2024-02-02-us-strikes.txt'), 'utf8');
const PINNED: Record<EntityType, Expected[]> = {
  person: [
    { name: 'Joe Biden', aliases: ['President Joe Biden', 'Biden'] },
    { name: 'John Kirby', aliases: ['Kirby'] },
    { name: 'Lloyd Austin', aliases: ['Austin', 'U.S. Defense Secretary Lloyd Austin'] },
  ],
  organization: [
    { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC'] },
    { name: 'National Security Council', aliases: [] },
    { name: 'White House', aliases: [] },
    { name: 'U.S. military', aliases: ['U.S. military forces', 'United States military'] },
  ],
  place: [
    { name: 'Iraq', aliases: [] },
    { name: 'Syria', aliases: [] },
    { name: 'Jordan', aliases: [] },
    { name: 'Middle East', aliases: [] },
    { name: 'United States', aliases: ['U.S.', 'US'] },
  ],
};

const ACCEPTANCE = join(process.cwd(), '..', 'shared', 'acceptance', 'oan-2024-02-02-us-strikes.json');

/** Offsets of whole-word occurrences of s in the text. */
function occurrences(s: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}.])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(TEXT); m; m = re.exec(TEXT)) out.push(m.index);
  return out;
}

/**
 * An alias is linked when each of its occurrences is (part of) a mention of the entity, or, for an alias
 * that carries a title ("President Joe Biden"), holds a mention of the entity and the entity's role
 * is that title.
 */
function checkEntity(entities: Entity[], type: EntityType, exp: Expected): void {
  const e = entities.find((x) => x.name === exp.name);
  expect(e, `entity ${exp.name}`).toBeDefined();
  expect(e!.type, `type of ${exp.name}`).toBe(type);
  for (const alias of [exp.name, ...exp.aliases]) {
    for (const at of occurrences(alias)) {
      const end = at + alias.length;
      // The alias is the mention, or part of a longer mention of the same entity ("Biden" in "Joe Biden").
      const covered = e!.mentions.some((m) => m.start <= at && m.end >= end);
      if (covered) continue;
      const inner = e!.mentions.find((m) => m.start >= at && m.end <= end);
      expect(inner, `"${alias}" at ${at} is a mention of ${exp.name}`).toBeDefined();
      expect(e!.role, `role of ${exp.name}`).toBeTruthy();
      expect(alias.startsWith(e!.role!), `"${alias}" = role + name`).toBe(true);
    }
  }
}

describe('OAN acceptance story', () => {
  const entities = entitiesOf(TEXT);

  for (const type of ['person', 'organization', 'place'] as const) {
    for (const exp of PINNED[type]) it(`${type}: ${exp.name}`, () => checkEntity(entities, type, exp));
  }

  it('Austin is a person here, not the city', () => {
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name)).not.toContain('Austin');
  });

  it('has one entity per name (no duplicates from possessives or aliases)', () => {
    const names = entities.map((e) => `${e.type}:${e.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(entities.filter((e) => e.type === 'person' && /Biden|Austin|Kirby/.test(e.name))).toHaveLength(3);
  });

  it('gives the roles the text states', () => {
    expect(entities.find((e) => e.name === 'John Kirby')?.role).toBe('National Security Council spokesperson');
    expect(entities.find((e) => e.name === 'Lloyd Austin')?.role).toBe('U.S. Defense Secretary');
    expect(entities.find((e) => e.name === 'Joe Biden')?.role).toBe('President');
  });

  it.skipIf(!existsSync(ACCEPTANCE))('matches the shared acceptance file (skipped: ../shared/acceptance is absent)', () => {
    const acc = JSON.parse(readFileSync(ACCEPTANCE, 'utf8')) as { people: Expected[]; organizations: Expected[]; places: Expected[] };
    for (const exp of acc.people) checkEntity(entities, 'person', exp);
    for (const exp of acc.organizations) checkEntity(entities, 'organization', exp);
    for (const exp of acc.places) checkEntity(entities, 'place', exp);
  });
});
