// Builds the lexicon shipped in the model (clusters, capitalisation ratios, gazetteers) and
// caches it under .cache/ner/ so repeated training runs skip the clustering.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LexiconData } from '../../src/core/entities/lexicon';
import { induceClusters } from './clusters';
import { SETS, readGmbSentences, readGumSentences, type CorpusDoc } from './corpora';
import { buildGazetteers } from './gazetteers';

const CACHE = join(process.cwd(), '.cache', 'ner', 'lexicon-v1.json');

interface Cached {
  words: string[];
  cluster: number[];
  gaz: number[];
  cap: number[];
  phrases: string[];
  phraseGaz: number[];
  clusterLevels: number[];
}

function tokensOf(docs: CorpusDoc[]): string[][] {
  return docs.flatMap((d) => d.sentences.map((s) => s.tokens));
}

export function buildLexicon(): LexiconData {
  const t0 = Date.now();
  const text = [
    ...readGmbSentences(),
    ...tokensOf(SETS.ewtTrain()),
    ...tokensOf(SETS.ewtDev()),
    ...tokensOf(SETS.wikigold()),
    ...tokensOf(SETS.crossner()),
    ...readGumSentences(),
  ];
  const ntok = text.reduce((s, x) => s + x.length, 0);
  process.stderr.write(`clusters: ${text.length} sentences, ${ntok} tokens of open text\n`);
  const cl = induceClusters(text);
  process.stderr.write(`clusters: ${cl.leaf.size} words in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const gz = buildGazetteers();
  const all = new Set<string>([...cl.leaf.keys(), ...gz.words.keys(), ...cl.cap.keys()]);
  const words = [...all].filter((w) => !w.includes('\n')).sort();
  const phrases = [...gz.phrases.keys()].filter((p) => !p.includes('\n')).sort();
  return {
    words,
    cluster: Uint16Array.from(words.map((w) => cl.leaf.get(w) ?? 0)),
    gaz: Uint16Array.from(words.map((w) => gz.words.get(w) ?? 0)),
    cap: Uint8Array.from(words.map((w) => cl.cap.get(w) ?? 0)),
    phrases,
    phraseGaz: Uint16Array.from(phrases.map((p) => gz.phrases.get(p)!)),
    clusterLevels: cl.levels,
  };
}

export async function loadLexicon(): Promise<LexiconData> {
  if (existsSync(CACHE) && !process.env.LEDE_NER_REBUILD) {
    const c = JSON.parse(readFileSync(CACHE, 'utf8')) as Cached;
    return {
      words: c.words,
      cluster: Uint16Array.from(c.cluster),
      gaz: Uint16Array.from(c.gaz),
      cap: Uint8Array.from(c.cap),
      phrases: c.phrases,
      phraseGaz: Uint16Array.from(c.phraseGaz),
      clusterLevels: c.clusterLevels,
    };
  }
  const lex = buildLexicon();
  mkdirSync(join(process.cwd(), '.cache', 'ner'), { recursive: true });
  const c: Cached = {
    words: lex.words,
    cluster: [...lex.cluster],
    gaz: [...lex.gaz],
    cap: [...lex.cap],
    phrases: lex.phrases,
    phraseGaz: [...lex.phraseGaz],
    clusterLevels: lex.clusterLevels,
  };
  writeFileSync(CACHE, JSON.stringify(c));
  return lex;
}
