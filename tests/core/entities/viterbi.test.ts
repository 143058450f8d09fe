import { describe, expect, it } from 'vitest';
import { NUM_LABELS } from '../../../src/core/entities/labels';
import { viterbi } from '../../../src/core/entities/viterbi';
import { rng } from '../support/fuzz-inputs';

const L = NUM_LABELS;

describe('viterbi', () => {
  it('decodes the same with and without the outside-only shortcut', () => {
    const r = rng(5);
    const f32 = (n: number, scale: number): Float32Array => Float32Array.from({ length: n }, () => (r() - 0.5) * scale);
    for (let k = 0; k < 500; k++) {
      const n = 1 + Math.floor(r() * 30);
      const trans = f32(L * L, 4);
      const start = f32(L, 2);
      const end = f32(L, 2);
      const emit = f32(n * L, 6);
      const outside = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        if (r() < 0.6) {
          // As the tagger writes a token that can only be O.
          outside[i] = 1;
          emit.fill(-1e6, i * L, i * L + L);
          emit[i * L] = 0;
        }
      }
      const fast = new Uint8Array(n);
      const full = new Uint8Array(n);
      viterbi(n, emit, trans, start, end, fast, 0, outside);
      viterbi(n, emit, trans, start, end, full, 0, null);
      expect([...fast]).toEqual([...full]);
      for (let i = 0; i < n; i++) if (outside[i]) expect(fast[i]).toBe(0);
    }
  });
});
