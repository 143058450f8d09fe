// The shipped weights: int8 rows (one score per label) for the hashed feature buckets that
// survived pruning, found through an open-addressing table. Buckets not present score zero.
// Values are square-root companded: w = sign(q) · (q / 127)² · scale.

import { NUM_LABELS } from './labels';

export interface Scorer {
  /** Adds the scores of the given feature keys to out[off .. off + NUM_LABELS). */
  addScores(keys: ArrayLike<number>, from: number, to: number, out: Float32Array, off: number): void;
  readonly trans: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
}

export class WeightTable implements Scorer {
  private readonly slots: Int32Array;
  private readonly slotKeys: Int32Array;
  private readonly mask: number;
  private readonly bucketMask: number;
  /** Decoded weight of each int8 value, indexed by q + 128. */
  private readonly decode = new Float32Array(256);

  constructor(
    bucketBits: number,
    buckets: Int32Array,
    private readonly rows: Int8Array,
    scale: number,
    readonly trans: Float32Array,
    readonly start: Float32Array,
    readonly end: Float32Array,
  ) {
    this.bucketMask = bucketBits >= 32 ? 0xffffffff : (1 << bucketBits) - 1;
    for (let q = -128; q < 128; q++) this.decode[q + 128] = Math.sign(q) * (q / 127) ** 2 * scale;
    let size = 16;
    while (size < buckets.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.slotKeys = new Int32Array(size);
    for (let r = 0; r < buckets.length; r++) {
      let h = WeightTable.slotOf(buckets[r]!) & this.mask;
      while (this.slots[h] !== -1) h = (h + 1) & this.mask;
      this.slots[h] = r;
      this.slotKeys[h] = buckets[r]!;
    }
  }

  private static slotOf(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> 7;
  }

  addScores(keys: ArrayLike<number>, from: number, to: number, out: Float32Array, off: number): void {
    const L = NUM_LABELS;
    const rows = this.rows;
    const decode = this.decode;
    for (let f = from; f < to; f++) {
      const b = keys[f]! & this.bucketMask;
      let h = WeightTable.slotOf(b) & this.mask;
      let r = this.slots[h]!;
      while (r !== -1 && this.slotKeys[h] !== b) {
        h = (h + 1) & this.mask;
        r = this.slots[h]!;
      }
      if (r === -1) continue;
      const base = r * L;
      for (let l = 0; l < L; l++) out[off + l] += decode[rows[base + l]! + 128]!;
    }
  }
}
