// The speaker mention next to a cue, read from the syntax around it rather than from the NER:
// a name (titles stripped), a pronoun, or a nominal role ("the spokesperson", "a source familiar
// with the talks", "Clinton’s campaign"). Appositives and relative clauses between the subject
// and the verb are skipped ("John Kirby, the National Security Council spokesperson, said").

import type { Doc } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { cueAt } from './cues';
import { AUXILIARIES, DETERMINERS, FUNCTION_WORDS, isRoleHead, NOT_NAMES, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon';
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
const DOCUMENT_NOUNS = new Set(['statement', 'letter', 'report', 'memo', 'email', 'e-mail', 'post', 'tweet', 'release', 'article', 'ad', 'video', 'message', 'note', 'filing']);
const CONJUNCTIONS = new Set(['while', 'and', 'but', 'as', 'whereas', 'although', 'though', 'since', 'because', 'after', 'before', 'if', 'when', 'so']);
const CLAUSE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'while', 'whom']);
const TIME_WORDS = new Set(
  'today yesterday tonight tomorrow earlier later monday tuesday wednesday thursday friday saturday sunday recently again also then once'.split(' '),
);

const isAux = (t: string): boolean => {
  const w = lower(t);
  return AUXILIARIES.has(w) || (isLower(t) && /ly$/.test(w) && w.length > 4 && !ROLE_NOUNS.has(w));
};


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
  let j = skipTimeBefore(toks, k, lo);
  if (j <= lo) return null;
  const prev = lower(toks[j - 1]!.text);
  const participle = /ing$/.test(lower(toks[k]!.text));
  // "…, arguing that" / "bemoaned the unrest and said": the subject is the clause's own subject.
  if ((prev === ',' && participle) || prev === 'and' || prev === 'but') return clauseSubject(doc, lo, j - 1);
  if (participle) {
    // "Trump unleashed tweets early Friday saying …": a participle without its own subject takes the clause's.
    const own = subjectBeforeVerb(doc, k, j, lo);
    // "footage of Hillary Clinton asking" has its own subject; "In a statement announcing" does not.
    // ("a statement to Wired explaining …": a name after a preposition is no subject either, but "with Gorka noting" has one.)
    const before = own && own.i > lo ? lower(toks[own.i - 1]!.text) : '';
    const ownOk = own && (own.kind === 'pronoun' || !PREPOSITIONS.has(before) || (own.kind === 'name' && (before === 'of' || before === 'with')));
    // "Obama released a statement condemning …": the statement speaks for the one who released it.
    if (ownOk && own.kind === 'role' && DOCUMENT_NOUNS.has(own.head ?? '')) {
      // ("The town released a statement": the phrase before the verb when the clause subject is a plain noun.)
      const main = clauseSubject(doc, lo, own.i) ?? (own.i - 1 > lo ? npEndingAt(doc, own.i - 1, lo) : null);
      if (main && (main.kind !== 'role' || !DOCUMENT_NOUNS.has(main.head ?? ''))) return main;
    }
    return ownOk ? own : clauseSubject(doc, lo, j);
  }
  return subjectBeforeVerb(doc, k, j, lo);
}

function subjectBeforeVerb(doc: Doc, k: number, j: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  // "Harry Reid (D-Nev.) said": skip the parenthesis.
  j = skipParenthesis(toks, j, lo);
  if (toks[j - 1]!.text === ',') return beforeAppositives(doc, j - 1, lo);
  const np = npEndingAt(doc, j, lo);
  if (!np) return relativeAntecedent(doc, j, lo) ?? openAppositive(doc, j, lo);
  // "Katie Packer, who is chairman of Our Principles Pac said", "Nate Silver, the polling guru who
  // founded fivethirtyeight.com tweeted": an appositive left open before the verb.
  if (np.kind !== 'pronoun') {
    const open = openAppositive(doc, j, lo);
    if (open && open.i < np.i) return open;
  }
  // "John Kirby, the National Security Council spokesperson said": the name before the role.
  if (np.kind === 'role' && np.i - 1 > lo && toks[np.i - 1]!.text === ',' && toks[np.i]!.text !== 'who') {
    const name = npEndingAt(doc, np.i - 1, lo);
    // ("At a press conference in Chelsea, the mayor said": a name after a preposition ends an adjunct.)
    const adjunct = name && name.i > lo && PREPOSITIONS.has(lower(toks[name.i - 1]!.text));
    if (name && name.kind === 'name' && !adjunct) return name;
  }
  // A phrase after a preposition is not the subject: "Protesters marching through the streets chanted"
  // → the phrase before it; "of Republican claims" → none.
  // ("As Politico reported" is an attribution, not a prepositional phrase.)
  const prep = np.i > lo ? lower(toks[np.i - 1]!.text) : '';
  if (np.kind !== 'pronoun' && PREPOSITIONS.has(prep) && prep !== 'as' && !/ing$/.test(lower(toks[k]!.text))) {
    let e = np.i - 1;
    if (e > lo && isLower(toks[e - 1]!.text) && /(?:ing|ed)$/.test(toks[e - 1]!.text)) e--;
    const outer = e > lo ? npEndingAt(doc, e, lo) : null;
    if (!outer || outer.kind === 'pronoun') return null;
    // "a narrator in the Clinton ad": the role with its phrase is the speaker as written.
    return outer.kind === 'role' && e === np.i - 1 ? mention(doc, outer.i, np.j, 'role', [], outer.head) : outer;
  }
  // "Obama and Clinton call them …": the first of two names.
  if (np.kind === 'name' && np.i - 2 >= lo && lower(toks[np.i - 1]!.text) === 'and') {
    const first = npEndingAt(doc, np.i - 1, lo);
    if (first && first.kind === 'name') return first;
  }
  return np;
}

/** "NAME, who …" or "NAME, the … who …" with no comma closing it before the verb at j. */
function openAppositive(doc: Doc, j: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  let c = j - 1;
  while (c > lo && j - c <= 15 && toks[c]!.text !== ',') {
    if (cueAt(toks, c) || /^[.;:]$/.test(toks[c]!.text)) return null;
    c--;
  }
  if (c <= lo || toks[c]!.text !== ',' || c + 1 >= j) return null;
  const first = lower(toks[c + 1]!.text);
  // "Bannon, who Beck on Wednesday called …": "who" is the object; the name after it is the subject.
  if (first === 'who' && (isNameToken(toks[c + 2]?.text ?? '') || PRONOUNS.has(lower(toks[c + 2]?.text ?? '')))) return null;
  const hasWho = toks.slice(c + 1, j).some((t) => lower(t.text) === 'who');
  if (!(first === 'who' || (DETERMINERS.has(first) && hasWho))) return null;
  const name = npEndingAt(doc, skipParenthesis(toks, c, lo), lo);
  return name && name.kind === 'name' ? name : null;
}

/** "McConnell, now the Senate majority leader, who in 2010 said": the phrase "who" stands for. */
function relativeAntecedent(doc: Doc, j: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  for (let w = j - 1; w > lo && j - w <= 6; w--) {
    if (lower(toks[w]!.text) !== 'who') continue;
    // "an Abraham Lincoln impersonator who promises that …": a restrictive clause names its speaker too.
    if (toks[w - 1]!.text !== ',') {
      const np = w === j - 1 ? npEndingAt(doc, w, lo) : null;
      return np && np.kind !== 'pronoun' ? np : null;
    }
    const np = beforeAppositives(doc, w - 1, lo);
    return np && np.kind !== 'pronoun' ? np : null;
  }
  return null;
}

/** The end of the phrase before a closing parenthesis ("Harry Reid (D-Nev.)" → after "Reid"). */
function skipParenthesis(toks: Token[], end: number, lo: number): number {
  if (end <= lo || toks[end - 1]!.text !== ')') return end;
  let p = end - 2;
  while (p > lo && toks[p]!.text !== '(' && end - p < 12) p--;
  return p > lo && toks[p]!.text === '(' ? p : end;
}

/** "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": skip every inserted phrase. */
function beforeAppositives(doc: Doc, comma: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  let end = comma;
  for (let hops = 0; hops < 6; hops++) {
    let p = end - 1;
    let depth = 0;
    while (p >= lo && end - p < 40) {
      const t = toks[p]!.text;
      if (t === ')') depth++;
      else if (t === '(') depth--;
      else if (t === ',' && depth === 0) break;
      p--;
    }
    const segStart = p >= lo && toks[p]!.text === ',' ? p + 1 : lo;
    if (end - p >= 40) return null;
    // The first phrase of the clause is never an appositive: "The ad, titled “Unifier?”, concludes".
    if ((!isInserted(toks, segStart, end) && !placeTail(toks, segStart, end, lo)) || (segStart <= lo && hops > 0)) {
      const np = npEndingAt(doc, skipParenthesis(toks, end, segStart), segStart);
      return np && np.kind !== 'pronoun' ? np : np && np.i === segStart ? np : null;
    }
    if (segStart <= lo) return null;
    end = segStart - 1;
  }
  return null;
}

/**
 * "…, a salesman from Sumter, South Carolina, says": a capitalised segment right after one that
 * ends in "from/of/in PLACE" finishes that place.
 */
function placeTail(toks: Token[], i: number, j: number, lo: number): boolean {
  const seg = toks.slice(i, j);
  if (i - 2 < lo || toks[i - 1]!.text !== ',' || seg.length > 2 || !seg.every((t) => isNameToken(t.text) && !/^\p{Lu}\.$/u.test(t.text))) return false;
  let k = i - 2;
  while (k > lo && isNameToken(toks[k]!.text)) k--;
  // ("In Iowa, Sanders, the senator, said": a preposition opening the clause heads an adjunct, not a description.)
  return k < i - 2 && /^(?:from|of|in)$/i.test(toks[k]!.text) && k > lo && isWord(toks[k - 1]!.text);
}

/** An appositive or relative clause: "the spokesperson", "who spoke in Ohio", "R-Ky.", "one of …". */
function isInserted(toks: Token[], i: number, j: number): boolean {
  if (i >= j) return false;
  const first = toks[i]!.text;
  const w = lower(first);
  // "…, while Mike Huckabee, the former governor, proposed": a conjunction starts a clause whose subject follows.
  // ("Cruz, when asked about it, responded": a conjunction before a bare participle inserts a phrase.)
  if (CONJUNCTIONS.has(w)) return /^\p{Ll}+(?:ed|ing)$/u.test(toks[i + 1]?.text ?? '') && !AUXILIARIES.has(lower(toks[i + 1]!.text));
  if (DETERMINERS.has(w) || CLAUSE_OPENERS.has(w) || isLower(first) || /^\p{N}/u.test(first)) return true;
  // "China, Pyongyang's only ally, said" / "Jeff Weaver, Sanders’ campaign manager, said": a phrase
  // ending in a role noun describes what precedes it.
  if (j - i > 2 && /^['’]s?$/.test(toks[i + 1]!.text)) return true;
  const last = toks[j - 1]!.text;
  if (j - i > 1 && isLower(last) && isRoleHead(lower(last))) return true;
  // Party and state labels: "R-Ky.", "D-N.Y.", "(D)".
  return /^[RDI]-/.test(first) || (j - i <= 3 && toks.slice(i, j).every((t) => /^(?:\p{Lu}[\p{L}.]*|-|\.)$/u.test(t.text)) && /\./.test(first));
}

/** The subject opening the clause that spans tokens [lo, hi): skips a leading adjunct ("In a statement, …"). */
export function clauseSubject(doc: Doc, lo: number, hi: number): SpeakerMention | null {
  const toks = doc.tokens;
  let i = lo;
  // A dateline: "WASHINGTON (AP) —", "Washington (AFP) –".
  for (let d = lo; d < Math.min(hi, lo + 8); d++) {
    if (/^[—–-]$/.test(toks[d]!.text) && d > lo && toks.slice(lo, d).every((t) => isNameToken(t.text) || /^[(),.]$/.test(t.text) || /^\p{Lu}+$/u.test(t.text))) {
      i = d + 1;
      break;
    }
  }
  while (i < hi && (/^[“"'‘(]$/.test(toks[i]!.text) || ['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'also'].includes(lower(toks[i]!.text)))) i++;
  // "On Thursday, after remaining neutral for months, Warren …": each leading adjunct in turn.
  for (let adjuncts = 0; adjuncts < 3; adjuncts++) {
    const w0 = lower(toks[i]?.text ?? '');
    if (!PREPOSITIONS.has(w0) && !/(?:ly|ed|ing)$/.test(w0) && !ADJUNCT_OPENERS.has(w0) && !timeLead(toks, i, hi)) break;
    // "Then Trump went on the attack, saying …": an adverb with no comma of its own, right before the subject.
    if (BARE_ADVERBS.has(w0) && i + 1 < hi && toks[i + 1]!.text !== ',') {
      const nx = toks[i + 1]!.text;
      if ((isNameToken(nx) || (PRONOUNS.has(lower(nx)) && lower(nx) !== 'it')) && toks[i + 2]?.text !== ',') {
        const np = npStartingAt(doc, i + 1, hi);
        if (np && np.kind !== 'role') return np;
      }
    }
    let c = i;
    while (c < hi && c - i < 24 && toks[c]!.text !== ',') c++;
    if (c >= hi || toks[c]!.text !== ',') {
      // "On September 27 they published …": an adjunct without a comma ends at the subject pronoun.
      for (let m = i + 1; m < Math.min(hi, i + 8); m++)
        if (PRONOUNS.has(lower(toks[m]!.text)) && lower(toks[m]!.text) !== 'it') return mention(doc, m, m + 1, 'pronoun', [], null);
      break;
    }
    i = c + 1;
    // "On “Face the Nation,” Sanders …": the comma sits inside the closing mark.
    while (i < hi && /^[”"’']$/.test(toks[i]!.text)) i++;
    // "On July 6, 2015, Sanders …", "in Aspen, Colo., the graduate …": a date or a place runs on past its comma.
    for (let guard = 0; guard < 3; guard++) {
      let e = i;
      while (e < hi && e - i < 3 && (isNameToken(toks[e]!.text) || /^\p{N}/u.test(toks[e]!.text))) e++;
      if (e > i && toks[e]?.text === ',' && /^(?:\p{N}+|\p{Lu}\p{L}*\.)$/u.test(toks[e - 1]!.text)) i = e + 1;
      // "in Salem, New Hampshire, Trump …": a state after a town, when a name follows it.
      else if (e > i && toks[e]?.text === ',' && isNameToken(toks[i - 2]?.text ?? '') && isNameToken(toks[e + 1]?.text ?? '') && e - i <= 2 && !PRONOUNS.has(lower(toks[e + 1]!.text))) i = e + 1;
      else break;
    }
  }
  return npStartingAt(doc, i, hi);
}

const BARE_ADVERBS = new Set(['then', 'now', 'here', 'there', 'today', 'yesterday', 'tonight', 'meanwhile', 'separately', 'again', 'later', 'earlier']);
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'earlier', 'later', 'while', 'when', 'here', 'there', 'now', 'then', 'today', 'yesterday', 'tonight', 'meanwhile', 'separately', 'again', 'last', 'next']);

/** "Hours later,", "A few days ago,": a short time phrase before a comma. */
function timeLead(toks: Token[], i: number, hi: number): boolean {
  let c = i;
  while (c < hi && c - i < 6 && toks[c]!.text !== ',') c++;
  return c > i && c < hi && toks[c]!.text === ',' && /^(?:later|earlier|ago|afterward|afterwards|before)$/i.test(toks[c - 1]!.text);
}

/**
 * The noun phrase that starts at token i: pronoun, name with its titles ("Democratic presidential
 * nominee Hillary Clinton"), or role ("Some experts"). A possessive is not a subject ("Clinton’s response").
 */
export function npStartingAt(doc: Doc, i: number, hi: number): SpeakerMention | null {
  const toks = doc.tokens;
  if (i >= hi) return null;
  const w0 = lower(toks[i]!.text);
  if (PRONOUNS.has(w0)) return mention(doc, i, i + 1, 'pronoun', [], null);
  let k = i;
  // "17-year-old Jared Potts"
  if (/^\p{N}+-year-old$/u.test(toks[i]!.text)) k++;
  // "Attorneys for Clinton …": a capitalised common noun opening the sentence is a role, not a name.
  if (isRoleHead(w0) && !TITLE_WORDS.has(w0) && !isNameToken(toks[i + 1]?.text ?? '')) {
    const np = mention(doc, i, i + 1, 'role', [], w0);
    const next = lower(toks[i + 1]?.text ?? '');
    if (ROLE_PP.has(next)) {
      let e = i + 2;
      if (lower(toks[e]?.text ?? '') === 'the') e++;
      const run = nameRunAfter(toks, e, hi);
      if (run && run[0] === e) return mention(doc, i, run[1], 'role', [], w0);
    }
    return np;
  }
  if (DETERMINERS.has(w0)) {
    k++;
    // "several environmental groups": adjectives before a role noun.
    let a = k;
    while (a < hi && a - k < 4 && isLower(toks[a]!.text) && isWord(toks[a]!.text) && !isRoleHead(lower(toks[a]!.text)) && !FUNCTION_WORDS.has(lower(toks[a]!.text))) a++;
    if (a > k && a < hi && isLower(toks[a]!.text) && isRoleHead(lower(toks[a]!.text))) k = a;
  }
  while (k < hi && k - i < 12) {
    const x = toks[k]!.text;
    const xw = lower(x);
    if (isNameToken(x) || /^(?:jr\.?|sr\.?)$/i.test(x)) k++;
    else if (xw === 'of' && k > i && isNameToken(toks[k - 1]!.text) && isNameToken(toks[k + 1]?.text ?? '')) k++;
    else if (/^['’]s$/.test(x) && k > i) k++;
    else if (isLower(x) && (TITLE_WORDS.has(xw) || isRoleHead(xw)) && !SPEECH_VERBS.has(xw)) k++;
    else if (x === '-' || x === '&') k++;
    // "Former prosecutor and New York City Mayor Rudy Giuliani": titles joined by "and".
    else if (xw === 'and' && k > i && (TITLE_WORDS.has(lower(toks[k - 1]!.text)) || isRoleHead(lower(toks[k - 1]!.text))) && isNameToken(toks[k + 1]?.text ?? '')) k++;
    else break;
  }
  if (k === i || /^['’]s$/.test(toks[k - 1]!.text) || lower(toks[k]?.text ?? '') === '’s' || lower(toks[k]?.text ?? '') === "'s") return null;
  const np = npEndingAt(doc, k, i);
  if (!np || np.kind === 'pronoun') return np;
  // "Trump’s Virginia state director, Mike Rubino, …": the name in apposition.
  const appos = appositiveName(doc, k, hi);
  if (np.kind === 'role' && appos) return appos;
  const next = lower(toks[k]?.text ?? '');
  // "Small groups of protesters": a role continues through "of" and another role.
  if (np.kind === 'role' && next === 'of') {
    let e = k + 1;
    while (e < hi && e - k < 5 && isWord(toks[e]!.text) && !SPEECH_VERBS.has(lower(toks[e]!.text))) e++;
    const tail = lower(toks[e - 1]!.text);
    if (e > k + 1 && isRoleHead(tail)) return mention(doc, np.i, e, 'role', [], np.head);
  }
  // "A spokeswoman for the House Armed Services Committee", "One operative inside Trump Tower".
  if (np.kind === 'role' && ROLE_PP.has(next)) {
    let e = k + 1;
    if (lower(toks[e]?.text ?? '') === 'the') e++;
    const run = nameRunAfter(toks, e, hi);
    if (run && run[0] === e) return mention(doc, np.i, run[1], 'role', [], np.head);
  }
  return np;
}

const ROLE_PP = new Set(['for', 'of', 'at', 'inside', 'with', 'from', 'in', 'to']);

/** ", Mike Rubino," right after a phrase: the name it stands for. */
function appositiveName(doc: Doc, k: number, hi: number): SpeakerMention | null {
  const toks = doc.tokens;
  if (toks[k]?.text !== ',') return null;
  // ", actress Jamie Lee Curtis": a role word may stand before the name.
  let n = k + 1;
  while (n < hi && n - k <= 2 && isLower(toks[n]!.text) && (TITLE_WORDS.has(lower(toks[n]!.text)) || isRoleHead(lower(toks[n]!.text)))) n++;
  const run = nameRunAfter(toks, n, hi);
  if (!run || run[0] !== n || !/^[,).]$/.test(toks[run[1]]?.text ?? '')) return null;
  const words = stripTitles(toks.slice(run[0], run[1]).map((t) => t.text));
  if (words.length < 2) return null;
  return mention(doc, run[1] - words.length, run[1], 'name', words, null);
}

/** The noun phrase that ends at token `end` (exclusive): pronoun, name, or role. */
export function npEndingAt(doc: Doc, end: number, lo: number): SpeakerMention | null {
  const toks = doc.tokens;
  if (end <= lo) return null;
  const last = toks[end - 1]!.text;
  const w = lower(last);
  if (PRONOUNS.has(w)) {
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
  // ("the congressional report said": a reporting word in noun position is a noun.)
  const noun = !SPEECH_VERBS.has(w) || (isRoleHead(w) && !cueAt(toks, end - 1));
  if (isLower(last) && isWord(last) && !FUNCTION_WORDS.has(w) && !PREPOSITIONS.has(w) && noun) return roleEndingAt(doc, end, lo);
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
      // "the ad’s narrator": a common-noun possessor is part of the phrase.
      if (!run) {
        i--;
        continue;
      }
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
  const w = lower(toks[j]!.text);
  if (PRONOUNS.has(w) && w !== 'it') return mention(doc, j, j + 1, 'pronoun', [], null);
  // The phrase runs to the first comma, clause word or preposition ("of"/"for" phrases stay: "a spokesman for the campaign").
  let k = j;
  while (k < hi && k - j < 12) {
    const x = toks[k]!.text;
    const xw = lower(x);
    if (!isWord(x) && !/^['’]s$/.test(x) && x !== '-' && x !== '&') break;
    // "of"/"for" continue a role ("a spokesman for the campaign") but end a name ("Elijah Cummings of Maryland").
    if (k > j && PREPOSITIONS.has(xw) && ((xw !== 'of' && xw !== 'for') || isNameToken(toks[k - 1]!.text))) break;
    if (xw === 'and' && k > j && TITLE_WORDS.has(lower(toks[k - 1]!.text).replace(/\.$/, '')) && isNameToken(toks[k + 1]?.text ?? '')) {
      k++;
      continue;
    }
    // ("a Wednesday editorial": a day after a determiner modifies the noun.)
    const modifier = TIME_WORDS.has(xw) && k === j + 1 && DETERMINERS.has(lower(toks[j]!.text));
    if (k > j && (SPEECH_VERBS.has(xw) || CLAUSE_OPENERS.has(xw) || xw === 'that' || (TIME_WORDS.has(xw) && !modifier) || xw === 'and')) break;
    k++;
  }
  if (k === j) return null;
  // "said the base chief known as Bob": the name the phrase gives.
  for (let m = j; m + 2 < Math.min(hi, k + 3); m++) {
    const w2 = lower(toks[m]!.text);
    if ((w2 === 'known' && lower(toks[m + 1]!.text) === 'as') || w2 === 'named') {
      const at = w2 === 'named' ? m + 1 : m + 2;
      const run = nameRunAfter(toks, at, hi);
      if (run && run[0] === at) {
        const words = stripTitles(toks.slice(run[0], run[1]).map((x) => x.text));
        return mention(doc, run[1] - words.length, run[1], 'name', words, null);
      }
    }
  }
  const last = toks[k - 1]!.text;
  if (isNameToken(last) || /^(?:jr\.?|sr\.?)$/i.test(last)) {
    // "said MSNBC host Chris Matthews": the name closest to the end of the phrase.
    const run = nameRunBefore(toks, k, j);
    if (!run) return null;
    const raw = toks.slice(run[0], run[1]).map((x) => x.text);
    const words = stripTitles(raw);
    if (words.length === 1 && isTitleWord(words[0]!)) return mention(doc, run[0], run[1], 'role', [], lower(words[0]!));
    if (words.length === 1 && NOT_NAMES.has(lower(words[0]!))) return null;
    return mention(doc, run[1] - words.length, run[1], 'name', words, null);
  }
  const head = lower(last);
  if (isLower(last) && (isRoleHead(head) || DETERMINERS.has(w))) {
    // "said Rubio’s deputy campaign manager, Rich Beeson, who …": the name in apposition.
    const appos = appositiveName(doc, k, hi);
    if (appos) return appos;
    // "said one Democratic source on the panel": a short phrase ending the sentence belongs to the role.
    const p = lower(toks[k]?.text ?? '');
    if (['on', 'in', 'at', 'with', 'from', 'to', 'for'].includes(p)) {
      let e = k + 1;
      while (e < hi && e - k < 10 && (isWord(toks[e]!.text) || /^['’]s$/.test(toks[e]!.text))) e++;
      const endOk = e >= hi || /^[.,]$/.test(toks[e]!.text);
      if (endOk && !NOT_ROLE_PP.has(lower(toks[e - 1]!.text))) return mention(doc, j, e, 'role', [], head);
    }
    return mention(doc, j, k, 'role', [], head);
  }
  return null;
}

const NOT_ROLE_PP = new Set(['statement', 'interview', 'email', 'e-mail', 'call', 'letter', 'tweet', 'speech', 'post', 'release', 'briefing', 'conference', 'hearing', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** True for the auxiliaries and adverbs allowed between a subject and its verb. */
const TIME_NOUNS = new Set('week weekend month year night morning afternoon evening day'.split(' '));
const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '));

/**
 * Back over auxiliaries, adverbs and a time adjunct between a subject and its verb: "Feinstein
 * last week said", "Trump, who …, on Friday described", "Carter however said".
 */
function skipTimeBefore(toks: Token[], k: number, lo: number): number {
  let j = k;
  for (;;) {
    while (j > lo && (isAux(toks[j - 1]!.text) || /^(?:however|though|too|instead)$/i.test(toks[j - 1]!.text))) j--;
    const w = lower(toks[j - 1]?.text ?? '');
    const w2 = lower(toks[j - 2]?.text ?? '');
    if (j - 2 >= lo && TIME_NOUNS.has(w) && /^(?:last|this|next|that|each|every)$/.test(w2)) j -= 2;
    else if (j - 2 >= lo && DAYS.has(w) && /^(?:on|last|this|early|late)$/.test(w2)) j -= 2;
    else if (j - 1 > lo && DAYS.has(w) && isCapitalized(toks[j - 1]!.text)) j -= 1;
    else return j;
    // "earlier this week"
    if (j - 1 > lo && /^(?:earlier|later)$/i.test(toks[j - 1]!.text)) j--;
  }
}

export function isAuxToken(t: Token): boolean {
  return isAux(t.text);
}
