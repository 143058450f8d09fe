// A regression guard on a sample of the shared extraction corpus, scored the way
// ../shared/eval/score-extraction.mjs scores (its own functions). The full numbers come from
// `npm run eval` / scripts/extraction; this only catches a large drop. Skips without ../shared.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect';
import { extractArticle } from '../../src/page/extract';
import { docOf } from './helpers';

const MANIFEST = resolve(__dirname, '../../../shared/corpus/extraction/manifest.json');
const SCORER = resolve(__dirname, '../../../shared/eval/score-extraction.mjs');

interface Doc {
  id: string;
  group: string;
  path: string;
  url: string;
  label: string;
  detection?: boolean;
  expected: { textPath?: string; textField?: string | null } | null;
}
interface Scorer {
  shingleTpFpFn: (truth: string, pred: string) => [number, number, number];
  metricsFromTpFpFns: (list: [number, number, number][]) => { f1: number };
}

const present = existsSync(MANIFEST) && existsSync(SCORER);
if (!present) {
  describe('extraction corpus sample', () => {
    it.skip(`needs the shared corpus at ${MANIFEST} and its scorer (not in this checkout)`, () => {});
  });
} else {
  describe('extraction corpus sample', () => {
    const root = dirname(MANIFEST);
    const docs = (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { docs: Doc[] }).docs;
    const sample = (group: string, every: number): Doc[] => docs.filter((d) => d.group === group).filter((_, i) => i % every === 0);

    it('body text of every 9th benchmark page stays near the full-corpus score', async () => {
      const scorer = (await import(SCORER)) as Scorer;
      const rows = sample('aeb', 9).map((d) => {
        const truth = String((JSON.parse(readFileSync(join(root, d.expected!.textPath!), 'utf8')) as Record<string, string>)[d.expected!.textField!] ?? '');
        const { article } = extractArticle(docOf(readFileSync(join(root, d.path), 'utf8')), d.url);
        return scorer.shingleTpFpFn(truth, article.text);
      });
      expect(rows.length).toBeGreaterThan(15);
      expect(scorer.metricsFromTpFpFns(rows).f1).toBeGreaterThan(0.95);
    }, 60_000);

    it('tells articles from section fronts, hubs and videos on a sample', () => {
      const picked = [...sample('seniorresearch-article', 12), ...sample('seniorresearch-non-article', 12), ...sample('readability', 8).filter((d) => d.detection !== false)];
      let right = 0;
      for (const d of picked) {
        const isArticle = detectArticle(docOf(readFileSync(join(root, d.path), 'utf8')), d.url).isArticle;
        if (isArticle === (d.label === 'article')) right++;
      }
      expect(right / picked.length).toBeGreaterThan(0.93);
    }, 60_000);
  });
}
