// detect → extract → analyze on saved HTML (parsed with linkedom) or on plain text.

import { parseHTML } from 'linkedom';
import { analyze, skipped, type Models } from '../core/analyze';
import { emptyArticle, type Analysis } from '../core/types';
import { detectArticle } from '../page/detect';
import { extractArticle } from '../page/extract';

export function annotateText(text: string, models: Models): Analysis {
  return analyze(emptyArticle(text), models);
}

export function annotateHtml(html: string, url: string | null, models: Models): Analysis {
  const document = parseDocument(html, url);
  const detection = detectArticle(document, url ?? undefined);
  const { article } = extractArticle(document, url ?? undefined);
  if (!detection.isArticle) return { ...skipped(article, false, 'not-article') };
  return analyze(article, models);
}

function parseDocument(html: string, url: string | null): Document {
  let { document } = parseHTML(html);
  // A browser always builds <html><head><body>, even from nothing; linkedom does not.
  if (!document.documentElement || !document.body) document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  // linkedom has no location; pages that read their URL get it from <base> semantics only.
  if (url) (document as unknown as { URL?: string }).URL ??= url;
  return document as unknown as Document;
}
