import { describe, expect, it } from 'vitest';
import { loadNerModel, recognizeEntities } from '../../../src/core/entities/index';
import { buildDoc } from '../../../src/core/text/sentences';
import { shippedModel } from './helpers';

describe('loadNerModel', () => {
  it('accepts empty bytes and returns a model that finds nothing', () => {
    const m = loadNerModel(new Uint8Array(0));
    expect(m.empty).toBe(true);
    expect(recognizeEntities(buildDoc('President Joe Biden spoke in Washington.'), m)).toEqual([]);
  });

  it('rejects bytes that are not a model with a clear error', () => {
    expect(() => loadNerModel(new Uint8Array([1, 2, 3, 4, 5, 6]))).toThrow(/not a Lede NER model/);
  });

  it('loads the shipped model', () => {
    const m = shippedModel();
    expect(m.empty).toBe(false);
    expect(m.meta.trainedOn.length).toBeGreaterThan(0);
  });
});

describe('recognizeEntities contract', () => {
  const text =
    'Chancellor Olaf Scholz met NATO officials in Brussels on Monday.\n\nScholz said Germany would send more air defence systems. "We stand with Ukraine," Scholz told reporters.';
  const entities = recognizeEntities(buildDoc(text), shippedModel());

  it('gives ids in salience order', () => {
    entities.forEach((e, i) => expect(e.id).toBe(`e${i}`));
    for (let i = 1; i < entities.length; i++) expect(entities[i - 1]!.salience).toBeGreaterThanOrEqual(entities[i]!.salience);
  });

  it('gives exact UTF-16 offsets', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the people, organizations and places', () => {
    const scholz = entities.find((e) => e.name === 'Olaf Scholz');
    expect(scholz?.type).toBe('person');
    expect(scholz?.mentions.map((m) => m.text)).toEqual(['Olaf Scholz', 'Scholz', 'Scholz']);
    expect(scholz?.role).toBe('Chancellor');
    expect(entities.find((e) => e.name === 'NATO')?.type).toBe('organization');
    expect(entities.find((e) => e.name === 'Brussels')?.type).toBe('place');
    expect(entities.find((e) => e.name === 'Ukraine')?.type).toBe('place');
  });

  it('is deterministic', () => {
    expect(recognizeEntities(buildDoc(text), shippedModel())).toEqual(entities);
  });
});
