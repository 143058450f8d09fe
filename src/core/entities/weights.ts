// The shipped weights: for each hashed feature bucket that survived pruning, one int8 score per
// label. Stored inline in an open-addressing table (key and scores in one 24-byte slot), so a
// lookup costs one cache miss; buckets not present score zero. Values are square-root companded:
// w = sign(q) · (q / 127)² · scale.

import { NUM_LABELS } from './labels';

export interface Scorer {
  /** Adds the scores of the given feature keys to out[off .. off + NUM_LABELS). */
  addScores(keys: ArrayLike<number>, from: number, to: number, out: Float32Array, off: number): void;
  readonly trans: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
}

const SLOT = 24; // 4-byte key + 17 scores, padded
const KEY_WORDS = SLOT / 4;

export class WeightTable implements Scorer {
  private readonly keys: Int32Array;
  private readonly scores: Int8Array;
  private readonly mask: number;
  private readonly bucketMask: number;
  /** One bit per bucket: absent features (most rare ones) are skipped without touching the table. */
  private readonly present: Uint32Array;
  /** Decoded weight of each int8 value, indexed by q + 128. */
  private readonly decode = new Float32Array(256);

  constructor(
    bucketBits: number,
    buckets: Int32Array,
    rows: Int8Array,
    scale: number,
    readonly trans: Float32Array,
    readonly start: Float32Array,
    readonly end: Float32Array,
  ) {
    if (NUM_LABELS + 4 > SLOT) throw new Error('weight slot too small for the label set');
    this.bucketMask = bucketBits >= 32 ? 0xffffffff : (1 << bucketBits) - 1;
    for (let q = -128; q < 128; q++) this.decode[q + 128] = Math.sign(q) * (q / 127) ** 2 * scale;
    let size = 16;
    while (size < buckets.length * 2) size <<= 1;
    this.mask = size - 1;
    this.present = new Uint32Array(Math.ceil((this.bucketMask + 1) / 32));
    for (const b of buckets) this.present[b >>> 5]! |= 1 << (b & 31);
    const buf = new ArrayBuffer(size * SLOT);
    this.keys = new Int32Array(buf);
    this.scores = new Int8Array(buf);
    for (let r = 0; r < buckets.length; r++) {
      let h = WeightTable.slotOf(buckets[r]!) & this.mask;
      while (this.keys[h * KEY_WORDS] !== 0) h = (h + 1) & this.mask;
      this.keys[h * KEY_WORDS] = buckets[r]! + 1;
      this.scores.set(rows.subarray(r * NUM_LABELS, (r + 1) * NUM_LABELS), h * SLOT + 4);
    }
  }

  private static slotOf(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> 7;
  }

  addScores(keys: ArrayLike<number>, from: number, to: number, out: Float32Array, off: number): void {
    const L = NUM_LABELS;
    const table = this.keys;
    const scores = this.scores;
    const decode = this.decode;
    const mask = this.mask;
    const bucketMask = this.bucketMask;
    const present = this.present;
    for (let f = from; f < to; f++) {
      const b = keys[f]! & bucketMask;
      if ((present[b >>> 5]! & (1 << (b & 31))) === 0) continue;
      let h = WeightTable.slotOf(b) & mask;
      let k = table[h * KEY_WORDS]!;
      while (k !== 0 && k !== b + 1) {
        h = (h + 1) & mask;
        k = table[h * KEY_WORDS]!;
      }
      if (k === 0) continue;
      const base = h * SLOT + 4;
      for (let l = 0; l < L; l++) out[off + l] += decode[scores[base + l]! + 128]!;
    }
  }
}
