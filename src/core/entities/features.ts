// Feature extraction for the tagger, shared by training (scripts/ner) and tagging, so both see
// exactly the same keys. Per-token attributes are hashed once; each feature is then one mix() of a
// template id with an attribute hash, and the features of a token alone are cached per form.

import { hashString, mix, mix3 } from './hash';
import { GAZ_COUNT, PHRASE_GAZ, PHRASE_GOES_ON, type Lexicon } from './lexicon';

/** A sentence as token indices [first, last). */
export interface SentenceRange {
  first: number;
  last: number;
}

/** How far capitalisation can be trusted in a sentence. */
export const CASE_NORMAL = 0;
export const CASE_UPPER = 1; // ALL-CAPS headline or line
export const CASE_TITLE = 2; // Title Case Headline

/** Everything about a document the features need, computed once before tagging. */
export interface PreparedDoc {
  tokens: string[];
  sentences: SentenceRange[];
  n: number;
  sentenceCase: Uint8Array;
  /** Per token: hashes of the exact form, lower case, shape, number-normalised form. */
  hWord: Uint32Array;
  hLower: Uint32Array;
  hShape: Uint32Array;
  kind: Uint8Array;
  cluster: Uint16Array;
  cap: Uint8Array;
  /** Gazetteer codes per token: category * 4 + position (B, I, L, U). */
  gaz: number[][];
  /** Document evidence about the word's case: bit 1 = capitalised mid-sentence, bit 2 = lower case. */
  docCase: Uint8Array;
  /** Lower-cased token text, used as the key of the prediction history. */
  lower: string[];
  /** Per token, its form's look-ups; shared across documents when they came from the cache. */
  info: FormInfo[];
}

// Token kinds (coarse shape classes).
const K_LOWER = 1;
const K_INITCAP = 2;
const K_ALLCAPS = 3;
const K_MIXED = 4;
const K_DIGIT = 5;
const K_ALNUM = 6;
const K_PUNCT = 7;
const K_OTHER = 8;

function kindOf(t: string): number {
  let up = 0;
  let low = 0;
  let dig = 0;
  let other = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
    else if (c >= 48 && c <= 57) dig++;
    else if (c > 127) {
      const ch = t[i]!;
      if (ch !== ch.toLowerCase()) up++;
      else if (ch !== ch.toUpperCase()) low++;
      else other++;
    } else other++;
  }
  const letters = up + low;
  if (letters === 0) return dig > 0 ? K_DIGIT : other > 0 ? K_PUNCT : K_OTHER;
  if (dig > 0) return K_ALNUM;
  if (up === 0) return K_LOWER;
  if (low === 0) return K_ALLCAPS;
  const first = t[0]!;
  if (first !== first.toLowerCase() && isLowerTail(t)) return K_INITCAP;
  return K_MIXED;
}

function isLowerTail(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const ch = t[i]!;
    if (ch !== ch.toLowerCase()) return false;
  }
  return true;
}

/** Collapsed shape: "Xx", "X.X.", "dd-d", "x'x". */
export function shapeOf(t: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < t.length && out.length < 12; i++) {
    const ch = t[i]!;
    let s: string;
    if (ch >= '0' && ch <= '9') s = 'd';
    else if (ch !== ch.toLowerCase()) s = 'X';
    else if (ch !== ch.toUpperCase()) s = 'x';
    else s = ch;
    if (s === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    out += s;
    last = s;
  }
  return out;
}

/** hashString(shapeOf(t)), without building the shape: FNV-1a over the same code units. */
export function shapeHash(t: string): number {
  let h = 0x811c9dc5;
  let len = 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < t.length && len < 12; i++) {
    const c = t.charCodeAt(i);
    let s: number;
    if (c >= 48 && c <= 57) s = 100; // 'd'
    else if (c >= 65 && c <= 90) s = 88; // 'X'
    else if (c >= 97 && c <= 122) s = 120; // 'x'
    else if (c < 128) s = c;
    else {
      const ch = t[i]!;
      s = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    }
    if (s === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    h = Math.imul(h ^ s, 0x01000193);
    len++;
    last = s;
  }
  return h >>> 0;
}

const FUNCTION_WORDS = new Set(
  'a an the of and or in on at to for from by with as is are was be but vs v into over after'.split(' '),
);

function sentenceCaseOf(kinds: Uint8Array, tokens: string[], first: number, last: number): number {
  let words = 0;
  let allCaps = 0;
  let lowerNonFunction = 0;
  let cap = 0;
  for (let i = first; i < last; i++) {
    const k = kinds[i]!;
    if (k !== K_LOWER && k !== K_INITCAP && k !== K_ALLCAPS && k !== K_MIXED) continue;
    words++;
    if (k === K_ALLCAPS && tokens[i]!.length > 1) allCaps++;
    if (k === K_LOWER && !FUNCTION_WORDS.has(tokens[i]!)) lowerNonFunction++;
    if (k === K_INITCAP || k === K_ALLCAPS || k === K_MIXED) cap++;
  }
  if (words >= 2 && allCaps >= 2 && allCaps >= words * 0.6) return CASE_UPPER;
  if (words >= 4 && lowerNonFunction === 0 && cap >= words * 0.6) return CASE_TITLE;
  return CASE_NORMAL;
}

const OPEN_PUNCT = new Set(['"', '“', '‘', "'", '(', '[', '-', '--', '—', '–', ':', '``']);

/** Is the token at i in a position where a capital letter says nothing (sentence start, after a quote)? */
function isCaseNeutralPosition(tokens: string[], first: number, i: number): boolean {
  if (i === first) return true;
  let j = i - 1;
  while (j >= first && OPEN_PUNCT.has(tokens[j]!)) j--;
  return j < first || tokens[j] === '.' || tokens[j] === ':' || tokens[j] === '?' || tokens[j] === '!';
}

function titleCase(t: string): string {
  return t[0]! + t.slice(1).toLowerCase();
}

/** What the lexicon and hashing say about one written form. */
export interface FormInfo {
  /** Summed scores of the token-only features, filled in by tagging (tagger.ts) for cached forms. */
  scores: Float32Array | null;
  kind: number;
  lower: string;
  hWord: number;
  hLower: number;
  hShape: number;
  cluster: number;
  cap: number;
  /** Single-word gazetteer codes (category * 4 + U); shared, never modified. */
  gazCodes: number[];
}

/** `form` is how to look the word up (a headline word in the case the document uses elsewhere). */
function formInfo(t: string, form: string, lex: Lexicon): FormInfo {
  const lw = t.toLowerCase();
  const kind = kindOf(t);
  // Each distinct string is looked up once (most words are lower case: form, t and lw are one).
  const eForm = lex.find(form);
  const eT = form === t ? eForm : lex.find(t);
  let e = eForm;
  if (e < 0 && form !== t) e = eT;
  if (e < 0 && kind === K_ALLCAPS) e = lex.find(titleCase(t));
  const le = lw === form ? eForm : lw === t ? eT : lex.find(lw);
  if (e < 0) e = le;
  let gaz = lex.gaz(eForm);
  if (!gaz && form !== t) gaz = lex.gaz(eT);
  const gazCodes: number[] = [];
  for (let c = 0; c < GAZ_COUNT; c++) if (gaz & (1 << c)) gazCodes.push(c * 4 + 3);
  const hWord = hashString(t);
  return {
    scores: null, kind, lower: lw, hWord, hLower: lw === t ? hWord : hashString(lw), hShape: shapeHash(t),
    cluster: lex.cluster(e), cap: lex.cap(le), gazCodes,
  };
}

function cachedFormInfo(t: string, lex: Lexicon, forms: Map<string, FormInfo> | null): FormInfo {
  let info = forms?.get(t);
  if (info === undefined) {
    info = formInfo(t, t, lex);
    if (forms) {
      if (forms.size >= 100000) forms.clear();
      forms.set(t, info);
    }
  }
  return info;
}

/**
 * Attributes of every token of a document. `forms` caches per-form lookups across documents;
 * it must belong to this lexicon.
 */
export function prepareDoc(tokens: string[], sentences: SentenceRange[], lex: Lexicon, forms: Map<string, FormInfo> | null = null): PreparedDoc {
  const n = tokens.length;
  const kind = new Uint8Array(n);
  const lower: string[] = new Array<string>(n);
  const infos: FormInfo[] = new Array<FormInfo>(n);
  // Forms repeat within a document: a small map of its own forms spares most look-ups in the large
  // cache, and numbers its distinct lower-case words so per-word evidence is an array.
  const local = new Map<string, number>();
  const distinct: FormInfo[] = [];
  const distinctLower: number[] = [];
  const lowerIds = new Map<string, number>();
  const lowerId = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let f = local.get(t);
    if (f === undefined) {
      const info = cachedFormInfo(t, lex, forms);
      f = distinct.length;
      distinct.push(info);
      local.set(t, f);
      let li = lowerIds.get(info.lower);
      if (li === undefined) {
        li = lowerIds.size;
        lowerIds.set(info.lower, li);
      }
      distinctLower.push(li);
    }
    const info = distinct[f]!;
    infos[i] = info;
    kind[i] = info.kind;
    lower[i] = info.lower;
    lowerId[i] = distinctLower[f]!;
  }
  const sentenceCase = new Uint8Array(sentences.length);
  const sentOf = new Int32Array(n);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    sentenceCase[si] = sentenceCaseOf(kind, tokens, s.first, s.last);
    for (let i = s.first; i < s.last; i++) sentOf[i] = si;
  }

  // How does each word appear where case is informative? (Bits per lower-case word id.)
  const evidence = new Uint8Array(lowerIds.size);
  for (let si = 0; si < sentences.length; si++) {
    if (sentenceCase[si] !== CASE_NORMAL) continue;
    const s = sentences[si]!;
    for (let i = s.first; i < s.last; i++) {
      const k = kind[i]!;
      let bit = 0;
      if (k === K_LOWER) bit = 2;
      else if ((k === K_INITCAP || k === K_MIXED) && !isCaseNeutralPosition(tokens, s.first, i)) bit = 1;
      if (bit) evidence[lowerId[i]!]! |= bit;
    }
  }

  const hWord = new Uint32Array(n);
  const hLower = new Uint32Array(n);
  const hShape = new Uint32Array(n);
  const cluster = new Uint16Array(n);
  const cap = new Uint8Array(n);
  const docCase = new Uint8Array(n);
  const gaz: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const lw = lower[i]!;
    const ev = evidence[lowerId[i]!]!;
    docCase[i] = ev;
    // In a headline, look the word up in the case the rest of the document uses.
    if (sentenceCase[sentOf[i]!] !== CASE_NORMAL && kind[i] === K_ALLCAPS) {
      infos[i] = formInfo(t, ev & 1 || !(ev & 2) ? titleCase(t) : lw, lex);
    }
    const info = infos[i]!;
    hWord[i] = info.hWord;
    hLower[i] = info.hLower;
    hShape[i] = info.hShape;
    cluster[i] = info.cluster;
    cap[i] = info.cap;
    gaz[i] = info.gazCodes; // shared: matchPhrases copies before adding
  }
  matchPhrases(lower, kind, sentences, lex, gaz);
  return { tokens, sentences, n, sentenceCase, hWord, hLower, hShape, kind, cluster, cap, gaz, docCase, lower, info: infos };
}

/** Marks multi-word gazetteer matches (longest first, within a sentence) with B/I/L positions. */
function matchPhrases(lower: string[], kind: Uint8Array, sentences: SentenceRange[], lex: Lexicon, gaz: number[][]): void {
  if (lex.maxPhraseLen < 2) return;
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (kind[i] === K_LOWER || kind[i] === K_PUNCT || !lex.phraseStarts.has(lower[i]!)) continue;
      let key = lower[i]!;
      let best = 0;
      let bestLen = 0;
      for (let len = 2; len <= lex.maxPhraseLen && i + len <= s.last; len++) {
        key += ' ' + lower[i + len - 1]!;
        const entry = lex.phraseEntry(key);
        const m = entry & PHRASE_GAZ;
        if (m) {
          best = m;
          bestLen = len;
        }
        // No longer phrase starts with these words.
        if (!(entry & PHRASE_GOES_ON)) break;
      }
      if (!best) continue;
      // The per-token lists may be shared with the form cache: copy before adding.
      for (let k = i; k < i + bestLen; k++) gaz[k] = gaz[k]!.slice();
      for (let c = 0; c < GAZ_COUNT; c++) {
        if (!(best & (1 << c))) continue;
        gaz[i]!.push(c * 4);
        for (let k = i + 1; k < i + bestLen - 1; k++) gaz[k]!.push(c * 4 + 1);
        gaz[i + bestLen - 1]!.push(c * 4 + 2);
      }
    }
  }
}

// Template ids: any distinct constants; listed so a change of the feature set is a visible diff.
const T = {
  BIAS: 1, W: 2, LW: 3, LWm1: 4, LWp1: 5, LWm2: 6, LWp2: 7, SH: 8, SHm1: 9, SHp1: 10, SHm2: 11, SHp2: 12,
  SHm1_SH: 13, SH_SHp1: 14, LWm1_LW: 15, LW_LWp1: 16, PRE: 17, SUF: 18, CL: 19, CLm1: 20, CLp1: 21,
  CAP: 22, CAP_K: 23, GAZ: 24, GAZm1: 25, GAZp1: 26, FIRST_K: 27, CASE_K: 28, DOC: 29, DOC_CASE: 30,
  K: 31, Km1_K_Kp1: 32, HIST: 33, HIST_K: 34, LEN: 35, CL_K: 36, Wm1_K: 37, Wp1_K: 38, CASE_CL: 39,
  HISTm1: 40, HISTp1: 41, SENTPOS: 42, GAZ_K: 43, CASE_DOC_K: 44,
} as const;

const NONE = 0x9e3779b9;

/** Where feature keys go: a plain array (training) or a reusable KeyBuffer (tagging). One key per push. */
export interface KeySink {
  push(key: number): unknown;
}

/**
 * A growable buffer of feature keys, reused token after token so tagging allocates nothing per
 * token. Keys are stored as int32: the same bits, and the scorer only masks them.
 */
export class KeyBuffer implements KeySink {
  keys = new Int32Array(256);
  n = 0;

  push(key: number): void {
    if (this.n === this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.n++] = key;
  }

  clear(): void {
    this.n = 0;
  }
}

/**
 * Features of the token alone (its form, shape, affixes, cluster, capitalisation ratio): the same
 * for every occurrence of a form with the same cluster, so tagging caches their summed scores.
 */
export function unigramFeatures(d: PreparedDoc, i: number, lex: Lexicon, out: KeySink): void {
  const k = d.kind[i]!;
  out.push(T.BIAS);
  out.push(mix(T.W, d.hWord[i]!));
  out.push(mix(T.LW, d.hLower[i]!));
  out.push(mix(T.SH, d.hShape[i]!));
  out.push(mix(T.K, k));
  const lw = d.lower[i]!;
  const len = lw.length;
  out.push(mix(T.LEN, len > 12 ? 12 : len));
  if (k !== K_PUNCT) {
    // Incremental FNV-1a: prefixes read forwards, suffixes backwards (no substrings allocated).
    let hp = 0x811c9dc5;
    let hs = 0x811c9dc5;
    for (let a = 1; a <= 4 && a < len; a++) {
      hp = Math.imul(hp ^ lw.charCodeAt(a - 1), 0x01000193);
      hs = Math.imul(hs ^ lw.charCodeAt(len - a), 0x01000193);
      out.push(mix3(T.PRE, a, hp >>> 0));
      out.push(mix3(T.SUF, a, hs >>> 0));
    }
  }
  const cl = d.cluster[i]!;
  for (let depth = 1; depth <= 3; depth++) out.push(mix3(T.CL, depth, lex.clusterPrefix(cl, depth)));
  out.push(mix3(T.CL_K, lex.clusterPrefix(cl, 2), k));
  out.push(mix(T.CAP, d.cap[i]!));
  out.push(mix3(T.CAP_K, d.cap[i]!, k));
}

/** Static (prediction-independent) features of token i that look beyond the token itself. */
export function contextFeatures(d: PreparedDoc, si: number, i: number, lex: Lexicon, out: KeySink): void {
  const s = d.sentences[si]!;
  const first = s.first;
  const last = s.last;
  const k = d.kind[i]!;
  const sc = d.sentenceCase[si]!;
  // Outside the sentence, neighbours are distinct padding values.
  const hasM1 = i - 1 >= first;
  const hasM2 = i - 2 >= first;
  const hasP1 = i + 1 < last;
  const hasP2 = i + 2 < last;
  const hl = d.hLower;
  const hsh = d.hShape;
  const lm1 = hasM1 ? hl[i - 1]! : NONE - 1;
  const lp1 = hasP1 ? hl[i + 1]! : NONE + 1;
  out.push(mix(T.LWm1, lm1));
  out.push(mix(T.LWp1, lp1));
  out.push(mix(T.LWm2, hasM2 ? hl[i - 2]! : NONE - 2));
  out.push(mix(T.LWp2, hasP2 ? hl[i + 2]! : NONE + 2));
  const sh = hsh[i]!;
  const shm1 = hasM1 ? hsh[i - 1]! : NONE - 1;
  const shp1 = hasP1 ? hsh[i + 1]! : NONE + 1;
  out.push(mix(T.SHm1, shm1));
  out.push(mix(T.SHp1, shp1));
  out.push(mix(T.SHm2, hasM2 ? hsh[i - 2]! : NONE - 2));
  out.push(mix(T.SHp2, hasP2 ? hsh[i + 2]! : NONE + 2));
  out.push(mix3(T.SHm1_SH, shm1, sh));
  out.push(mix3(T.SH_SHp1, sh, shp1));
  out.push(mix3(T.LWm1_LW, lm1, d.hLower[i]!));
  out.push(mix3(T.LW_LWp1, d.hLower[i]!, lp1));
  out.push(mix3(T.Wm1_K, lm1, k));
  out.push(mix3(T.Wp1_K, lp1, k));
  out.push(mix3(T.Km1_K_Kp1, (hasM1 ? d.kind[i - 1]! : 15) * 16 + k, hasP1 ? d.kind[i + 1]! : 15));

  // Clusters of the neighbours at two depths.
  const cl = d.cluster[i]!;
  for (let depth = 1; depth <= 2; depth++) {
    out.push(mix3(T.CLm1, depth, i > first ? lex.clusterPrefix(d.cluster[i - 1]!, depth) : 0xffff));
    out.push(mix3(T.CLp1, depth, i + 1 < last ? lex.clusterPrefix(d.cluster[i + 1]!, depth) : 0xffff));
  }

  const g = d.gaz[i]!;
  for (const c of g) {
    out.push(mix(T.GAZ, c));
    out.push(mix3(T.GAZ_K, c, k));
  }
  if (i > first) for (const c of d.gaz[i - 1]!) out.push(mix(T.GAZm1, c));
  if (i + 1 < last) for (const c of d.gaz[i + 1]!) out.push(mix(T.GAZp1, c));

  // Where capitalisation says little, say so, and bring in the document's evidence.
  const neutral = sc === CASE_NORMAL && isCaseNeutralPosition(d.tokens, first, i);
  out.push(mix3(T.SENTPOS, neutral ? 1 : 0, k));
  out.push(mix3(T.CASE_K, sc, k));
  out.push(mix3(T.CASE_CL, sc, lex.clusterPrefix(cl, 2)));
  if (k !== K_LOWER && k !== K_PUNCT && k !== K_DIGIT) {
    out.push(mix3(T.DOC_CASE, d.docCase[i]!, neutral ? 1 : 0));
    out.push(mix3(T.CASE_DOC_K, sc * 16 + d.docCase[i]!, k));
  }
}

/** All static (prediction-independent) feature keys of token i, appended to out. */
export function staticFeatures(d: PreparedDoc, si: number, i: number, lex: Lexicon, out: KeySink): void {
  unigramFeatures(d, i, lex, out);
  contextFeatures(d, si, i, lex, out);
}

/** Running record of the types given so far to each capitalised word of the document. */
export class History {
  private readonly counts = new Map<string, Int32Array>();

  get(word: string): Int32Array | undefined {
    return this.counts.get(word);
  }

  add(word: string, type: number): void {
    let c = this.counts.get(word);
    if (!c) {
      c = new Int32Array(5);
      this.counts.set(word, c);
    }
    c[type]!++;
  }
}

/** Prediction-history features of token i (Ratinov & Roth 2009): what this word was called earlier. */
export function historyFeatures(d: PreparedDoc, si: number, i: number, h: History, out: KeySink): void {
  const k = d.kind[i]!;
  if (k === K_LOWER || k === K_PUNCT || k === K_DIGIT) return;
  const c = h.get(d.lower[i]!);
  const s = d.sentences[si]!;
  if (c) {
    let best = -1;
    let bestN = 0;
    for (let t = 0; t < 5; t++) {
      if (c[t]! > 0) out.push(mix(T.HIST, t));
      if (c[t]! > bestN) {
        bestN = c[t]!;
        best = t;
      }
    }
    out.push(mix3(T.HIST_K, best, k));
  }
  if (i > s.first) {
    const cm = h.get(d.lower[i - 1]!);
    if (cm) for (let t = 0; t < 4; t++) if (cm[t]! > 0) out.push(mix(T.HISTm1, t));
  }
  if (i + 1 < s.last) {
    const cp = h.get(d.lower[i + 1]!);
    if (cp) for (let t = 0; t < 4; t++) if (cp[t]! > 0) out.push(mix(T.HISTp1, t));
  }
}

/**
 * A lower-case word, number or punctuation mark between two others (or a sentence edge) in a sentence
 * whose case can be trusted: outside any name, so tagging skips its context features.
 */
export function isPlainWord(d: PreparedDoc, si: number, i: number): boolean {
  if (d.sentenceCase[si] !== CASE_NORMAL) return false;
  const s = d.sentences[si]!;
  if (!isPlainKind(d.kind[i]!)) return false;
  if (i > s.first && !isPlainKind(d.kind[i - 1]!)) return false;
  return i + 1 >= s.last || isPlainKind(d.kind[i + 1]!);
}

function isPlainKind(k: number): boolean {
  return k === K_LOWER || k === K_PUNCT || k === K_DIGIT;
}

/** True for tokens whose case marks them as possible name words (used to record history). */
export function isNameLike(d: PreparedDoc, i: number): boolean {
  const k = d.kind[i]!;
  return k === K_INITCAP || k === K_ALLCAPS || k === K_MIXED || k === K_ALNUM;
}
