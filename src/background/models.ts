// Loads the model file(s) shipped in the extension once per background lifetime.
// The file is the extension's own packaged resource: reading it makes no network request.

import type { Models } from '../core/analyze';
import { loadNerModel } from '../core/entities/index';
import browser from '../shared/browser';

let loading: Promise<Models> | null = null;

export function getModels(): Promise<Models> {
  loading ??= (async () => {
    return { ner: loadNerModel(await readPackaged('models/ner.bin')) };
  })().catch((e: unknown) => {
    loading = null; // let the next request try again
    throw e;
  });
  return loading;
}

/** A file from the extension package; empty when it is missing, so the loader can say what that means. */
async function readPackaged(path: string): Promise<Uint8Array> {
  try {
    const response = await fetch(browser.runtime.getURL(path));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array(0);
  } catch {
    return new Uint8Array(0);
  }
}
