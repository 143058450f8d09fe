// The model file (public/models/ner.bin): "LNER", a version byte, then sections
// [u8 id][u32 LE length][payload]. Strings are UTF-8 joined by "\n"; numbers are little-endian.
// scripts/ner/model-writer.ts writes it; this file only reads.

import { NUM_LABELS } from './labels';
import { EMPTY_LEXICON_DATA, type LexiconData } from './lexicon';

export const MAGIC = [0x4c, 0x4e, 0x45, 0x52]; // "LNER"
export const VERSION = 1;

export const SECTION = {
  META: 1,
  WORDS: 2,
  WORD_CLUSTER: 3,
  WORD_GAZ: 4,
  WORD_CAP: 5,
  PHRASES: 6,
  PHRASE_GAZ: 7,
  ROW_BUCKETS: 8,
  ROW_WEIGHTS: 9,
  TRANSITIONS: 10,
} as const;

export interface ModelMeta {
  version: number;
  labels: number;
  bucketBits: number;
  scale: number;
  clusterLevels: number[];
  /** What the weights were trained on, for the record. */
  trainedOn: string[];
  createdBy: string;
}

export interface ModelData {
  meta: ModelMeta;
  lexicon: LexiconData;
  buckets: Int32Array;
  rows: Int8Array;
  /** (L + 2) × L floats: transitions, then start scores, then end scores. */
  transitions: Float32Array;
}

export function emptyModelData(): ModelData {
  return {
    meta: { version: VERSION, labels: NUM_LABELS, bucketBits: 20, scale: 1, clusterLevels: [1], trainedOn: [], createdBy: 'empty' },
    lexicon: EMPTY_LEXICON_DATA,
    buckets: new Int32Array(0),
    rows: new Int8Array(0),
    transitions: new Float32Array((NUM_LABELS + 2) * NUM_LABELS),
  };
}

/** Parses the model bytes; throws an Error naming what is wrong. */
export function decodeModel(bytes: Uint8Array): ModelData {
  if (bytes.length < 5 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('ner model: not a Lede NER model file (bad magic)');
  if (bytes[4] !== VERSION) throw new Error(`ner model: unsupported version ${bytes[4]} (expected ${VERSION})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sections = new Map<number, Uint8Array>();
  let p = 5;
  while (p < bytes.length) {
    if (p + 5 > bytes.length) throw new Error('ner model: truncated section header');
    const id = bytes[p]!;
    const len = view.getUint32(p + 1, true);
    p += 5;
    if (p + len > bytes.length) throw new Error('ner model: truncated section');
    sections.set(id, bytes.subarray(p, p + len));
    p += len;
  }
  const need = (id: number): Uint8Array => {
    const s = sections.get(id);
    if (!s) throw new Error(`ner model: missing section ${id}`);
    return s;
  };
  const utf8 = new TextDecoder();
  const meta = JSON.parse(utf8.decode(need(SECTION.META))) as ModelMeta;
  if (meta.labels !== NUM_LABELS) throw new Error(`ner model: ${meta.labels} labels, this code expects ${NUM_LABELS}`);
  const lines = (b: Uint8Array): string[] => (b.length ? utf8.decode(b).split('\n') : []);
  const words = lines(need(SECTION.WORDS));
  const phrases = lines(need(SECTION.PHRASES));
  const lexicon: LexiconData = {
    words,
    cluster: u16(need(SECTION.WORD_CLUSTER), words.length),
    gaz: u16(need(SECTION.WORD_GAZ), words.length),
    cap: need(SECTION.WORD_CAP).slice(),
    phrases,
    phraseGaz: u16(need(SECTION.PHRASE_GAZ), phrases.length),
    clusterLevels: meta.clusterLevels,
  };
  const buckets = readDeltaVarints(need(SECTION.ROW_BUCKETS));
  const w = need(SECTION.ROW_WEIGHTS);
  if (w.length !== buckets.length * NUM_LABELS) throw new Error('ner model: weight rows do not match buckets');
  const rows = new Int8Array(w.buffer.slice(w.byteOffset, w.byteOffset + w.length));
  const t = need(SECTION.TRANSITIONS);
  const transitions = new Float32Array((NUM_LABELS + 2) * NUM_LABELS);
  const tv = new DataView(t.buffer, t.byteOffset, t.byteLength);
  if (t.length !== transitions.length * 4) throw new Error('ner model: bad transition table');
  for (let i = 0; i < transitions.length; i++) transitions[i] = tv.getFloat32(i * 4, true);
  return { meta, lexicon, buckets, rows, transitions };
}

function u16(b: Uint8Array, n: number): Uint16Array {
  if (b.length !== n * 2) throw new Error('ner model: bad 16-bit table length');
  const out = new Uint16Array(n);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < n; i++) out[i] = v.getUint16(i * 2, true);
  return out;
}

/** Sorted non-negative integers stored as LEB128 deltas. */
function readDeltaVarints(b: Uint8Array): Int32Array {
  const out: number[] = [];
  let prev = 0;
  let p = 0;
  while (p < b.length) {
    let v = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = b[p++]!;
      v += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    prev += v;
    out.push(prev);
  }
  return Int32Array.from(out);
}
