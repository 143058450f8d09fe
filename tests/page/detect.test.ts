import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect';
import { urlSignals } from '../../src/page/detect/url';
import { PARAS, articlePage, docOf } from './helpers';

const names = (url: string): string[] => urlSignals(url).map((s) => s.name);
const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

/** A page with no article markup at all: only the signal under test speaks. */
function bare(head: string, body = ''): Document {
  return docOf(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('detectArticle: declared signals', () => {
  it('reads a JSON-LD NewsArticle at the top level', () => {
    expect(detectArticle(bare(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' }))).signals).toContain('ld:NewsArticle');
  });

  it('reads article types inside @graph, arrays, @type arrays and mainEntity', () => {
    const graph = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'ReportageNewsArticle' }] });
    expect(detectArticle(bare(graph)).signals).toContain('ld:ReportageNewsArticle');
    const array = ld([{ '@type': 'BreadcrumbList' }, { '@type': ['BlogPosting', 'Article'] }]);
    expect(detectArticle(bare(array)).signals).toContain('ld:BlogPosting');
    const main = ld({ '@type': 'WebPage', mainEntity: { '@type': 'Article' } });
    expect(detectArticle(bare(main)).signals).toContain('ld:Article');
  });

  it('survives broken JSON-LD', () => {
    expect(() => detectArticle(bare('<script type="application/ld+json">{"@type": "NewsArticle",</script>'))).not.toThrow();
  });

  it('counts listing page types and teaser lists against the page', () => {
    expect(detectArticle(bare(ld({ '@type': 'CollectionPage' }))).signals).toContain('ld:CollectionPage');
    const list = ld({ '@type': 'ItemList', itemListElement: [1, 2, 3, 4].map(() => ({ '@type': 'NewsArticle' })) });
    expect(detectArticle(bare(list)).signals).toContain('ld:article-list');
  });

  it('reads og:type, article:published_time, microdata and byline markup', () => {
    expect(detectArticle(bare('<meta property="og:type" content="article">')).signals).toContain('og:article');
    expect(detectArticle(bare('<meta property="og:type" content="website">')).signals).toContain('og:website');
    expect(detectArticle(bare('<meta property="og:type" content="video.other">')).signals).toContain('og:video.other');
    expect(detectArticle(bare('<meta property="article:published_time" content="2024-02-02T20:34:12Z">')).signals).toContain('meta:published');
    expect(detectArticle(bare('<meta name="Sailthru.date" content="2024-02-02">')).signals).toContain('meta:published');
    expect(detectArticle(bare('<meta property="article:published_time" content="">')).signals).not.toContain('meta:published');
    expect(detectArticle(bare('<meta property="og:type" content=" Article ">')).signals).toContain('og:article');
    expect(detectArticle(bare('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>')).signals).toContain('ld:NewsArticle');
    expect(detectArticle(bare('', '<div itemprop="articleBody"><p>x</p></div>')).signals).toContain('microdata:articleBody');
    expect(detectArticle(bare('', '<div itemscope itemtype="https://schema.org/NewsArticle"></div>')).signals).toContain('microdata:article');
    expect(detectArticle(bare('', '<span class="byline">By Jane Roe</span>')).signals).toContain('byline-or-time');
  });
});

describe('detectArticle: the address', () => {
  it('sees slugs, dates and ids as article addresses', () => {
    expect(names('https://example.com/news/council-expands-the-bus-network')).toContain('url-slug');
    expect(names('https://example.com/2024/02/02/strikes/')).toContain('url-date');
    expect(names('https://example.com/news/article/1234567')).toContain('url-id');
    // Slugs in other scripts count their words; numbers and ids are not words.
    expect(names('https://example.com/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D0%BE%D0%B2%D0%B5%D1%82-%D1%80%D0%B5%D1%88%D0%B8%D0%BB-%D1%81%D1%82%D1%80%D0%BE%D0%B8%D1%82%D1%8C-%D0%BC%D0%BE%D1%81%D1%82')).toContain('url-slug');
    expect(names('https://example.com/news/2024-11-20-5555')).not.toContain('url-slug');
    expect(names('https://example.com/story?id=48213&src=home')).toContain('url-query-id');
  });

  it('sees home pages, sections, listings, forums and searches as non-articles', () => {
    expect(names('https://example.com/')).toContain('url-root');
    expect(names('https://example.com/politics/')).toContain('url-section');
    expect(names('https://example.com/video/some-clip-of-the-day-here')).toContain('url-listing');
    expect(names('https://example.com/tag/elections')).toContain('url-listing');
    expect(names('https://www.reddit.com/r/news/comments/abc123/some_thread_title_here/')).toContain('url-forum');
    expect(names('https://example.com/search?q=bus')).toContain('url-search');
    expect(names('https://example.com/news/results?page=2&query=bus+lanes')).toContain('url-search');
    expect(names('https://example.com/news/results?quality=high')).not.toContain('url-search');
  });

  it('keeps "/?p=123" and documents named like files neutral', () => {
    expect(names('https://example.com/?p=123')).not.toContain('url-root');
    expect(names('http://fakehost/test/page.html')).toEqual([]);
  });
});

describe('detectArticle: the shape of the text', () => {
  it('takes a plain page with one container of long paragraphs for an article', () => {
    const d = detectArticle(docOf(articlePage({ paras: [...PARAS, ...PARAS] })), 'https://example.com/news/council-expands-bus-network');
    expect(d.isArticle).toBe(true);
    expect(d.signals).toContain('text-long');
  });

  it('rejects a page without paragraph text before walking it', () => {
    const app = bare('<title>Inbox</title>', '<div id="app"><div>Inbox (3)</div><div>Starred</div><button>Compose</button></div>');
    const d = detectArticle(app, 'https://example.com/app/main.html');
    expect(d.isArticle).toBe(false);
    expect(d.signals).toContain('no-paragraphs');
  });

  it('rejects a page whose declared signals rule it out, without reading its text', () => {
    const front = bare('<meta property="og:type" content="website">', `<main>${PARAS.map((p) => `<p>${p}</p>`).join('')}</main>`);
    const d = detectArticle(front, 'https://example.com/');
    expect(d.isArticle).toBe(false);
    expect(d.signals.some((s) => s.startsWith('text'))).toBe(false);
  });

  it('rejects a section front: teasers with headline links and short summaries', () => {
    const teasers = Array.from({ length: 12 }, (_, i) =>
      `<div class="card"><h3><a href="/news/story-number-${i}-about-the-city">Story number ${i} about the city and its people</a></h3><p>A short summary of story ${i}, with a comma.</p></div>`,
    ).join('');
    const d = detectArticle(bare('<meta property="og:type" content="website">', `<main>${teasers}</main>`), 'https://example.com/news/');
    expect(d.isArticle).toBe(false);
  });

  it('rejects a gallery: many pictures, captions for text', () => {
    const slides = Array.from({ length: 12 }, (_, i) => `<figure><img src="/p${i}.jpg"><div class="slide-text">Picture ${i} of the parade downtown.</div></figure>`).join('');
    const d = detectArticle(bare('<meta property="og:type" content="article">', `<main>${slides}</main>`), 'https://example.com/gallery/parade-in-pictures-downtown');
    expect(d.isArticle).toBe(false);
  });

  it('rejects a video page: a player and a one-line description', () => {
    const d = detectArticle(
      bare('<meta property="og:type" content="video.other">', '<main><div class="player"><video></video></div><p>Watch the mayor explain the plan.</p></main>'),
      'https://example.com/video/mayor-explains-the-plan',
    );
    expect(d.isArticle).toBe(false);
  });

  it('rejects a forum thread', () => {
    const posts = Array.from({ length: 6 }, (_, i) => `<div class="post"><a href="/u/user${i}">user${i}</a><p>${PARAS[i % PARAS.length]}</p></div>`).join('');
    const d = detectArticle(bare('<meta property="og:type" content="website">', `<main>${posts}</main>`), 'https://forum.example.com/r/city/comments/abc/bus_network_thread/');
    expect(d.isArticle).toBe(false);
  });

  it('rejects search results', () => {
    const results = Array.from({ length: 10 }, (_, i) => `<li><h3><a href="/r${i}">Result ${i} for bus network</a></h3><p>…the bus network, with new routes…</p></li>`).join('');
    const d = detectArticle(bare('', `<ol>${results}</ol>`), 'https://example.com/search?q=bus+network');
    expect(d.isArticle).toBe(false);
  });
});
