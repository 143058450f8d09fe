// The speaker mention next to a cue, read from the syntax around it rather than from the NER:
// a name (titles stripped), a pronoun, or a nominal role ("the spokesperson", "a source familiar
// with the talks", "Clinton’s campaign"). Appositives and relative clauses between the subject
// and the verb are skipped ("John Kirby, the National Security Council spokesperson, said").

import type { Doc } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { AUXILIARIES, DETERMINERS, FUNCTION_WORDS, NOT_NAMES, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon';
import { isNameToken, isTitleWord, nameRunAfter, nameRunBefore, stripTitles } from './names';
import { isCapitalized, isLower, isWord, lower } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'role';

export interface SpeakerMention {
  /** Token range of the mention: the name itself for names, the whole phrase for roles. */
  i: number;
  j: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The name's words without titles (names only). */
  words: string[];
  /** The role's head noun, lower case (roles, and titles standing alone: "the President"). */
  head: string | null;
  /** Preceded by "the": "the Pentagon" is an organization, "the spokesperson" a known role. */
  definite: boolean;
}

const PREPOSITIONS = new Set(
  'in on at to for of from with by about after before during since into over under against among between through via without within as like near'.split(' '),
);
const CLAUSE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'while', 'whom']);
const TIME_WORDS = new Set(
  'today yesterday tonight tomorrow earlier later monday tuesday wednesday thursday friday saturday sunday recently again also then once'.split(' '),
);

const isAux = (t: string): boolean => {
  const w = lower(t);
  return AUXILIARIES.has(w) || (isLower(t) && /ly$/.test(w) && w.length > 4 && !ROLE_NOUNS.has(w));
};

/** A noun that can head a nominal speaker. */
export function isRoleHead(w: string): boolean {
  if (ROLE_NOUNS.has(w) || TITLE_WORDS.has(w)) return true;
  return w.endsWith('s') && (ROLE_NOUNS.has(w.slice(0, -1)) || TITLE_WORDS.has(w.slice(0, -1)));
}

function mention(doc: Doc, i: number, j: number, kind: MentionKind, words: string[], head: string | null): SpeakerMention {
  const toks = doc.tokens;
  const prev = i > 0 ? lower(toks[i - 1]!.text) : '';
  return {
    i,
    j,
    start: toks[i]!.start,
    end: toks[j - 1]!.end,
    text: doc.text.slice(toks[i]!.start, toks[j - 1]!.end),
    kind,
    words,
    head,
    definite: prev === 'the' || lower(toks[i]!.text) === 'the',
  };
}

/** The subject of the cue at token k: the noun phrase ending just before it, looking no further left than lo. */
export function subjectBefore(doc: Doc, k: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  let j = k;
  while (j > lo && isAux(toks[j - 1]!.text)) j--;
  if (j <= lo) return null;
  // "Harry Reid (D-Nev.) said": skip the parenthesis.
  if (toks[j - 1]!.text === ')') {
    let p = j - 2;
    while (p > lo && toks[p]!.text !== '(' && j - p < 12) p--;
    if (p <= lo || toks[p]!.text !== '(') return null;
    j = p;
  }
  if (toks[j - 1]!.text === ',') return beforeAppositive(doc, j - 1, lo);
  const np = npEndingAt(doc, j, lo);
  // "John Kirby, the National Security Council spokesperson said": the name before the role.
  if (np && np.kind === 'role' && np.i - 1 > lo && toks[np.i - 1]!.text === ',' && toks[np.i]!.text !== 'who') {
    const name = npEndingAt(doc, np.i - 1, lo);
    if (name && name.kind === 'name') return name;
  }
  return np;
}

/** "Kirby, the spokesperson, said" / "Trump, who spoke in Ohio, said": the phrase before the inserted one. */
function beforeAppositive(doc: Doc, comma: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  let p = comma - 1;
  let depth = 0;
  while (p > lo && comma - p < 40) {
    const t = toks[p]!.text;
    if (t === ')') depth++;
    else if (t === '(') depth--;
    else if (t === ',' && depth === 0) break;
    p--;
  }
  if (p <= lo || toks[p]!.text !== ',') return null;
  const first = toks[p + 1]!.text;
  const w = lower(first);
  const inserted = DETERMINERS.has(w) || CLAUSE_OPENERS.has(w) || isLower(first) || TITLE_WORDS.has(w) || /^\p{N}/u.test(first);
  if (!inserted) return null;
  const np = npEndingAt(doc, p, lo);
  return np && np.kind !== 'pronoun' ? np : np;
}

/** The noun phrase that ends at token `end` (exclusive): pronoun, name, or role. */
export function npEndingAt(doc: Doc, end: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  if (end <= lo) return null;
  const last = toks[end - 1]!.text;
  const w = lower(last);
  if (PRONOUNS.has(w) && (last !== 'I' || true)) {
    if (w === 'it' && end - 2 >= lo && PREPOSITIONS.has(lower(toks[end - 2]!.text))) return null;
    return mention(doc, end - 1, end, 'pronoun', [], null);
  }
  const run = isNameToken(last) ? nameRunBefore(toks, end, lo) : null;
  if (run) {
    const raw = toks.slice(run[0], run[1]).map((t) => t.text);
    const words = stripTitles(raw);
    if (words.length === 1 && isTitleWord(words[0]!)) return mention(doc, run[0], run[1], 'role', [], lower(words[0]!));
    if (words.length === 1 && NOT_NAMES.has(lower(words[0]!))) return null;
    return mention(doc, run[1] - words.length, run[1], 'name', words, null);
  }
  if (isLower(last) && isWord(last) && !FUNCTION_WORDS.has(w) && !PREPOSITIONS.has(w) && !SPEECH_VERBS.has(w)) return roleEndingAt(doc, end, lo);
  return null;
}

/** "the National Security Council spokesperson", "a source", "Clinton’s campaign", "officials". */
function roleEndingAt(doc: Doc, end: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  const head = lower(toks[end - 1]!.text);
  let i = end - 1;
  let determined = false;
  while (i > lo && end - i < 8) {
    const p = toks[i - 1]!.text;
    const pw = lower(p);
    if (DETERMINERS.has(pw)) {
      i--;
      determined = true;
      break;
    }
    if (/^['’]s$/.test(p)) {
      const run = nameRunBefore(toks, i - 1, lo);
      if (!run) break;
      i = run[0];
      determined = true;
      if (i > lo && lower(toks[i - 1]!.text) === 'the') i--;
      break;
    }
    if (isCapitalized(p) && isWord(p) && !FUNCTION_WORDS.has(pw)) {
      i--;
      continue;
    }
    if (isLower(p) && isWord(p) && !FUNCTION_WORDS.has(pw) && !PREPOSITIONS.has(pw) && !SPEECH_VERBS.has(pw) && !isAux(p)) {
      i--;
      continue;
    }
    if (p === '-' || p === '–') break;
    break;
  }
  // A bare noun phrase must be a known role ("officials said"); one with a determiner may be any noun ("the lawsuit says").
  if (!isRoleHead(head) && !(determined && end - i <= 5)) return null;
  // "a spokesman for the campaign": the phrase before the preposition is the speaker.
  if (i - 2 > lo && PREPOSITIONS.has(lower(toks[i - 1]!.text))) {
    const outer = roleEndingAt(doc, i - 1, lo);
    if (outer && outer.head && isRoleHead(outer.head)) return mention(doc, outer.i, end, 'role', [], outer.head);
  }
  if (!determined && i > lo) {
    // A bare role must start its clause ("officials said", not "to avoid treatment by doctors said").
    const before = lower(toks[i - 1]!.text);
    if (!/^[,;:(—–-]$/.test(before) && !['and', 'but', 'as', 'that', '"', '“'].includes(before)) return null;
  }
  return mention(doc, i, end, 'role', [], head);
}

/** The speaker after an inverted cue ("…,” said Mr. Burman, an economist."), looking no further right than hi. */
export function subjectAfter(doc: Doc, j: number, hi: number): SpeakerMention | null {
  const toks = doc.tokens;
  while (j < hi && TIME_WORDS.has(lower(toks[j]!.text))) j++;
  if (j >= hi) return null;
  const t = toks[j]!.text;
  const w = lower(t);
  if (PRONOUNS.has(w) && w !== 'it') return mention(doc, j, j + 1, 'pronoun', [], null);
  const run = nameRunAfter(toks, j, hi);
  if (run && run[0] <= j + 1) {
    const raw = toks.slice(run[0], run[1]).map((x) => x.text);
    const words = stripTitles(raw);
    if (words.length === 1 && isTitleWord(words[0]!)) return mention(doc, run[0], run[1], 'role', [], lower(words[0]!));
    if (words.length === 1 && NOT_NAMES.has(lower(words[0]!))) return null;
    return mention(doc, run[1] - words.length, run[1], 'name', words, null);
  }
  if (DETERMINERS.has(w) || isRoleHead(w)) {
    // Up to the first comma or preposition (keeping "of"/"for" phrases: "a spokesman for the campaign").
    let k = j + 1;
    while (k < hi && k - j < 10) {
      const x = toks[k]!.text;
      const xw = lower(x);
      if (!isWord(x) && !/^['’]s$/.test(x) && x !== '-') break;
      if (PREPOSITIONS.has(xw) && xw !== 'of' && xw !== 'for') break;
      if (SPEECH_VERBS.has(xw) || CLAUSE_OPENERS.has(xw) || xw === 'that') break;
      k++;
    }
    const head = lower(toks[k - 1]!.text);
    if (k > j && (isRoleHead(head) || DETERMINERS.has(w))) return mention(doc, j, k, 'role', [], head);
  }
  return null;
}

/** True for the auxiliaries and adverbs allowed between a subject and its verb. */
export function isAuxToken(t: Token): boolean {
  return isAux(t.text);
}
