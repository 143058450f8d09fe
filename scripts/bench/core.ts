// The background's share of the pipeline, measured again in Node in CPU time: core analyze on the
// very articles Lede extracted in the browser run, with the model file shipped in dist/chrome.
// Wall clock in the service worker includes waiting for a CPU on a busy machine; process CPU time
// does not, and the per-stage split (the same calls analyze() makes) says what dominates.

import { readFileSync } from 'node:fs';
import { analyze, type Models } from '../../src/core/analyze';
import { loadNerModel, recognizeEntities } from '../../src/core/entities/index';
import { findQuotes } from '../../src/core/quotes/index';
import { summarize } from '../../src/core/summary/index';
import { buildDoc } from '../../src/core/text/sentences';
import type { Article } from '../../src/core/types';

export interface CoreTiming {
  chars: number;
  wallMs: number;
  cpuMs: number;
  /** CPU ms per stage: sentences + tokens, entities (tagger + linking), quotes, summary. */
  stages: { doc: number; entities: number; quotes: number; summary: number };
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

export function timeCore(articles: Article[], modelPath: string, summarySentences = 3): CoreTiming[] {
  const models: Models = { ner: loadNerModel(new Uint8Array(readFileSync(modelPath))) };
  // Warm-up, like the long-lived service worker: JIT and caches settle before timing.
  for (const a of articles.slice(0, 20)) analyze(a, models, { summarySentences });
  const out: CoreTiming[] = [];
  for (const article of articles) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    analyze(article, models, { summarySentences });
    const wallMs = performance.now() - w0;
    const total = cpuMs(c0);

    let c = process.cpuUsage();
    const doc = buildDoc(article.text);
    const docMs = cpuMs(c);
    c = process.cpuUsage();
    const entities = recognizeEntities(doc, models.ner);
    const entMs = cpuMs(c);
    c = process.cpuUsage();
    findQuotes(doc, entities);
    const quoteMs = cpuMs(c);
    c = process.cpuUsage();
    summarize(doc, entities, { count: summarySentences, title: article.title });
    const sumMs = cpuMs(c);
    out.push({ chars: article.text.length, wallMs, cpuMs: total, stages: { doc: docMs, entities: entMs, quotes: quoteMs, summary: sumMs } });
  }
  return out;
}
