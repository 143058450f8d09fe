// The OAN fixture: a realistic news page with every kind of furniture around one article.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect';
import { extractArticle } from '../../src/page/extract';
import { docOf, happyDocOf } from './helpers';

const HTML = readFileSync(join(__dirname, '../fixtures/oan-article.html'), 'utf8');
const URL = 'https://www.oann.com/newsroom/u-s-launches-retaliatory-strikes-against-iran-backed-militias-in-iraq-and-syria/';

/** The article's paragraphs as the page has them: every <p> of .entry-content but the sign-up box. */
function expectedParagraphs(doc: Document): string[] {
  return [...doc.querySelectorAll('.entry-content > p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('the OAN article', () => {
  it('is detected as an article', () => {
    const d = detectArticle(docOf(HTML), URL);
    expect(d.isArticle).toBe(true);
    expect(d.signals).toEqual(expect.arrayContaining(['ld:NewsArticle', 'og:article', 'meta:published', 'text-long']));
  });

  it('has the right title, byline, date, site and language', () => {
    const { article } = extractArticle(docOf(HTML), URL);
    expect(article.title).toBe('U.S. Launches Retaliatory Strikes Against Iran-Backed Militias In Iraq And Syria');
    expect(article.byline).toBe('Sophia Flores');
    expect(article.publishedTime).toBe('2024-02-02T20:34:12+00:00');
    expect(article.siteName).toBe('One America News Network');
    expect(article.lang).toBe('en-US');
  });

  it('reads the byline from the page markup when nothing declares it ("OAN’s Sophia Flores")', () => {
    const bare = HTML.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace(/<meta name="author"[^>]*>/, '');
    const { article } = extractArticle(docOf(bare), URL);
    expect(article.byline).toBe('Sophia Flores');
    expect(article.publishedTime?.slice(0, 10)).toBe('2024-02-02');
  });

  it('has exactly the article paragraphs as body', () => {
    const doc = docOf(HTML);
    const { article } = extractArticle(doc, URL);
    const paras = expectedParagraphs(doc);
    expect(paras).toHaveLength(10);
    expect(article.text).toBe(paras.join('\n\n'));
    for (const junk of ['Advertisement', 'Photo by', 'B-1B Lancer flies', 'Share this post', 'Facebook', 'Stay informed', 'Subscribe here', 'Related News', 'Pentagon Identifies', 'Trending', 'Posted in', 'All rights reserved', 'Breaking: Texas']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('maps spans back to the right words with DOM ranges', () => {
    const doc = happyDocOf(HTML);
    const { article, index } = extractArticle(doc, URL);
    for (const name of ['Joe Biden', 'John Kirby', 'Lloyd Austin', 'IRGC [Islamic Revolutionary Guard Corps]']) {
      const at = article.text.indexOf(name);
      const ranges = index.rangesFor(at, at + name.length);
      expect(ranges).toHaveLength(1);
      expect(ranges[0]!.toString()).toBe(name);
      expect(ranges[0]!.startContainer.parentElement?.closest('.entry-content')).not.toBeNull();
    }
    // A span over two paragraphs paints each paragraph's part, not what lies between them.
    const from = article.text.indexOf('last weekend.');
    const to = article.text.indexOf('On Friday') + 'On Friday'.length;
    expect(index.rangesFor(from, to).map((r) => r.toString())).toEqual(['last weekend.', 'On Friday']);
    expect(index.isLive()).toBe(true);
  });
});
