// The linking cases of issue 4, on short texts written for these tests.
import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWithMention } from './helpers';

describe('document-level linking', () => {
  it('links a surname to the full name and keeps the title as the role', () => {
    const es = entitiesOf('President Joe Biden ordered the strikes on Friday. Biden said the response would continue.');
    const biden = entityWithMention(es, 'Biden');
    expect(biden?.name).toBe('Joe Biden');
    expect(biden?.type).toBe('person');
    expect(biden?.role).toBe('President');
    expect(biden?.mentions.map((m) => m.text)).toEqual(['Joe Biden', 'Biden']);
    expect(es.some((e) => e.name.includes('President'))).toBe(false);
  });

  it('makes "Austin" a person when the document names Lloyd Austin', () => {
    const es = entitiesOf(
      'U.S. Defense Secretary Lloyd Austin said the strikes were the start of the response. "We will respond," Austin said in a statement.',
    );
    const austin = entityWithMention(es, 'Austin');
    expect(austin?.name).toBe('Lloyd Austin');
    expect(austin?.type).toBe('person');
    expect(austin?.role).toBe('U.S. Defense Secretary');
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).not.toContain('Austin');
  });

  it('takes an appositive as the role', () => {
    const es = entitiesOf('John Kirby, the National Security Council spokesperson, said the strikes were successful.');
    const kirby = entityWithMention(es, 'John Kirby');
    expect(kirby?.role).toBe('National Security Council spokesperson');
    expect(entityWithMention(es, 'National Security Council')?.type).toBe('organization');
  });

  it('links an acronym in parentheses to its expansion', () => {
    const es = entitiesOf(
      'The strikes hit sites used by the Islamic Revolutionary Guard Corps (IRGC) and its allies. Officials said the IRGC had trained the militias.',
    );
    const irgc = entityWithMention(es, 'IRGC');
    expect(irgc?.name).toBe('Islamic Revolutionary Guard Corps');
    expect(irgc?.type).toBe('organization');
    expect(irgc?.mentions.map((m) => m.text)).toEqual(['Islamic Revolutionary Guard Corps', 'IRGC', 'IRGC']);
  });

  it('links an acronym followed by its expansion in brackets', () => {
    const es = entitiesOf('"We will hold the IRGC [Islamic Revolutionary Guard Corps] accountable," the minister said.');
    const irgc = entityWithMention(es, 'IRGC');
    expect(irgc?.name).toBe('Islamic Revolutionary Guard Corps');
    expect(irgc?.mentions.map((m) => m.text)).toContain('Islamic Revolutionary Guard Corps');
  });

  it('does not make a new entity of a possessive', () => {
    const es = entitiesOf("Chancellor Olaf Scholz spoke on Tuesday. Scholz's government later confirmed the plan.");
    const people = es.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Olaf Scholz']);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Olaf Scholz', 'Scholz']);
  });

  it('does not make entities of Title Case headline words', () => {
    const es = entitiesOf('Officials Say Storm Will Hit Coast Tonight\n\nThe storm was moving north on Tuesday, officials in Florida said.');
    expect(es.map((e) => e.name)).toEqual(['Florida']);
  });

  it('links U.S. and US to the United States', () => {
    const es = entitiesOf('The United States does not seek conflict. The U.S. has said so before, and US officials repeated it.');
    const us = entityWithMention(es, 'U.S.');
    expect(us?.name).toBe('United States');
    expect(us?.type).toBe('place');
    expect(us?.mentions.map((m) => m.text)).toEqual(['United States', 'U.S.', 'US']);
  });

  it('leaves where an organization is based out of its name', () => {
    const es = entitiesOf('Ohio-based KeyCorp said on Monday it would buy the bank. KeyCorp shares rose 2 percent.');
    const key = entityWithMention(es, 'KeyCorp');
    expect(key?.name).toBe('KeyCorp');
    expect(es.some((e) => e.name.includes('based'))).toBe(false);
  });

  it('keeps lower-case words of a title phrase in the role', () => {
    const es = entitiesOf('White House press secretary Josh Earnest said the president would sign the bill.');
    expect(entityWithMention(es, 'Josh Earnest')?.role).toBe('White House press secretary');
  });

  it('does not take a heading word capitalised by its position into a name', () => {
    const es = entitiesOf('Tunisia held elections in October.\n\n[Read: Why Tunisia, the sole success story, struggles]');
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Tunisia']);
    expect(es.find((e) => e.name === 'Tunisia')?.mentions).toHaveLength(2);
  });
});
