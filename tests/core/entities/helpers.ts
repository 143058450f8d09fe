// Loads the shipped model once for the entity tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNerModel, recognizeEntities, type NerModel } from '../../../src/core/entities/index';
import { buildDoc } from '../../../src/core/text/sentences';
import type { Entity } from '../../../src/core/types';

let model: NerModel | null = null;

export function shippedModel(): NerModel {
  model ??= loadNerModel(new Uint8Array(readFileSync(join(process.cwd(), 'public', 'models', 'ner.bin'))));
  return model;
}

export function entitiesOf(text: string): Entity[] {
  return recognizeEntities(buildDoc(text), shippedModel());
}

/** The entity one of whose mentions is exactly `text`. */
export function entityWithMention(entities: Entity[], text: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === text));
}
