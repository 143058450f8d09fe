// The pure core: plain article text in, Analysis out. No DOM, no browser API, deterministic,
// so the background, the CLI and the Node tests all run exactly this.

import { recognizeEntities, type NerModel } from './entities/index';
import { findQuotes } from './quotes/index';
import { summarize } from './summary/index';
import { isEnglish } from './text/language';
import { buildDoc } from './text/sentences';
import { countWords } from './text/words';
import type { Analysis, Article, SkipReason } from './types';

export interface Models {
  ner: NerModel;
}

export interface AnalyzeOptions {
  /** Summary length in sentences. */
  summarySentences?: number;
}

const WORDS_PER_MINUTE = 230;

/**
 * The longest text analysed, in characters (about 25,000 words, longer than any news story).
 * A huge page is read up to the paragraph break before this point, so the cost stays bounded;
 * offsets still index the whole text.
 */
export const MAX_ANALYZED_CHARS = 150_000;

export function analyze(article: Article, models: Models, opts: AnalyzeOptions = {}): Analysis {
  const text = article.text;
  if (!text.trim()) return skipped(article, true, 'empty');
  if (!isEnglish(text, article.lang)) return skipped(article, true, 'not-english');

  const analyzed = text.length > MAX_ANALYZED_CHARS ? text.slice(0, cutPoint(text, MAX_ANALYZED_CHARS)) : text;
  const doc = buildDoc(analyzed);
  const entities = recognizeEntities(doc, models.ner);
  const { quotes, speech } = findQuotes(doc, entities);
  const summarySpans = summarize(doc, entities, { count: opts.summarySentences ?? 3, title: article.title });
  const words = countWords(text);
  return {
    isArticle: true,
    skipped: null,
    article,
    entities,
    quotes,
    speech,
    summary: summarySpans.map((s) => text.slice(s.start, s.end)),
    summarySpans,
    stats: { words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)), analyzedChars: analyzed.length },
  };
}

/** The last paragraph (or, failing that, sentence or word) break at or before `max`. */
function cutPoint(text: string, max: number): number {
  for (const sep of ['\n\n', '. ', ' ']) {
    const at = text.lastIndexOf(sep, max - sep.length);
    if (at > max / 2) return at + (sep === '. ' ? 1 : 0);
  }
  return max;
}

/** The Analysis of a page that is not annotated, saying why. */
export function skipped(article: Article, isArticle: boolean, reason: SkipReason): Analysis {
  return {
    isArticle,
    skipped: reason,
    article,
    entities: [],
    quotes: [],
    speech: [],
    summary: [],
    summarySpans: [],
    stats: { words: 0, readingMinutes: 0, analyzedChars: 0 },
  };
}
