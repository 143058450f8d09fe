// Titles and roles around a person's name. Titles are not part of the name ("President Joe Biden"
// is Joe Biden) but are kept as the entity's role, as is an appositive after the name
// ("John Kirby, the National Security Council spokesperson").

import type { Token } from '../text/tokenize';

/** Words that make a capitalised phrase before a name a title. */
export const TITLE_WORDS = new Set(
  `president vice prime minister secretary senator sen. representative rep. governor gov. mayor chancellor king queen
  prince princess pope cardinal bishop archbishop rev. reverend sheikh ayatollah general gen. colonel col. lieutenant lt.
  major maj. captain capt. sergeant sgt. admiral adm. commander cmdr. chief director chairman chairwoman chair ceo
  spokesman spokeswoman spokesperson ambassador judge justice attorney prosecutor detective officer inspector commissioner
  dr. doctor professor prof. mr. mrs. ms. miss sir dame lord lady speaker leader deputy emir sultan premier coach
  envoy adviser advisor counsel president-elect treasurer minister-president chief-executive`.split(/\s+/),
);

/** Nouns that end a role phrase ("the National Security Council spokesperson"). */
const ROLE_HEADS = new Set(
  `spokesperson spokesman spokeswoman secretary minister president chairman chairwoman chair director chief leader
  official ambassador adviser advisor commander general senator governor mayor ceo founder head analyst professor
  coordinator envoy lawmaker representative member executive officer manager editor correspondent reporter economist
  researcher scientist judge attorney lawyer prosecutor spokesperson coach captain author historian expert strategist
  deputy aide negotiator candidate nominee chancellor premier king queen prince commissioner administrator
  superintendent inspector detective sheriff chief-of-staff counselor counsellor`.split(/\s+/),
);

/** Lower-case words inside a title phrase ("White House press secretary"). */
const ROLE_COMPOUNDS = new Set(
  'press deputy foreign defense defence national security senior chief vice assistant top special economic finance interior health state general'.split(' '),
);

const ROLE_MODIFIERS = new Set(['former', 'acting', 'then', 'interim', 'outgoing', 'incoming', 'late', 'deputy', 'assistant']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const LINKERS = new Set(['of', 'for', 'and', 'on', '&', 'the']);

function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = t[0]!;
  return ch !== ch.toLowerCase();
}

function lower(t: Token): string {
  return t.text.toLowerCase();
}

/**
 * Index of the first token of a title phrase that ends right before `first` ("U.S. Defense
 * Secretary" before "Lloyd Austin"), or -1. `sentenceFirst` bounds the search.
 */
export function titleBefore(tokens: Token[], first: number, sentenceFirst: number): number {
  const j = first - 1;
  if (j < sentenceFirst || !TITLE_WORDS.has(lower(tokens[j]!))) return -1;
  let k = j;
  // Extend left over capitalised words ("Defense", "U.S.") and inner linkers ("of State").
  while (k - 1 >= sentenceFirst) {
    const t = tokens[k - 1]!;
    if ((isCap(t.text) && /\p{L}/u.test(t.text)) || ROLE_COMPOUNDS.has(t.text)) k--;
    else if (LINKERS.has(t.text) && k - 2 >= sentenceFirst && isCap(tokens[k - 2]!.text) && t.text !== 'the') k--;
    else break;
  }
  while (k < j && LINKERS.has(tokens[k]!.text)) k++;
  if (k - 1 >= sentenceFirst && ROLE_MODIFIERS.has(lower(tokens[k - 1]!))) k--;
  return k;
}

/** Leading title tokens inside a tagged person span ("President Biden" → 1). */
export function leadingTitleTokens(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k < last - 1 && (TITLE_WORDS.has(lower(tokens[k]!)) || ROLE_MODIFIERS.has(lower(tokens[k]!)))) k++;
  return k - first;
}

/**
 * An appositive role after a name: ", the National Security Council spokesperson" → the
 * character range of "National Security Council spokesperson", or null.
 */
export function appositiveAfter(tokens: Token[], last: number, sentenceLast: number): { first: number; last: number } | null {
  if (last >= sentenceLast || tokens[last]!.text !== ',') return null;
  let k = last + 1;
  if (k < sentenceLast && DETERMINERS.has(lower(tokens[k]!))) k++;
  const start = k;
  for (let n = 0; k < sentenceLast && n < 9; k++, n++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '.' || t.text === ';') break;
    if (ROLE_HEADS.has(lower(t)) || ROLE_HEADS.has(lower(t).replace(/s$/, ''))) {
      // The head ends the role unless the phrase goes on with "of ..." ("secretary of state").
      let end = k + 1;
      if (end < sentenceLast && tokens[end]!.text === 'of') {
        let e = end + 1;
        while (e < sentenceLast && (isCap(tokens[e]!.text) || LINKERS.has(tokens[e]!.text)) && tokens[e]!.text !== ',') e++;
        if (e > end + 1) end = e;
      }
      const next = tokens[end];
      const closes = !next || end >= sentenceLast || [',', '.', ';', 'said', 'says', 'told', 'stated', 'added', ')', '—', '–'].includes(next.text);
      return closes && end > start ? { first: start, last: end } : null;
    }
    if (!/\p{L}/u.test(t.text) && t.text !== '-' && t.text !== '.') break;
  }
  return null;
}
