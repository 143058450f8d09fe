// Is this page an article? A scored decision: declared signals (JSON-LD, Open Graph, meta,
// microdata, byline markup) and the address first; a page with none of them and little paragraph
// text is rejected there, without walking the DOM. Otherwise the shape of the main text decides
// (one container of long, link-poor paragraphs versus teasers, headline links and pictures).

import { findBodySteps } from './extract/scan';
import { UNLIMITED, runToEnd, type Budget, type Steps } from './slices';
import { declaredSignals } from './detect/signals';
import { MAX_SHAPE, bodyShapeSteps, shapeSignals } from './detect/structure';
import { urlSignals, type UrlSignal } from './detect/url';

export interface Detection {
  isArticle: boolean;
  score: number;
  /** Names of the signals that fired, for debugging and tests. */
  signals: string[];
}

/** Score at or above which the page is an article. */
export const THRESHOLD = 2;

export function detectArticle(doc: Document, url?: string): Detection {
  return runToEnd(detectSteps(doc, url, UNLIMITED));
}

/** detectArticle as steps that pause when `budget` is due (in its walks over the page). */
export function* detectSteps(doc: Document, url: string | undefined, budget: Budget): Steps<Detection> {
  if (!doc.documentElement) return { isArticle: false, score: 0, signals: ['empty'] };
  const signals: UrlSignal[] = [...declaredSignals(doc), ...urlSignals(url ?? doc.URL)];
  const declared = sum(signals);
  // The text can add at most MAX_SHAPE: below that, nothing in the page can make it an article.
  if (declared + MAX_SHAPE < THRESHOLD) return decide(signals);
  if (declared <= 0 && quickParagraphMass(doc) < 500) {
    signals.push({ name: 'no-paragraphs', weight: -4 });
    return decide(signals);
  }
  const { scan, roots } = yield* findBodySteps(doc, true, budget);
  signals.push(...shapeSignals(yield* bodyShapeSteps(scan, roots, budget)));
  return decide(signals);
}

const sum = (signals: UrlSignal[]): number => signals.reduce((s, x) => s + x.weight, 0);

function decide(signals: UrlSignal[]): Detection {
  const score = Math.round(sum(signals) * 10) / 10;
  return { isArticle: score >= THRESHOLD, score, signals: signals.map((s) => s.name) };
}

/** Characters in <p> elements of 80 or more, counted until it is clearly enough. */
function quickParagraphMass(doc: Document): number {
  let mass = 0;
  for (const p of doc.getElementsByTagName('p')) {
    const n = p.textContent?.length ?? 0;
    if (n >= 80 && (mass += n) >= 500) break;
  }
  return mass;
}
