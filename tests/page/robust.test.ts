// Detection and extraction never throw, never mutate, and keep the text index exact, on random
// markup and on the OAN page with random parts cut out.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect';
import { extractArticle } from '../../src/page/extract';
import { docOf } from './helpers';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['div', 'p', 'span', 'a', 'article', 'section', 'ul', 'li', 'h2', 'table', 'tr', 'td', 'br', 'figure', 'figcaption', 'aside', 'nav', 'b', 'script', 'blockquote', 'pre'];
const CLASSES = ['', 'content', 'share', 'ad', 'related', 'story-body', 'comments', 'byline', 'hidden', 'meta', 'entry-content', 'caption'];
const WORDS = 'the council voted to expand the bus network, said officials on Tuesday; “quote” — By Jane Roe Advertisement Read more: 2024 12:30 PM'.split(' ');

function randomHtml(r: () => number, depth = 0): string {
  let out = '';
  const n = 1 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    if (depth > 6 || r() < 0.35) {
      out += Array.from({ length: 1 + Math.floor(r() * 30) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(r() < 0.1 ? '\n  ' : ' ');
      continue;
    }
    const tag = TAGS[Math.floor(r() * TAGS.length)]!;
    const cls = CLASSES[Math.floor(r() * CLASSES.length)];
    const attrs = `${cls ? ` class="${cls}"` : ''}${r() < 0.05 ? ' hidden' : ''}${r() < 0.05 ? ' style="display:none"' : ''}${tag === 'a' ? ' href="/x"' : ''}`;
    out += tag === 'br' ? '<br>' : `<${tag}${attrs}>${randomHtml(r, depth + 1)}</${tag}>`;
  }
  return out;
}

function checkIndex(doc: Document): void {
  const before = doc.documentElement?.outerHTML;
  detectArticle(doc, 'https://example.com/news/some-story-about-buses');
  const { article, index } = extractArticle(doc, 'https://example.com/news/some-story-about-buses');
  expect(doc.documentElement?.outerHTML).toBe(before);
  let last = -1;
  for (const s of index.segments) {
    expect(s.textStart).toBeGreaterThan(last);
    expect(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length)).toBe(article.text.slice(s.textStart, s.textStart + s.length));
    last = s.textStart + s.length - 1;
  }
  expect(article.text).not.toMatch(/\n{3,}|^\s|\s$/);
}

describe('robustness', () => {
  it('handles 150 random documents', () => {
    const r = rng(7);
    for (let i = 0; i < 150; i++) checkIndex(docOf(`<!doctype html><html><head><title>t</title></head><body>${randomHtml(r)}</body></html>`));
  });

  it('handles broken and empty documents', () => {
    for (const html of ['', '<html>', '<body><p>unclosed <b>bold <i>both</p>', '<frameset></frameset>', '<svg><text>x</text></svg>', '<p>' + 'word '.repeat(5000) + '</p>']) {
      checkIndex(docOf(html));
    }
  });

  it('handles the OAN page with random parts removed', () => {
    const html = readFileSync(join(__dirname, '../fixtures/oan-article.html'), 'utf8');
    const r = rng(11);
    for (let i = 0; i < 60; i++) {
      const doc = docOf(html);
      const all = [...doc.body!.querySelectorAll('*')];
      for (let k = 0; k < 5; k++) all[Math.floor(r() * all.length)]?.remove();
      checkIndex(doc);
    }
  });
});

describe('size', () => {
  it('reads a 3 MB article in linear time', () => {
    const para = `<p>${'The council voted to expand the bus network, officials said on Tuesday. '.repeat(4)}</p>`;
    const doc = docOf(`<!doctype html><html><body><article><h1>Buses</h1>${para.repeat(Math.ceil(3_000_000 / para.length))}</article></body></html>`);
    const t = performance.now();
    const { article } = extractArticle(doc);
    expect(article.text.length).toBeGreaterThan(2_500_000);
    // Quadratic work here takes minutes; linear takes well under a second.
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});
