// Dev tool: Mozilla Readability (isProbablyReaderable + parse on linkedom) over JSONL input, written
// as schema lines, so its per-page results can be compared with ours by score-extraction.mjs.
//   npx tsx scripts/extraction/readability-baseline.ts < in.jsonl > readability.jsonl

import { createInterface } from 'node:readline';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { id, html } = JSON.parse(line) as { id: string; html: string };
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const readerable = isProbablyReaderable(doc);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(doc).parse();
  } catch {
    article = null;
  }
  const text = article?.content ? blockText(article.content) : '';
  process.stdout.write(
    JSON.stringify({
      id,
      isArticle: readerable && !!article,
      article: {
        title: article?.title ?? null,
        byline: article?.byline ?? null,
        siteName: article?.siteName ?? null,
        publishedTime: article?.publishedTime ?? null,
        lang: article?.lang ?? null,
        text,
      },
    }) + '\n',
  );
}

/** Readability's HTML to plain text: blocks become paragraphs. */
function blockText(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out += (n as Text).data.replace(/\s+/g, ' ');
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') return;
      const block = /^(P|DIV|H\d|LI|UL|OL|BLOCKQUOTE|PRE|TABLE|TR|SECTION|ARTICLE|FIGURE|FIGCAPTION)$/.test(tag);
      if (block) out += '\n\n';
      if (tag === 'BR') out += '\n';
      for (const c of n.childNodes) walk(c);
      if (block) out += '\n\n';
    }
  };
  walk(document.body as unknown as Node);
  return out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
