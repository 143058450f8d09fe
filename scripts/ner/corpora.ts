// Readers for the NER corpora in ../shared/corpus/ner (see its SOURCE.md). Every reader returns
// documents of sentences of (token, tag) with the tags decoded to typed spans, mapped onto
// PER / ORG / LOC / MISC. Nothing here is copied anywhere: the text stays in ../shared.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export type CorpusType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface CorpusSentence {
  tokens: string[];
  /** Entity spans over token indices [start, end). */
  spans: { start: number; end: number; type: CorpusType }[];
}

export interface CorpusDoc {
  id: string;
  sentences: CorpusSentence[];
}

export const CORPUS_DIR = process.env.LEDE_NER_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus', 'ner');

/** Decodes IOB1 / IOB2 / BIOES-ish tags leniently: a span starts at B-/S-/U-, or at I-X after a non-X. */
export function decodeTags(tags: string[], map: (t: string) => CorpusType | null): CorpusSentence['spans'] {
  const spans: CorpusSentence['spans'] = [];
  let open: { start: number; type: CorpusType; raw: string } | null = null;
  const close = (end: number): void => {
    if (open) spans.push({ start: open.start, end, type: open.type });
    open = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3 || tag[1] !== '-') {
      close(i);
      return;
    }
    const prefix = tag[0]!;
    const raw = tag.slice(2);
    const type = map(raw);
    if (!type) {
      close(i);
      return;
    }
    const continues = open !== null && open.raw === raw && (prefix === 'I' || prefix === 'E' || prefix === 'L');
    if (!continues) {
      close(i);
      open = { start: i, type, raw };
    }
    if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') close(i + 1);
  });
  close(tags.length);
  return spans;
}

const CONLL_MAP = (t: string): CorpusType | null => (t === 'PER' || t === 'ORG' || t === 'LOC' || t === 'MISC' ? t : null);

/** CoNLL-2003 layout (also WikiGold): "WORD ... TAG" per line, -DOCSTART- between documents. */
export function readConllLike(path: string, idPrefix: string, map = CONLL_MAP): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  let doc: CorpusDoc | null = null;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) {
      if (!doc) {
        doc = { id: `${idPrefix}-${docs.length + 1}`, sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push({ tokens, spans: decodeTags(tags, map) });
    }
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (!line.trim()) {
      flush();
      continue;
    }
    if (parts[0] === '-DOCSTART-') {
      flush();
      doc = null;
      continue;
    }
    tokens.push(parts[0]!);
    tags.push(parts[parts.length - 1]!);
  }
  flush();
  return docs;
}

/** UNER .iob2 (tab-separated ID FORM TAG ...), with # newdoc id comments. OTH = nationalities etc. → MISC. */
export function readUner(path: string): CorpusDoc[] {
  const map = (t: string): CorpusType | null => (t === 'PER' || t === 'ORG' || t === 'LOC' ? t : t === 'OTH' ? 'MISC' : null);
  const docs: CorpusDoc[] = [];
  let doc: CorpusDoc | null = null;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) {
      if (!doc) {
        doc = { id: `uner-${docs.length + 1}`, sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push({ tokens, spans: decodeTags(tags, map) });
    }
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      doc = { id: line.split('=')[1]!.trim(), sentences: [] };
      docs.push(doc);
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const parts = line.split('\t');
    if (parts.length < 3 || parts[0]!.includes('-') || parts[0]!.includes('.')) continue;
    tokens.push(parts[1]!);
    // The early EWT train file has a stray "B-O" on punctuation: that is O.
    tags.push(parts[2] === 'B-O' ? 'O' : parts[2]!);
  }
  flush();
  return docs;
}

/** CrossNER (TOKEN\tTAG, IOB2, no documents): groups of 10 sentences become pseudo-documents. */
export function readCrossner(path: string): CorpusDoc[] {
  const map = (t: string): CorpusType | null => {
    if (t === 'politician' || t === 'person') return 'PER';
    if (t === 'organisation' || t === 'politicalparty') return 'ORG';
    if (t === 'country' || t === 'location') return 'LOC';
    if (t === 'misc' || t === 'event' || t === 'election') return 'MISC';
    return null;
  };
  const sentences: CorpusSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (tokens.length) sentences.push({ tokens, spans: decodeTags(tags, map) });
      tokens = [];
      tags = [];
      continue;
    }
    const [tok, tag] = line.split('\t');
    tokens.push(tok!);
    tags.push((tag ?? 'O').trim());
  }
  if (tokens.length) sentences.push({ tokens, spans: decodeTags(tags, map) });
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < sentences.length; i += 10) docs.push({ id: `crossner-${docs.length + 1}`, sentences: sentences.slice(i, i + 10) });
  return docs;
}

/** Raw sentences (tokens only) of the GMB CSV (public-domain VOA text; its tags are not used). */
export function readGmbSentences(): string[][] {
  const zip = readFileSync(join(CORPUS_DIR, 'gmb-kaggle', 'ner_dataset.csv.zip'));
  const csv = unzipFirst(zip).toString('latin1');
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    if (!line) continue;
    if (line.startsWith('Sentence:')) {
      if (cur.length) out.push(cur);
      cur = [];
    }
    // "Sentence #,Word,POS,Tag": the word may itself be a quoted comma.
    const m = /^[^,]*,("(?:[^"]|"")*"|[^,]*),/.exec(line);
    if (!m) continue;
    let w = m[1]!;
    if (w.startsWith('"')) w = w.slice(1, -1).replace(/""/g, '"');
    if (w) cur.push(w);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The first file of a zip archive (stored or deflated), with node:zlib only. */
function unzipFirst(zip: Buffer): Buffer {
  if (zip.readUInt32LE(0) !== 0x04034b50) throw new Error('not a zip file');
  const method = zip.readUInt16LE(8);
  let size = zip.readUInt32LE(18);
  const nameLen = zip.readUInt16LE(26);
  const extraLen = zip.readUInt16LE(28);
  const start = 30 + nameLen + extraLen;
  if (size === 0) {
    // Sizes in a data descriptor: take them from the central directory.
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    size = zip.readUInt32LE(cd + 20);
  }
  const data = zip.subarray(start, start + size);
  return method === 0 ? Buffer.from(data) : inflateRawSync(data);
}

/** Token sequences of the GUM news files (CoNLL-U FORM column), for cluster induction only. */
export function readGumSentences(): string[][] {
  const dir = join(CORPUS_DIR, 'gum-news');
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.conllu')).sort()) {
    let cur: string[] = [];
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) {
        if (cur.length) out.push(cur);
        cur = [];
      } else if (!line.startsWith('#')) {
        const cols = line.split('\t');
        if (/^\d+$/.test(cols[0]!)) cur.push(cols[1]!);
      }
    }
    if (cur.length) out.push(cur);
  }
  return out;
}

export interface Sets {
  conllTrain: () => CorpusDoc[];
  conllTesta: () => CorpusDoc[];
  conllTestb: () => CorpusDoc[];
  ewtTrain: () => CorpusDoc[];
  ewtDev: () => CorpusDoc[];
  ewtTest: () => CorpusDoc[];
  wikigold: () => CorpusDoc[];
  crossner: () => CorpusDoc[];
  pud: () => CorpusDoc[];
}

export const SETS: Sets = {
  conllTrain: () => readConllLike(join(CORPUS_DIR, 'conll2003', 'eng.train'), 'train'),
  conllTesta: () => readConllLike(join(CORPUS_DIR, 'conll2003', 'eng.testa'), 'testa'),
  conllTestb: () => readConllLike(join(CORPUS_DIR, 'conll2003', 'eng.testb'), 'testb'),
  ewtTrain: () => readUner(join(CORPUS_DIR, 'uner-en-ewt', 'en_ewt-ud-train.EARLY-0c7ce0de.iob2')),
  ewtDev: () => readUner(join(CORPUS_DIR, 'uner-en-ewt', 'en_ewt-ud-dev.iob2')),
  ewtTest: () => readUner(join(CORPUS_DIR, 'uner-en-ewt', 'en_ewt-ud-test.iob2')),
  wikigold: () => readConllLike(join(CORPUS_DIR, 'wikigold', 'wikigold.conll.txt'), 'wikigold'),
  crossner: () => ['train.txt', 'dev.txt', 'test.txt'].flatMap((f) => readCrossner(join(CORPUS_DIR, 'crossner-politics', f))),
  pud: () => readUner(join(CORPUS_DIR, 'uner-en-pud', 'en_pud-ud-test.iob2')),
};
