// The Analysis contract: the shape the CLI prints and every scorer reads
// (../shared/eval/SCHEMA.md), plus fields of our own that do not break it.

export type EntityType = 'person' | 'organization' | 'place';

/** A character range in `article.text`: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  /** Stable within one analysis ("e0", "e1", …); quotes point at it. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form the article uses ("Joe Biden"). */
  name: string;
  /** Role or title the article gives ("U.S. Defense Secretary"), else null. */
  role: string | null;
  mentions: Mention[];
  /** Higher is more central to the article; entities are sorted by it. */
  salience: number;
}

export interface Quote extends Span {
  /** The quoted words without the quote marks. */
  text: string;
  /** Canonical name of the speaking entity, or of the speaker as written when not an entity. */
  speaker: string | null;
  /** Id of the speaking entity in `entities`, when it is one. */
  speakerId: string | null;
}

/** Indirect (reported) speech: "Kirby said the U.S. does not know…". Not part of `quotes`. */
export type Speech = Quote;

export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Plain text of the main body; paragraphs separated by a blank line. */
  text: string;
}

/** Why a page got no annotations. */
export type SkipReason = 'not-article' | 'not-english' | 'empty' | 'error';

export interface Analysis {
  id?: string;
  isArticle: boolean;
  /** Set when the page was not annotated, so the UI can say why. */
  skipped: SkipReason | null;
  article: Article;
  entities: Entity[];
  quotes: Quote[];
  speech: Speech[];
  summary: string[];
  /** Where each summary sentence sits in `article.text`, same order as `summary`. */
  summarySpans: Span[];
  stats: {
    words: number;
    readingMinutes: number;
    /** How much of article.text was analysed: all of it, except on huge pages. */
    analyzedChars: number;
  };
}

export function emptyArticle(text = ''): Article {
  return { title: null, byline: null, siteName: null, publishedTime: null, lang: null, text };
}
