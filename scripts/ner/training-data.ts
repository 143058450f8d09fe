// Turns corpus documents into what the tagger sees at run time: the text as the scorer builds it
// (tokens joined by spaces, sentences by newlines), re-tokenised and sentence-split by our own
// buildDoc, with gold BILOU labels projected onto our tokens through character offsets.

import { prepareDoc, type PreparedDoc } from '../../src/core/entities/features';
import { TYPES, spansToLabels } from '../../src/core/entities/labels';
import type { Lexicon } from '../../src/core/entities/lexicon';
import { buildDoc } from '../../src/core/text/sentences';
import type { CorpusDoc } from './corpora';

export interface TrainDoc {
  id: string;
  prepared: PreparedDoc;
  gold: Uint8Array;
}

export function docText(doc: CorpusDoc): { text: string; charSpans: { start: number; end: number; type: number }[] } {
  const lines: string[] = [];
  const charSpans: { start: number; end: number; type: number }[] = [];
  let offset = 0;
  for (const s of doc.sentences) {
    const starts: number[] = [];
    let p = offset;
    for (const t of s.tokens) {
      starts.push(p);
      p += t.length + 1;
    }
    for (const sp of s.spans) {
      const last = sp.end - 1;
      charSpans.push({ start: starts[sp.start]!, end: starts[last]! + s.tokens[last]!.length, type: TYPES.indexOf(sp.type) });
    }
    const line = s.tokens.join(' ');
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), charSpans };
}

export function toTrainDoc(doc: CorpusDoc, lex: Lexicon): TrainDoc {
  const { text, charSpans } = docText(doc);
  const built = buildDoc(text);
  const tokens = built.tokens;
  const spans: { start: number; end: number; type: number }[] = [];
  let k = 0;
  for (const cs of charSpans) {
    while (k < tokens.length && tokens[k]!.end <= cs.start) k++;
    let e = k;
    while (e < tokens.length && tokens[e]!.start < cs.end) e++;
    if (e > k) spans.push({ start: k, end: e, type: cs.type });
  }
  const sentences = built.sentences.map((s) => ({ first: s.firstToken, last: s.lastToken }));
  // A gold span that crosses one of our sentence breaks cannot be tagged: merge those sentences.
  const merged = mergeAcross(sentences, spans);
  const prepared = prepareDoc(
    tokens.map((t) => t.text),
    merged,
    lex,
  );
  return { id: doc.id, prepared, gold: spansToLabels(tokens.length, spans) };
}

function mergeAcross(sentences: { first: number; last: number }[], spans: { start: number; end: number }[]): { first: number; last: number }[] {
  const breakAt = new Set(sentences.slice(1).map((s) => s.first));
  for (const sp of spans) for (let i = sp.start + 1; i < sp.end; i++) breakAt.delete(i);
  const out: { first: number; last: number }[] = [];
  let first = 0;
  const n = sentences.length ? sentences[sentences.length - 1]!.last : 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || breakAt.has(i)) {
      out.push({ first, last: i });
      first = i;
    }
  }
  return out;
}
