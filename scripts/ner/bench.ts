// npm run bench:ner — model size (raw and gzip) and tagging time per 1,000 words, beside
// compromise on the same text. Text: the CoNLL-2003 testb documents when ../shared is present
// (as the scorer emits them), else the OAN fixture repeated.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { loadNerModel, recognizeEntities } from '../../src/core/entities/index';
import { prepareDoc } from '../../src/core/entities/features';
import { tagDoc } from '../../src/core/entities/tagger';
import { buildDoc } from '../../src/core/text/sentences';
import { SETS } from './corpora';
import { docText } from './training-data';

function texts(): { name: string; docs: string[] } {
  if (existsSync(join(process.cwd(), '..', 'shared', 'corpus', 'ner', 'conll2003', 'eng.testb'))) {
    return { name: 'CoNLL-2003 testb (231 documents)', docs: SETS.conllTestb().map((d) => docText(d).text) };
  }
  const oan = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'oan-2024-02-02-us-strikes.txt'), 'utf8');
  return { name: 'OAN fixture ×50 (../shared absent)', docs: Array.from({ length: 50 }, () => oan) };
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Median over rounds of the CPU time (user + system, ms) spent on all documents, after a warm-up
 * round. CPU time rather than wall time, so other jobs on a shared machine do not count.
 */
function time(docs: string[], run: (t: string) => void, rounds = 5): number {
  for (const d of docs.slice(0, 40)) run(d);
  const totals: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    for (const d of docs) run(d);
    const c = process.cpuUsage(c0);
    totals.push((c.user + c.system) / 1000);
  }
  totals.sort((a, b) => a - b);
  return totals[Math.floor(rounds / 2)]!;
}

const modelPath = join(process.cwd(), 'public', 'models', 'ner.bin');
const bytes = new Uint8Array(readFileSync(modelPath));
const model = loadNerModel(bytes);
const { name, docs } = texts();
const nWords = docs.reduce((s, d) => s + words(d), 0);
const per1k = (ms: number): string => ((ms / nWords) * 1000).toFixed(2);

const tagOnly = time(docs, (t) => {
  const doc = buildDoc(t);
  const p = prepareDoc(doc.tokens.map((x) => x.text), doc.sentences.map((s) => ({ first: s.firstToken, last: s.lastToken })), model.lexicon, model.forms);
  tagDoc(p, model.lexicon, model.weights, true);
});
const tokOnly = time(docs, (t) => void buildDoc(t));
const full = time(docs, (t) => void recognizeEntities(buildDoc(t), model));
const comp = time(docs, (t) => {
  const d = nlp(t);
  d.people().json({ offset: true });
  d.organizations().json({ offset: true });
  d.places().json({ offset: true });
}, 3);

const out = [
  `text: ${name}, ${nWords} words`,
  `model: ${modelPath.replace(process.cwd() + '/', '')} ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip -9 (trained on: ${model.meta.trainedOn.join('; ')})`,
  '',
  '| system (Node 20, warm, median of rounds, CPU time) | ms per 1,000 words |',
  '|---|---:|',
  `| Lede tagger (features + Viterbi, tokens given) | ${per1k(tagOnly - tokOnly)} |`,
  `| Lede tokenize + sentences + tagger | ${per1k(tagOnly)} |`,
  `| Lede recognizeEntities (+ tokenize, linking) | ${per1k(full)} |`,
  `| compromise ${(nlp as unknown as { version: string }).version} .people/.organizations/.places | ${per1k(comp)} |`,
];
process.stdout.write(out.join('\n') + '\n');
