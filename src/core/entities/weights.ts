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
  /** Interleaved (bucket + 1, row) pairs: one cache line per probe. */
  private readonly table: Int32Array;
  /** One bit per bucket: absent features (most rare ones) are skipped without touching the table. */
  private readonly present: Uint32Array;
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
    this.table = new Int32Array(size * 2);
    this.present = new Uint32Array(Math.ceil((this.bucketMask + 1) / 32));
    for (const b of buckets) this.present[b >>> 5]! |= 1 << (b & 31);
    for (let r = 0; r < buckets.length; r++) {
      let h = WeightTable.slotOf(buckets[r]!) & this.mask;
      while (this.table[h * 2] !== 0) h = (h + 1) & this.mask;
      this.table[h * 2] = buckets[r]! + 1;
      this.table[h * 2 + 1] = r;
    }
  }

  private static slotOf(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> 7;
  }

  addScores(keys: ArrayLike<number>, from: number, to: number, out: Float32Array, off: number): void {
    const L = NUM_LABELS;
    const rows = this.rows;
    const decode = this.decode;
    const table = this.table;
    const mask = this.mask;
    const present = this.present;
    const bucketMask = this.bucketMask;
    for (let f = from; f < to; f++) {
      const b = keys[f]! & bucketMask;
      if ((present[b >>> 5]! & (1 << (b & 31))) === 0) continue;
      const b1 = b + 1;
      let h = WeightTable.slotOf(b) & mask;
      let k = table[h * 2]!;
      while (k !== 0 && k !== b1) {
        h = (h + 1) & mask;
        k = table[h * 2]!;
      }
      if (k === 0) continue;
      const base = table[h * 2 + 1]! * L;
      for (let l = 0; l < L; l++) out[off + l] += decode[rows[base + l]! + 128]!;
    }
  }
}
