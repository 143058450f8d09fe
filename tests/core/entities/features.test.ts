import { describe, expect, it } from 'vitest';
import { shapeHash, shapeOf } from '../../../src/core/entities/features';
import { hashString } from '../../../src/core/entities/hash';
import { rng } from '../support/fuzz-inputs';

describe('shapeHash', () => {
  it('is the hash of the shape string', () => {
    for (const t of ['Biden', 'U.S.', '1,000.50', "O'Neil", 'McDonald', 'AAAAAAAAAAAAAAAAAAAA', 'x', '', 'İstanbul', 'Ünïcödé', '東京', 'ǅemal', '\ud83d\ude00x'])
      expect(shapeHash(t), t).toBe(hashString(shapeOf(t)));
    const r = rng(9);
    const chars = ['a', 'B', '1', '.', '-', "'", 'é', 'É', 'ß', 'İ', 'ǅ', '東', '\ud83d', '\ude00', '٣', '_'];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      const n = Math.floor(r() * 20);
      for (let i = 0; i < n; i++) t += chars[Math.floor(r() * chars.length)];
      expect(shapeHash(t), JSON.stringify(t)).toBe(hashString(shapeOf(t)));
    }
  });
});
