// What each candidate sentence offers a summary, as numbers in [0, 1]: where it sits, how long it
// is, how central its terms are to the article, how close it is to the headline (or the opening
// sentence when there is none), the numbers and entities it holds, and the signs of a caption
// label, a first-person aside or a dangling pronoun. Boilerplate and fragments are not candidates.

import type { Doc } from '../text/sentences';
import type { Entity, Span } from '../types';
import { datelineLength, isBoilerplate } from './boilerplate';
import { classify, type TokenKind } from './terms';

export const FEATURES = [
  'pos0', 'pos1', 'pos2', 'pos3', 'pos4', 'posDecay', 'relPos',
  'length', 'centrality', 'leadSim', 'numbers', 'caption', 'firstPerson', 'pronounStart', 'entities',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export const FEATURE_COUNT = FEATURES.length;
const F = Object.fromEntries(FEATURES.map((n, i) => [n, i])) as Record<FeatureName, number>;

export interface Candidate {
  /** Index in doc.sentences. */
  sentence: number;
  /** The sentence span, without a leading dateline. */
  span: Span;
  /** Word tokens (letters or digits). */
  words: number;
  /** Distinct content-term ids, ascending. */
  terms: Int32Array;
  features: Float64Array;
}

/** Fewer words than this is a fragment ("He did not return after tea." still counts). */
const MIN_WORDS = 5;

/** "Swamped: texas was hit…": a short label and a colon open a photo caption ("Kirby said:" does not). */
const CAPTION = /^(?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+:\s/u;
const SAYING = /\b(?:said|says|say|told|added|adds|explained|wrote|writes|asked|tweeted|stated)\s*:/i;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'my', 'our', 'us', 'you', 'your']);
const PRONOUN_START = /^(?:he|she|it|they|this|these|that|those|his|her|their|its|there)\b/i;

/** What a token text is to the features: its class and term, and whether it is a first-person word. */
interface Classified {
  kind: TokenKind;
  term: string;
  firstPerson: boolean;
}

interface SeenToken {
  cls: Classified;
  /** The article's id of its term, -1 when none. */
  id: number;
}

/** classify() plus the first-person test, for one token text. */
function classified(text: string): Classified {
  const { kind, term } = classify(text);
  // "US" in capitals is the country, not the pronoun.
  return { kind, term, firstPerson: kind === 'stop' && text !== 'US' && FIRST_PERSON.has(text.toLowerCase()) };
}

export interface FeatureOptions {
  /** The article's headline, when known. */
  title?: string | null;
}

/** The candidate sentences of a document with their features. */
export function candidates(doc: Doc, entities: readonly Entity[], opts: FeatureOptions = {}): Candidate[] {
  const { text, tokens } = doc;
  const termIds = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    return id;
  };

  // Token texts repeat a lot within an article: look each distinct one up once, keeping its term id.
  const seen = new Map<string, SeenToken>();
  /** Per term id, the last sentence that listed it, so each sentence lists a term once. */
  const listedIn: number[] = [];
  const out: Candidate[] = [];
  const numbers: number[] = [];
  const firstPerson: number[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    const raw = text.slice(s.start, s.end);
    if (isBoilerplate(raw)) continue;
    const start = s.start + datelineLength(raw);
    let words = 0;
    let nums = 0;
    let first = 0;
    const ids: number[] = [];
    for (let k = s.firstToken; k < s.lastToken; k++) {
      const tok = tokens[k]!;
      if (tok.start < start) continue;
      let seenTok = seen.get(tok.text);
      if (seenTok === undefined) {
        const cls = classified(tok.text);
        seenTok = { cls, id: cls.term ? idOf(cls.term) : -1 };
        seen.set(tok.text, seenTok);
      }
      const { cls, id } = seenTok;
      if (cls.kind === 'punct') continue;
      words++;
      if (cls.kind === 'number') nums++;
      if (cls.firstPerson) first++;
      if (id >= 0) {
        while (listedIn.length <= id) listedIn.push(-1);
        if (listedIn[id] !== si) {
          listedIn[id] = si;
          ids.push(id);
        }
      }
    }
    if (words < MIN_WORDS) continue;
    const terms = Int32Array.from(ids).sort();
    out.push({ sentence: si, span: { start, end: s.end }, words, terms, features: new Float64Array(FEATURE_COUNT) });
    numbers.push(nums);
    firstPerson.push(first);
  }
  if (!out.length) return out;

  // Document frequency of each term over the candidates: central terms recur.
  const df = new Int32Array(termIds.size);
  for (const c of out) for (const t of c.terms) df[t]!++;
  const centrality = out.map((c) => {
    let sum = 0;
    for (const t of c.terms) sum += Math.log(df[t]!);
    return sum / Math.sqrt(c.terms.length + 4);
  });
  const maxCentrality = max(centrality);

  const lead = opts.title ? titleTerms(opts.title, idOf) : out[0]!.terms;
  const entityWeight = namesAreCapitalised(doc) ? entityMass(out, entities) : null;

  const n = out.length;
  for (let r = 0; r < n; r++) {
    const c = out[r]!;
    const f = c.features;
    const raw = text.slice(c.span.start, c.span.end);
    if (r < 5) f[F.pos0 + r] = 1;
    f[F.posDecay] = 1 / (r + 1);
    f[F.relPos] = n > 1 ? r / (n - 1) : 0;
    f[F.length] = Math.min(c.words, 60) / 60;
    f[F.centrality] = centrality[r]! / maxCentrality;
    f[F.leadSim] = !opts.title && r === 0 ? 0 : overlap(c.terms, lead);
    f[F.numbers] = Math.min(numbers[r]!, 3) / 3;
    f[F.pronounStart] = PRONOUN_START.test(raw) ? 1 : 0;
    f[F.caption] = CAPTION.test(raw) && !SAYING.test(raw.slice(0, 60)) ? 1 : 0;
    f[F.firstPerson] = Math.min(firstPerson[r]!, 2) / 2;
    f[F.entities] = entityWeight ? entityWeight[r]! : 0;
  }
  return out;
}

/** Shared terms over the smaller term set's size (the overlap coefficient), 0 when either is empty. */
export function overlap(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}

function titleTerms(title: string, idOf: (t: string) => number): Int32Array {
  const ids: number[] = [];
  for (const w of title.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []) {
    const { term } = classify(w);
    if (term) ids.push(idOf(term));
  }
  return Int32Array.from(new Set(ids)).sort();
}

/**
 * Entities are only trusted where names are capitalised: on lower-cased text a tagger's output
 * is noise. The test: capitalised words inside sentences (not at their start, not "I").
 */
function namesAreCapitalised(doc: Doc): boolean {
  let words = 0;
  let caps = 0;
  for (const s of doc.sentences) {
    for (let k = s.firstToken + 1; k < s.lastToken; k++) {
      const t = doc.tokens[k]!.text;
      const c = t.charCodeAt(0);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
      words++;
      if (c <= 90 && t !== 'I') caps++;
    }
  }
  return words > 0 && caps / words > 0.03;
}

/**
 * Per candidate: which of the article's main entities it names, each counted once (a quote that
 * repeats a name five times is not five times as informative), weighted by rank, scaled to [0, 1].
 */
function entityMass(cands: Candidate[], entities: readonly Entity[]): number[] {
  const mass = new Array<number>(cands.length).fill(0);
  const top = entities.slice(0, 8);
  for (let e = 0; e < top.length; e++) {
    const weight = 1 / (e + 1);
    let last = -1;
    for (const m of [...top[e]!.mentions].sort((a, b) => a.start - b.start)) {
      const r = findCandidate(cands, m.start);
      if (r < 0 || r === last || m.end > cands[r]!.span.end) continue;
      mass[r]! += weight;
      last = r;
    }
  }
  const top1 = max(mass);
  return top1 > 0 ? mass.map((x) => x / top1) : mass;
}

/** Largest value, at least a tiny positive number (no spread: articles can be long). */
function max(xs: readonly number[]): number {
  let m = 1e-9;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** Binary search for the candidate containing offset, -1 when none does. */
function findCandidate(cands: Candidate[], offset: number): number {
  let lo = 0;
  let hi = cands.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = cands[mid]!.span;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
