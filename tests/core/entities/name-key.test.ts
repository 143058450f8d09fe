import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/core/entities/link';
import { rng } from '../support/fuzz-inputs';

/** The full treatment, for every input: what the fast path must agree with. */
const reference = (text: string): string =>
  text.replace(/['’]s$/u, '').replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, '');

describe('nameKey', () => {
  it('lower-cases and drops dots, possessives, spacing and a leading "the"', () => {
    expect(nameKey('The White House')).toBe('white house');
    expect(nameKey('U.S. Army’s')).toBe('us army');
    expect(nameKey(' Joe\u00a0 Biden ')).toBe('joe biden');
    expect(nameKey('THE PENTAGON')).toBe('pentagon');
  });

  it('agrees with the full treatment on random names', () => {
    const r = rng(13);
    const parts = ['The', 'the', 'THE', 'Joe', 'Biden', ' ', '  ', '\u00a0', '\t', '.', "'s", '’s', "'", 'É', 'İ', 'x', '\n', '\ufeff'];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      const n = Math.floor(r() * 8);
      for (let i = 0; i < n; i++) t += parts[Math.floor(r() * parts.length)];
      expect(nameKey(t), JSON.stringify(t)).toBe(reference(t));
    }
  });
});
