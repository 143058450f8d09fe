// Loads the shipped model files from public/ for Node (the extension fetches the same files).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Models } from '../core/analyze';
import { loadNerModel } from '../core/entities/index';

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');

export const NER_MODEL_PATH = join(PUBLIC_DIR, 'models', 'ner.bin');

let cached: Models | null = null;

export function loadModels(): Models {
  if (!cached) {
    let bytes: Uint8Array = new Uint8Array(0);
    try {
      bytes = readFileSync(NER_MODEL_PATH);
    } catch {
      // No model file yet: the loader decides what an empty model means.
    }
    cached = { ner: loadNerModel(bytes) };
  }
  return cached;
}
