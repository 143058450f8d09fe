// Shared by the summary dev scripts: loads CNN/DM test documents from ../shared (never copied into
// the repo) and scores summaries with the shared scorer's own tokenizer, so numbers match it.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const GOLD = join(SHARED, 'corpus', 'summarization', 'cnndm-test', 'test.jsonl');
export const SCORER = join(SHARED, 'eval', 'score-summary.mjs');

export interface GoldDoc {
  id: string;
  source: string;
  text: string;
  reference: string[];
}

export interface Rouge {
  precision: number;
  recall: number;
  fmeasure: number;
}

export interface Scorer {
  tokenize(text: string, useStemmer?: boolean): string[];
  scoreSummary(ref: string[], pred: string[]): { rouge1: Rouge; rouge2: Rouge; rougeLsum: Rouge };
}

/** False (after saying why) when ../shared is not there. */
export function haveShared(): boolean {
  if (existsSync(GOLD) && existsSync(SCORER)) return true;
  console.log(`skipped: ${GOLD} not found (the shared corpus lives outside the repository)`);
  return false;
}

export async function loadScorer(): Promise<Scorer> {
  return (await import(SCORER)) as Scorer;
}

/** Documents i with i % every in offsets (the scorer's --every N is offset 0). */
export function loadGold(every = 1, offsets: number | number[] = 0): GoldDoc[] {
  const keep = new Set(typeof offsets === 'number' ? [offsets] : offsets);
  const lines = readFileSync(GOLD, 'utf8').split('\n');
  const out: GoldDoc[] = [];
  let i = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (keep.has(i % every)) out.push(JSON.parse(line) as GoldDoc);
    i++;
  }
  return out;
}

/** Reads --name value from argv. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
