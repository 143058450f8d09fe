// Is this page an article? PLACEHOLDER scoring until the extraction work lands:
// JSON-LD article types, og:type, article:published_time, <article>, paragraph mass.

export interface Detection {
  isArticle: boolean;
  score: number;
  /** Names of the signals that fired, for debugging and tests. */
  signals: string[];
}

const ARTICLE_TYPES = /"@type"\s*:\s*\[?\s*"(?:NewsArticle|ReportageNewsArticle|Article|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle)"/;

export function detectArticle(doc: Document): Detection {
  const signals: string[] = [];
  let score = 0;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(s.textContent ?? '')) {
      signals.push('json-ld');
      score += 2;
      break;
    }
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType === 'article') {
    signals.push('og:type');
    score += 1;
  }
  if (doc.querySelector('meta[property="article:published_time"]')) {
    signals.push('published_time');
    score += 1;
  }
  if (doc.querySelector('article, [itemprop="articleBody"]')) {
    signals.push('article-element');
    score += 1;
  }
  let mass = 0;
  for (const p of doc.querySelectorAll('p')) {
    const len = (p.textContent ?? '').length;
    if (len > 80) mass += len;
    if (mass > 1500) break;
  }
  if (mass > 1500) {
    signals.push('paragraph-mass');
    score += 1;
  } else score -= 2;
  return { isArticle: score >= 2, score, signals };
}
