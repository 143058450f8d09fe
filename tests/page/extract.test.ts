import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/page/extract';
import { cleanByline, toIso } from '../../src/page/extract/meta';
import { PARAS, articlePage, docOf, happyDocOf } from './helpers';

const bodyOf = (html: string): string => extractArticle(docOf(html), 'https://example.com/news/council-expands-bus-network').article.text;

/** The body has exactly the article paragraphs, so the boilerplate around them is gone. */
function expectOnlyParagraphs(html: string): void {
  expect(bodyOf(html)).toBe(PARAS.join('\n\n'));
}

describe('extractArticle: body', () => {
  it('reads the paragraphs of the article container, separated by blank lines', () => {
    expectOnlyParagraphs(articlePage());
  });

  it('drops navigation, headers, footers and asides', () => {
    expectOnlyParagraphs(articlePage({ outside: '<aside class="sidebar"><h2>Trending</h2><ul><li><a href="/a">Trending story about the mayor and the council</a></li></ul></aside>' }));
  });

  it('drops share bars by class and by their words', () => {
    expectOnlyParagraphs(articlePage({ before: '<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>' }));
    expectOnlyParagraphs(articlePage({ after: '<div class="tools"><span>Share this:</span> <a href="#">Facebook</a> | <a href="#">Twitter</a> | <a href="#">Print</a></div>' }));
  });

  it('drops related and read-more links', () => {
    expectOnlyParagraphs(articlePage({ middle: '<p><strong>Read more:</strong> <a href="/news/other">Council delays vote on the new bus routes again</a></p>' }));
    expectOnlyParagraphs(
      articlePage({ after: '<section class="related-posts"><h2>Related News</h2><ul><li><a href="/x">Bus fares to rise in March, officials say</a></li><li><a href="/y">Suburbs want more trains</a></li></ul></section>' }),
    );
    expectOnlyParagraphs(articlePage({ after: '<h3>More stories</h3><ul><li><a href="/x">Bus fares to rise in March, officials say</a></li><li><a href="/y">Suburbs want more trains and more buses</a></li></ul>' }));
  });

  it('drops a list of teasers after a related header, even when only part of each item links', () => {
    const teasers =
      '<div>More Great Daily Bugle Stories</div><ul><li>Why the suburbs <a href="/news/a">want more trains</a></li><li>Bus fares <a href="/news/b">to rise in March</a>, officials say</li></ul>';
    expectOnlyParagraphs(articlePage({ middle: teasers }));
    const list = '<ul><li>Four new routes <a href="/news/routes">in the north</a></li><li>Night buses <a href="/news/night">on weekends</a></li></ul>';
    expect(bodyOf(articlePage({ middle: list }))).toContain('Four new routes in the north');
  });

  it('keeps a list of links to other sites (sources, bug lists) but not one to this site', () => {
    const sources = '<ul><li><a href="https://data.example.org/report.pdf">The transit authority report on ridership</a></li><li><a href="https://census.example.gov/commuting">Census commuting data</a></li></ul>';
    const text = bodyOf(articlePage({ middle: sources }));
    expect(text).toContain('The transit authority report on ridership\n\nCensus commuting data');
    const related = '<ul><li><a href="/news/a">Bus fares to rise in March, officials say</a></li><li><a href="https://example.com/news/b">Suburbs want more trains</a></li></ul>';
    expectOnlyParagraphs(articlePage({ middle: related }));
  });

  it('drops captions and photo credits', () => {
    expectOnlyParagraphs(articlePage({ before: '<figure><img src="a.jpg"><figcaption>Buses at the central station on Monday. (Photo by Jane Roe/Getty Images)</figcaption></figure>' }));
    expectOnlyParagraphs(articlePage({ middle: '<div class="image"><img src="b.jpg"><span class="credit">Reuters</span></div><p>Photo: Jane Roe / Daily Bugle</p>' }));
  });

  it('drops captions that end with their credit in brackets', () => {
    expectOnlyParagraphs(articlePage({ middle: '<p>Buses wait at the central station on Monday morning. (AP Photo/Jane Roe, File)</p><p>The new routes were approved in June (Image: GETTY )</p>' }));
    const para = 'The plan was first proposed in 2019 (see the transit report).';
    expect(bodyOf(articlePage({ middle: `<p>${para}</p>` }))).toContain(para);
  });

  it('drops a name next to a date (a byline block), not a table row or a quoted post', () => {
    expectOnlyParagraphs(articlePage({ before: '<div>The Associated Press<br>Published Monday, November 18, 2019 8:22AM EST</div><p>Jane Roe 2019-11-20 17:27:46</p>' }));
    const row = '<table><tr><td>Northside</td><td>14</td><td>11</td><td>2019</td></tr></table>';
    expect(bodyOf(articlePage({ middle: row }))).toContain('Northside 14 11 2019');
    const sig = '— Jane Roe (@janeroe) November 19, 2019';
    expect(bodyOf(articlePage({ middle: `<blockquote class="twitter-tweet"><p>Great news for the suburbs today.</p>${sig}</blockquote>` }))).toContain(sig);
  });

  it('drops custom elements named as furniture, not ones with a weak name', () => {
    const promo = '<ps-promo class="PromoSmall"><div><a href="/news/other">Council delays vote</a></div><div>Officials said the vote on the new depot would wait until the spring session of the council.</div></ps-promo>';
    expectOnlyParagraphs(articlePage({ middle: promo }));
    const lead = 'Officials said the vote on the new depot would wait until the spring session of the council.';
    expect(bodyOf(articlePage({ middle: `<story-meta><p>${lead}</p></story-meta>` }))).toContain(lead);
  });

  it('drops ad slots and ad labels', () => {
    expectOnlyParagraphs(articlePage({ middle: '<div class="ad-slot" data-ad-unit="x"><span>Advertisement</span></div>' }));
    expectOnlyParagraphs(articlePage({ middle: '<div><p>Advertisement</p></div>' }));
  });

  it('drops newsletter and subscription prompts', () => {
    expectOnlyParagraphs(articlePage({ after: '<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p><input type="email"><button>Sign up</button></div>' }));
    expectOnlyParagraphs(articlePage({ after: '<p><strong>Stay informed!</strong> Receive breaking news blasts directly to your inbox for free. <a href="/alerts">Subscribe here.</a></p>' }));
  });

  it('drops comments', () => {
    expectOnlyParagraphs(
      articlePage({ outside: `<section id="comments" class="comments-area"><h2>3 comments</h2><ol class="comment-list"><li class="comment"><p>${PARAS[0]!.replace('city', 'town')}</p></li></ol></section>` }),
    );
  });

  it('drops bylines, date lines and tag lists inside the container', () => {
    expectOnlyParagraphs(articlePage({ before: '<p>By Jane Roe and John Doe</p><p>Updated Feb. 2, 2024, 3:34 PM ET</p>' }));
    expectOnlyParagraphs(articlePage({ after: '<p>Tags: transit, council, buses</p>' }));
    expectOnlyParagraphs(articlePage({ before: '<div>05/10/2024 - Posted by: <a href="/u/jane">Jane Roe</a> - Category: Transit - Tags: buses council</div>' }));
  });

  it('drops the headline repeated in a paragraph, and ad and related labels', () => {
    expectOnlyParagraphs(articlePage({ before: '<p>Council expands bus network</p>' }));
    expectOnlyParagraphs(articlePage({ middle: '<p>report this ad</p><p>Related Searches</p><p>Trending Articles</p>' }));
    expectOnlyParagraphs(articlePage({ middle: '<p>Image 2 of 5</p><p>Media playback is unsupported on your device</p>', after: '<p>More Great Daily Bugle Stories</p>' }));
    expectOnlyParagraphs(articlePage({ middle: '<p>You may also like...</p><p>Like this story? Share it with a friend!</p>' }));
    expectOnlyParagraphs(articlePage({ after: '<p>(Reporting by Jane Roe; Editing by John Doe)</p><p>Associated Press writers Jane Roe and John Doe contributed to this report.</p>' }));
  });

  it('keeps a paragraph whose name carries a hover card of links, without the card', () => {
    const card =
      '<span class="people"><a href="/people/jane-roe">Jane Roe</a><span class="people-card"><img src="j.jpg"><a href="/people/jane-roe">Jane Q. Roe</a> <a href="/news/one">Council delays the vote on the new routes</a> <a href="/news/two">Mayor promises more buses for the suburbs</a> <a href="/people/jane-roe">MORE</a></span></span>';
    const lead = `Council member ${card} said on Monday that the new routes would be the largest change to the network in twenty years.`;
    expect(bodyOf(articlePage({ before: `<p>${lead}</p>` }))).toBe(
      ['Council member Jane Roe said on Monday that the new routes would be the largest change to the network in twenty years.', ...PARAS].join('\n\n'),
    );
  });

  it('keeps a lead paragraph that the site classes as a title, not a one-line title', () => {
    const lead = 'The council approved the largest expansion of the bus network in two decades on Tuesday night, after a public debate that lasted for more than five hours.';
    expect(bodyOf(articlePage({ before: `<p class="title">${lead}</p>` }))).toBe([lead, ...PARAS].join('\n\n'));
    expectOnlyParagraphs(articlePage({ before: '<p class="title">Council expands bus network</p>' }));
  });

  it('keeps embedded posts (tweets) but not tweet buttons', () => {
    const tweet = 'The new routes are great news for the northern suburbs, finally.';
    const embed = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>${tweet}</p>— Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">February 2, 2024</a></blockquote></div>`;
    expect(bodyOf(articlePage({ middle: embed }))).toContain(tweet);
    expect(bodyOf(articlePage({ middle: `<div class="article-widget article-tweet"><blockquote><p>${tweet}</p></blockquote></div>` }))).toContain(tweet);
    expectOnlyParagraphs(articlePage({ after: '<div class="tweet-button share-tweet"><a href="https://twitter.com/intent/tweet">Tweet this story to your followers now</a></div>' }));
  });

  it('leaves out hidden elements: hidden, aria-hidden, display:none, visibility:hidden', () => {
    for (const hidden of [
      '<p hidden>Secret text that is not shown to readers at all, whatever it says here.</p>',
      '<p aria-hidden="true">Secret text that is not shown to readers at all, whatever it says here.</p>',
      '<p style="display: none">Secret text that is not shown to readers at all, whatever it says here.</p>',
      '<div style="visibility:hidden"><p>Secret text that is not shown to readers at all, whatever it says here.</p></div>',
    ]) {
      expectOnlyParagraphs(articlePage({ middle: hidden }));
    }
  });

  it('keeps subheads, lists, block quotes and table rows that belong to the article', () => {
    const text = bodyOf(
      articlePage({
        middle:
          '<h2>What changes for riders</h2><ul><li>Four new routes to the northern suburbs</li><li>Buses every ten minutes at rush hour</li></ul>' +
          '<blockquote><p>“This is the biggest change to the network in thirty years,” the mayor said.</p></blockquote>' +
          '<table><tr><td>Route 12</td><td>Every 10 minutes</td></tr></table>',
      }),
    );
    expect(text).toContain('\n\nWhat changes for riders\n\nFour new routes to the northern suburbs\n\nBuses every ten minutes at rush hour\n\n');
    expect(text).toContain('“This is the biggest change to the network in thirty years,” the mayor said.');
    expect(text).toContain('Route 12 Every 10 minutes');
  });

  it('collapses whitespace, turns <br> into a line break and never joins words across elements', () => {
    const text = bodyOf(articlePage({ middle: '<p>First   line,\n   still the first<br>second line with <b>bold</b><i>italic</i> words, and a <a href="/x">link</a>.</p>' }));
    expect(text).toContain('First line, still the first\nsecond line with bolditalic words, and a link.');
  });

  it('drops a heading left with nothing after it', () => {
    expectOnlyParagraphs(articlePage({ after: '<h2>Related</h2><ul><li><a href="/x">Another story about buses and trains</a></li><li><a href="/y">Trains run late again</a></li></ul>' }));
  });

  it('finds the body in <div> paragraphs without <p> (CNN-style markup)', () => {
    const html = articlePage().replace(/<p>/g, '<div class="paragraph">').replace(/<\/p>/g, '</div>');
    expect(bodyOf(html)).toBe(PARAS.join('\n\n'));
  });

  it('sees a change of the page made after an earlier read (the kept scan is dropped)', () => {
    const doc = docOf(articlePage());
    expect(extractArticle(doc).article.text).toBe(PARAS.join('\n\n'));
    const extra = doc.createElement('p');
    extra.textContent = 'A late paragraph, added by the page after the first read, with enough words to count.';
    doc.querySelector('.story-body')!.append(extra);
    expect(extractArticle(doc).article.text).toBe([...PARAS, extra.textContent].join('\n\n'));
  });

  it('never mutates the document', () => {
    const doc = docOf(articlePage({ before: '<div class="share">x</div>', middle: '<div class="ad">Advertisement</div>' }));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle: the text index', () => {
  it('maps every character of the text back to the node it came from', () => {
    const doc = docOf(articlePage({ middle: '<p>A <b>bold</b> move by the <a href="/c">city council</a>, again.</p>' }));
    const { article, index } = extractArticle(doc);
    let covered = 0;
    for (const s of index.segments) {
      expect(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length)).toBe(article.text.slice(s.textStart, s.textStart + s.length));
      covered += s.length;
    }
    // Everything that is not a separator comes from the page.
    expect(covered).toBe(article.text.replace(/\n\n| (?=)/g, '').length + (article.text.match(/ /g)?.length ?? 0) - countSeparatorSpaces(article.text, index));
  });

  it('gives DOM ranges for a span, one per paragraph', () => {
    const doc = happyDocOf(articlePage({ middle: '<p>A <b>bold</b> move by the <a href="/c">city council</a>, again.</p>' }));
    const { article, index } = extractArticle(doc);
    const start = article.text.indexOf('bold move by the city');
    const ranges = index.rangesFor(start, start + 'bold move by the city'.length);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.startContainer.textContent).toBe('bold');
    expect(ranges[0]!.startOffset).toBe(0);
    expect(ranges[0]!.endContainer.textContent).toBe('city council');
    expect(ranges[0]!.endOffset).toBe(4);
    expect(ranges[0]!.toString()).toBe('bold move by the city');
    const across = article.text.indexOf('spring.');
    expect(index.rangesFor(across, article.text.indexOf('Officials') + 9)).toHaveLength(2);
  });
});

/** Spaces in the text that are separators (between two segments), not characters of a node. */
function countSeparatorSpaces(text: string, index: { segments: { textStart: number; length: number }[] }): number {
  const inSegment = new Uint8Array(text.length);
  for (const s of index.segments) inSegment.fill(1, s.textStart, s.textStart + s.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === ' ' && !inSegment[i]) n++;
  return n;
}

describe('extractArticle: metadata', () => {
  const withHead = (head: string, body = ''): Document =>
    docOf(articlePage({ head, before: body }).replace('<html lang="en">', '<html lang="en-GB">'));

  it('takes the declared headline, not the <title> with its site tail', () => {
    expect(extractArticle(withHead('')).article.title).toBe('Council expands bus network');
    expect(extractArticle(withHead('<meta property="og:title" content="Council votes to expand buses">')).article.title).toBe('Council votes to expand buses');
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline wins"}</script>';
    expect(extractArticle(withHead(`${ld}<meta property="og:title" content="OG title">`)).article.title).toBe('LD headline wins');
  });

  it('reads the byline as names only', () => {
    expect(cleanByline('By Jane Roe')).toBe('Jane Roe');
    expect(cleanByline('By JANE ROE and John Doe, Staff Writers')).toBe('JANE ROE, John Doe');
    expect(cleanByline('by Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(cleanByline('Jane Roe | Updated 3:40 PM ET, Fri February 2, 2024')).toBe('Jane Roe');
    expect(cleanByline('Jane Roe & John Doe')).toBe('Jane Roe, John Doe');
    expect(cleanByline('Mac & i')).toBe('Mac & i');
    expect(cleanByline('By Jane Roe, Smith & Wesson')).toBe('Jane Roe, Smith & Wesson');
    expect(cleanByline('Staff')).toBeNull();
    expect(cleanByline('Associated Press staff')).toBeNull();
    expect(extractArticle(withHead('<meta name="author" content="By Jane Roe">')).article.byline).toBe('Jane Roe');
    expect(extractArticle(withHead('', '<div class="byline">By <a rel="author" href="/jane">Jane Roe</a>, Feb. 2, 2024</div>')).article.byline).toBe('Jane Roe');
  });

  it('reads the published date as ISO from JSON-LD, meta, <time> or the dateline', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-02T20:34:12+00:00"}</script>';
    expect(extractArticle(withHead(ld)).article.publishedTime).toBe('2024-02-02T20:34:12+00:00');
    expect(extractArticle(withHead('<meta property="article:published_time" content="2024-02-03T08:00:00Z">')).article.publishedTime).toBe('2024-02-03T08:00:00Z');
    expect(extractArticle(withHead('', '<time datetime="2024-02-04">Feb 4</time>')).article.publishedTime).toBe('2024-02-04');
    expect(toIso('February 2, 2024 at 3:34 PM')?.slice(0, 10)).toMatch(/^2024-02-0[23]$/);
    expect(toIso('not a date')).toBeNull();
    // A container's whole text is not read: only its start can be the date.
    expect(toIso(`Feb. 2, 2024 ${'and the article goes on '.repeat(2000)}`)).toBeNull();
    expect(extractArticle(withHead('', `<div class="dateline">Published: Feb 4, 2024</div>`)).article.publishedTime?.slice(0, 10)).toMatch(/^2024-02-0[34]$/);
  });

  it('reads the site name and the language', () => {
    const a = extractArticle(withHead('<meta property="og:site_name" content="Daily Bugle">')).article;
    expect(a.siteName).toBe('Daily Bugle');
    expect(a.lang).toBe('en-GB');
  });
});
