// 32-bit hashing for the tagger's feature keys. Training and tagging must hash identically,
// so this is the only place that turns strings and template ids into numbers.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values into a well-mixed key (murmur3 finaliser over a ^ b·φ). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mix() of three values. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
