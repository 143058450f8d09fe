// Random and mutated inputs for the fuzz tests, from a seeded PRNG so failures reproduce.

/** Deterministic PRNG (mulberry32), so a failure reproduces. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PIECES = [
  'said', 'Biden', 'Sen.', 'U.S.', '“', '”', '"', "'", '‘', '’', '«', '»', '„', '(', ')', '[', ']', '.', '!', '?', '…', ',', '—', '\n', '\n\n',
  '\u0000', '\u0007', '\u200b', '\u202e', '\ufeff', '\ud83d\ude00', '\ud800', 'IRGC', 'Islamic Revolutionary Guard Corps', 'he continued', 'according to',
  'The', 'President', 'Joe', 'Lloyd Austin', 'Austin', 'Texas', 'Inc.', '85', '3:34', '$1,000', 'مرحبا', '東京', 'Ünïcödé', '<b>', '&amp;', ' ', '  ', '\t',
];

export function randomText(r: () => number): string {
  const n = Math.floor(r() * 120);
  let s = '';
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.6) s += PIECES[Math.floor(r() * PIECES.length)];
    else if (roll < 0.9) s += ' ' + String.fromCharCode(65 + Math.floor(r() * 58)).repeat(1 + Math.floor(r() * 8));
    else s += String.fromCharCode(Math.floor(r() * 0x3000));
    if (r() < 0.5) s += ' ';
  }
  if (r() < 0.02) s += 'x'.repeat(20_000 + Math.floor(r() * 20_000));
  return s;
}

/** Deletes, duplicates and inserts random slices. */
export function mutate(src: string, r: () => number, edits: number): string {
  let s = src;
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(r() * s.length);
    const len = Math.floor(r() * 200);
    const roll = r();
    if (roll < 0.4) s = s.slice(0, at) + s.slice(at + len);
    else if (roll < 0.7) s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
    else s = s.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + s.slice(at);
  }
  return s;
}

const TAGS = ['div', 'p', 'article', 'span', 'script', 'style', 'h1', 'h2', 'li', 'ul', 'a', 'nav', 'footer', 'figure', 'figcaption', 'blockquote', 'table', 'td', 'template', 'svg', 'iframe', 'br', 'img'];

export function randomHtml(r: () => number, depth = 0): string {
  let s = '';
  // Fewer children deeper down keeps documents at a realistic size (a few KB to ~100 KB).
  const n = Math.floor(r() * (depth < 2 ? 8 : 3));
  for (let i = 0; i < n; i++) {
    if (r() < 0.4 || depth > 8) {
      s += randomText(r);
      continue;
    }
    const tag = TAGS[Math.floor(r() * TAGS.length)]!;
    const attrs = r() < 0.3 ? ` class="${['ad', 'share', 'byline', 'content', 'related'][Math.floor(r() * 5)]}" ${r() < 0.2 ? 'hidden' : ''} ${r() < 0.2 ? 'contenteditable' : ''}` : '';
    s += `<${tag}${attrs}>${randomHtml(r, depth + 1)}${r() < 0.8 ? `</${tag}>` : ''}`;
  }
  return s;
}
