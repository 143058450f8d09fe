// Reporting cues: the verb (or "according to") that ties words to the one who said them.

import type { Token } from '../text/tokenize';
import { isRoleHead, SPEECH_VERBS, WEAK_SPEECH_LEMMAS } from './lexicon';
import { lower } from './tokens';

export interface Cue {
  lemma: string;
  /** Token index of the cue's first token. */
  i: number;
  /** One past its last token. */
  j: number;
  /** Verbs with common non-speech senses ("called", "noted"): trusted only next to a clause or a quote. */
  weak: boolean;
}

const NOUN_CONTEXT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'of', 'new', 'such', 'any', 'no', 'some', 'many', 'several', 'recent', 'latest', 'first', 'last', 'final', 'public', 'similar', 'other']);

const PARTICLE_CUES: Record<string, string[]> = {
  according: ['to'],
  went: ['on'],
  go: ['on'],
  goes: ['on'],
  going: ['on'],
  pointed: ['out'],
  points: ['out'],
  point: ['out'],
  pointing: ['out'],
  spoke: ['of', 'about'],
  wrote: ['in', 'on'],
  fired: ['back'],
  fires: ['back'],
  shot: ['back'],
  shoots: ['back'],
  hit: ['back'],
  hits: ['back'],
};

/** Cues already read, per token array: the frame rules look at the same tokens many times. */
const memo = new WeakMap<Token[], (Cue | null | undefined)[]>();

/** The cue starting at token i, if any (the result is shared: do not modify it). */
export function cueAt(tokens: Token[], i: number): Cue | null {
  let seen = memo.get(tokens);
  if (!seen) {
    seen = new Array<Cue | null | undefined>(tokens.length);
    memo.set(tokens, seen);
  }
  const known = seen[i];
  if (known !== undefined) return known;
  const cue = readCue(tokens, i);
  if (i >= 0 && i < tokens.length) seen[i] = cue;
  return cue;
}

function readCue(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  if (!t) return null;
  // Most tokens are no cue at all (this runs on every token): a cue starts with a letter.
  const c0 = t.text.charCodeAt(0);
  if (c0 < 65 || (c0 > 90 && c0 < 97) || (c0 > 122 && c0 < 128)) return null;
  const w = lower(t.text);
  // Own properties only: words like "constructor" must not find Object.prototype members.
  const particles = Object.hasOwn(PARTICLE_CUES, w) ? PARTICLE_CUES[w] : undefined;
  const lemma = SPEECH_VERBS.get(w);
  if (!particles && !lemma && w !== 'put' && w !== 'puts') return null;
  const next = tokens[i + 1] ? lower(tokens[i + 1]!.text) : '';
  // ("the Senate goes on recess" is no cue: "went on" reports speech only before a clause, a colon or a quote.)
  const goOnTalk = /^(?:[,:—–.”"]|to|about|that)$/.test(lower(tokens[i + 2]?.text ?? '.'));
  if (particles && particles.includes(next) && (w === 'according' || ((w.startsWith('go') || w === 'went') && goOnTalk) || w.startsWith('point')))
    return { lemma: w === 'according' ? 'according to' : w.startsWith('point') ? 'point out' : 'go on', i, j: i + 2, weak: false };
  // "Rubio fired back: “…”", "she shot back with a laugh"
  if (particles && next === 'back') return { lemma: 'respond', i, j: i + 2, weak: false };
  // "as the Post's Dana Milbank puts it, “…”"
  if ((w === 'put' || w === 'puts') && next === 'it') return { lemma: 'put it', i, j: i + 2, weak: false };
  if (!lemma) return null;
  // Phrasal verbs that report nothing: "ruled out", "found out", "called off", "read out"… ("pointed out" is read above).
  if (/^(?:out|off|up|down)$/.test(next) && /^(?:rule|find|call|read|mock|press|text|post|order|charge|signal|question)$/.test(lemma)) return null;
  // After a determiner or a possessive the word is a noun ("the states", "Trump’s claims").
  const prev = i > 0 ? lower(tokens[i - 1]!.text) : '';
  if (NOUN_CONTEXT.has(prev)) return null;
  // "a snappy retort", "the latest report": a determiner and an adjective before it make a noun.
  const prev2 = i > 1 ? lower(tokens[i - 2]!.text) : '';
  const nounForm = w === lemma || w === lemma + 's' || w === lemma + 'es';
  // ("the letter reads" is a subject and its verb: a role or document noun before it.)
  if (nounForm && /^(?:the|a|an|his|her|their|its|our|this|that)$/.test(prev2) && /^\p{Ll}+$/u.test(tokens[i - 1]!.text) && !/ly$/.test(prev) && !isRoleHead(prev))
    return null;
  // "the state’s party convention": a possessive ending makes it a noun.
  if (/^['’]s$/.test(tokens[i + 1]?.text ?? '') && !/^(?:he|she|it)$/i.test(tokens[i - 1]?.text ?? '')) return null;
  // "Trump’s claims" is a noun; "he’s claiming" is "he is claiming".
  if (prev === "'s" && !/ing$/.test(w) && !/^(?:he|she|it|that|there|who|what)$/.test(lower(tokens[i - 2]?.text ?? ''))) return null;
  // A capitalised "Says" mid-sentence is more likely a name or a headline word.
  if (/^\p{Lu}/u.test(t.text) && i > 0 && !/^[.!?"“”:]$/.test(tokens[i - 1]!.text) && t.text !== t.text.toUpperCase()) return null;
  return { lemma, i, j: i + 1, weak: WEAK_SPEECH_LEMMAS.has(lemma) };
}

/** All cues in tokens [lo, hi). */
export function cuesIn(tokens: Token[], lo: number, hi: number): Cue[] {
  const out: Cue[] = [];
  for (let i = lo; i < hi; i++) {
    const c = cueAt(tokens, i);
    if (c && c.j <= hi) {
      out.push(c);
      i = c.j - 1;
    }
  }
  return out;
}
