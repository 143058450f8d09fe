// Pages for the robustness scenarios, generated here (our own text): dynamic pages, huge and odd
// pages, hostile text. Each is a realistic news page unless the scenario says otherwise.

export interface ArticleOptions {
  title: string;
  paragraphs: string[];
  lang?: string;
  /** Extra markup inside <article>, after the paragraphs. */
  extra?: string;
  /** A script for the page itself (the page's own behaviour, not Lede's). */
  script?: string;
  /** Raw body markup used instead of the standard <article> (paragraphs are then ignored). */
  body?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articlePage(o: ArticleOptions): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: o.title, datePublished: '2025-03-14T09:30:00Z', author: { '@type': 'Person', name: 'Dana Whitfield' } });
  const body =
    o.body ??
    `<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
  <main><article>
    <h1>${esc(o.title)}</h1>
    <p class="byline">By <span class="author">Dana Whitfield</span> · <time datetime="2025-03-14T09:30:00Z">March 14, 2025</time></p>
    <div class="article-body" id="story">${o.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
    ${o.extra ?? ''}
  </article></main>
  <footer><p>© 2025 The Riverside Courier</p></footer>`;
  return `<!doctype html><html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><title>${esc(o.title)} | The Riverside Courier</title>
  <meta property="og:type" content="article"><meta property="og:site_name" content="The Riverside Courier">
  <meta property="article:published_time" content="2025-03-14T09:30:00Z">
  <script type="application/ld+json">${ld}</script></head>
  <body>${body}${o.script ? `<script>${o.script}</script>` : ''}</body></html>`;
}

/** A council story: people, organizations, places and quotes. */
export const COUNCIL_STORY = [
  'Mayor Ana Torres said on Thursday that the city of Riverside will spend $40 million to rebuild the Harbor Street bridge, which was closed after floods damaged its supports last spring.',
  '“This bridge carries twelve thousand people a day, and they have waited long enough,” Torres told reporters at City Hall. “We will start work in May and finish before the winter.”',
  'The plan was approved by the Riverside City Council in a 7-2 vote. Council member Mark Ellison, who voted against it, said the cost had doubled since the first estimate.',
  '“Nobody has explained where the extra money comes from,” Ellison said. The Department of Transportation will cover part of the bill, according to a statement from Governor Lisa Park.',
  'Engineers from the Army Corps of Engineers inspected the bridge in January and found that two of its six piers had shifted. Residents of Eastgate and Millbrook have used a ferry since the closure.',
  '“The ferry was meant to be temporary,” said Joan Reyes, who runs a bakery on Harbor Street. “Half my customers stopped coming.” Torres said the ferry will keep running until the bridge reopens.',
];

/** A second story, for SPA navigation. */
export const PORT_STORY = [
  'Harbor Commissioner Victor Alvarez announced on Monday that the Port of Riverside will open a new container terminal in Eastgate next year, adding four hundred jobs.',
  '“Shipping through Riverside has grown every year for a decade,” Alvarez said. “This terminal lets us keep up with it.”',
  'The project is funded by a loan from the European Investment Bank and by Maersk, which will operate the terminal for twenty years.',
  'Environmental groups, including the Riverside Bay Alliance, have asked the Port Authority to study the effect of dredging on the bay. Alvarez said a study would be published in June.',
];

export const GERMAN_STORY = [
  'Bürgermeisterin Anna Torres hat am Donnerstag angekündigt, dass die Stadt die Brücke an der Hafenstraße für 40 Millionen Euro neu bauen wird.',
  '„Diese Brücke tragen jeden Tag zwölftausend Menschen, und sie haben lange genug gewartet“, sagte Torres vor Journalisten im Rathaus.',
  'Der Stadtrat hat den Plan mit sieben zu zwei Stimmen angenommen. Die Bauarbeiten sollen im Mai beginnen und vor dem Winter abgeschlossen sein.',
  'Anwohner aus Eastgate und Millbrook nutzen seit der Sperrung eine Fähre, die weiterfahren soll, bis die Brücke wieder geöffnet ist.',
];

/**
 * A React-like page: a tiny renderer rebuilds the article from state every 100 ms and reconciles
 * it with the DOM the way React does (nodes kept, only changed text updated), plus a live clock.
 * window.__renders counts renders, so the test can see the page's own script keeps working.
 */
export function reactLikePage(): string {
  const script = `
    const story = ${JSON.stringify(COUNCIL_STORY)};
    const root = document.getElementById('story');
    let renders = 0;
    function view(tick) {
      return [...story, 'Last updated ' + new Date(1741944600000 + tick * 1000).toISOString().slice(11, 19) + ' UTC.'];
    }
    function reconcile(texts) {
      while (root.children.length < texts.length) root.appendChild(document.createElement('p'));
      texts.forEach((t, i) => {
        const p = root.children[i];
        if (p.firstChild && p.firstChild.nodeType === 3) { if (p.firstChild.data !== t) p.firstChild.data = t; }
        else p.textContent = t;
      });
    }
    setInterval(() => { renders++; window.__renders = renders; reconcile(view(renders)); }, 100);
    reconcile(view(0));`;
  return articlePage({ title: 'Riverside will rebuild the Harbor Street bridge', paragraphs: [], script });
}

/** Client rendering: the article arrives 800 ms after load, as an app would fetch and render it. */
export function lateArticlePage(): string {
  const script = `
    setTimeout(() => {
      const story = ${JSON.stringify(COUNCIL_STORY)};
      const root = document.getElementById('story');
      root.textContent = '';
      for (const t of story) { const p = document.createElement('p'); p.textContent = t; root.appendChild(p); }
    }, 800);`;
  return articlePage({ title: 'Riverside will rebuild the Harbor Street bridge', paragraphs: ['Loading the story…'], script });
}

/** An SPA: window.__go(path) navigates with pushState and renders the next view in place. */
export function spaPage(): string {
  const script = `
    const views = {
      '/spa/bridge': { title: 'Riverside will rebuild the Harbor Street bridge', paras: ${JSON.stringify(COUNCIL_STORY)} },
      '/spa/port': { title: 'Port of Riverside to open a new terminal', paras: ${JSON.stringify(PORT_STORY)} },
    };
    window.__go = (path) => {
      history.pushState({}, '', path);
      const main = document.querySelector('main');
      const v = views[path];
      if (v) {
        main.innerHTML = '<article><h1></h1><p class="byline">By <span class="author">Dana Whitfield</span></p><div class="article-body" id="story"></div></article>';
        main.querySelector('h1').textContent = v.title;
        for (const t of v.paras) { const p = document.createElement('p'); p.textContent = t; main.querySelector('#story').appendChild(p); }
      } else {
        main.innerHTML = '<h1>Sections</h1><ul>' + Array.from({ length: 40 }, (_, i) => '<li><a href="/story/' + i + '">Story number ' + i + ' from the city desk</a></li>').join('') + '</ul>';
      }
    };`;
  return articlePage({ title: 'Riverside will rebuild the Harbor Street bridge', paragraphs: COUNCIL_STORY, script });
}

/** A live blog: window.__append(text) adds an update at the end, as a live page does. */
export function liveBlogPage(): string {
  const script = `window.__append = (t) => { const p = document.createElement('p'); p.textContent = t; document.getElementById('story').appendChild(p); };`;
  return articlePage({ title: 'Live: Riverside council votes on the bridge', paragraphs: COUNCIL_STORY, script });
}

/** About `bytes` of article text in ordinary paragraphs. */
export function hugeArticlePage(bytes: number): string {
  const paras: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${COUNCIL_STORY[i % COUNCIL_STORY.length]} (Part ${i + 1}.)`;
    paras.push(p);
    size += p.length + 8;
  }
  return articlePage({ title: 'The complete record of the Harbor Street bridge debate', paragraphs: paras });
}

/** One article whose text is split into `n` tiny text nodes (a word or a letter each). */
export function tinyNodesPage(n: number): string {
  const words = COUNCIL_STORY.join(' ').split(/(\s+)/);
  const spans: string[] = [];
  for (let i = 0; i < n; i++) spans.push(`<span>${esc(words[i % words.length]!)}</span>`);
  const perPara = 500;
  const paras: string[] = [];
  for (let i = 0; i < spans.length; i += perPara) paras.push(`<p>${spans.slice(i, i + perPara).join('')}</p>`);
  return articlePage({ title: 'Harbor Street bridge, word by word', paragraphs: [], extra: paras.join('\n') });
}

/** The article wrapped in `depth` nested <div>s. */
export function deepPage(depth: number): string {
  const open = '<div>'.repeat(depth);
  const close = '</div>'.repeat(depth);
  return articlePage({ title: 'Riverside will rebuild the Harbor Street bridge', paragraphs: [], extra: `${open}${COUNCIL_STORY.map((p) => `<p>${esc(p)}</p>`).join('')}${close}` });
}

/** An article with an iframe (which holds another article) and an open shadow root. */
export function framesAndShadowPage(): string {
  const inner = encodeURIComponent(articlePage({ title: 'Inner frame story', paragraphs: PORT_STORY }));
  const script = `
    const host = document.getElementById('shadow-host');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>' + ${JSON.stringify(PORT_STORY[0])} + '</p>';`;
  return articlePage({
    title: 'Riverside will rebuild the Harbor Street bridge',
    paragraphs: COUNCIL_STORY,
    extra: `<iframe title="related" src="data:text/html,${inner}" width="400" height="200"></iframe><div id="shadow-host"></div>`,
    script,
  });
}

/** An article where a comment box (contenteditable) holds names too. */
export function editablePage(): string {
  return articlePage({
    title: 'Riverside will rebuild the Harbor Street bridge',
    paragraphs: COUNCIL_STORY,
    extra: `<section class="your-reply"><div contenteditable="true" id="editor"><p>Mayor Ana Torres and Governor Lisa Park should visit Eastgate, said my neighbour Joan Reyes.</p></div></section>`,
  });
}

export function noTextPage(): string {
  return `<!doctype html><html lang="en"><head><title>Gallery</title><meta property="og:type" content="article"></head><body><article><figure><div style="width:400px;height:300px;background:#ccd"></div></figure></article></body></html>`;
}

/** Markup, scripts, RTL and zero-width characters and a 100,000-character word, all as article text. */
export const HOSTILE_MARKUP = '<img src=x onerror=window.__pwned=1>';
/** Template and entity syntax that a careless renderer would evaluate or decode, inside a quote. */
export const HOSTILE_QUOTE = "{{constructor.constructor('window.__pwned=3')()}} &amp; javascript:window.__pwned=4";
export function hostilePage(): string {
  const longWord = 'A'.repeat(100_000);
  const paras = [
    ...COUNCIL_STORY.slice(0, 3),
    `“Read this: ${HOSTILE_QUOTE} and smile,” said Mark Ellison on Friday at City Hall.`,
    `Somebody pasted ${HOSTILE_MARKUP} <script>window.__pwned=2</script> into the council's web form, Mayor Ana Torres said.`,
    `Protesters carried signs reading \u202Eevil\u202C and \u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645 with zero\u200Bwidth\u200Djoiners, Torres said.`,
    `Somebody typed ${longWord} into the council's comment form.`,
  ];
  return articlePage({ title: `Council meeting <b>disrupted</b> ${HOSTILE_MARKUP}`, paragraphs: paras });
}
