// The reported clause a cue governs: "Austin said [that the Friday strikes are …]",
// "[Recent shipments sold for $40 a ton], he said." Shared by mixed quotes and indirect speech.

import type { Doc } from '../text/sentences';
import { ADDRESSEE_LEMMAS } from './lexicon';
import type { Cue } from './cues';
import { isNameToken } from './names';
import { isWord, lower } from './tokens';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'supporters', 'voters', 'listeners', 'viewers', 'members', 'lawmakers']);
const ADJUNCT_START = new Set(['in', 'on', 'at', 'during', 'via', 'to', 'through', 'over', 'after', 'before', 'from', 'while', 'when', 'last', 'this', 'earlier', 'later', 'on', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'repeatedly', 'publicly', 'privately', 'previously', 'recently', 'also', 'then', 'once', 'often']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did']);
const NOT_CLAUSE_START = new Set(['.', '!', '?', ',', ';', ':', ')', '—', '–']);

/** Token index where the clause reported by `cue` starts, scanning tokens [cue.j, hi); -1 when nothing follows. */
export function clauseStartAfter(doc: Doc, cue: Cue, hi: number): number {
  const toks = doc.tokens;
  let k = cue.j;
  // "said Friday that…", "told reporters that…", "said in a statement that…": start at "that" when it comes soon.
  for (let m = k; m < Math.min(hi, k + 12); m++) {
    const w = lower(toks[m]!.text);
    if (w === 'that') return m;
    // A subject pronoun means the reported clause has already begun ("said he hopes … that").
    // So does a finite verb ("says his campaign is the only one that …": that "that" is relative).
    if (w === '.' || w === ';' || w === ':' || SUBJECT_PRONOUNS.has(w) || FINITE.has(w)) break;
  }
  // "called on police to …", "called for …": the particle belongs to the verb.
  if ((cue.lemma === 'call' || cue.lemma === 'urge') && k < hi && /^(?:on|upon|for)$/i.test(toks[k]!.text)) return k + 1 < hi ? k + 1 : -1;
  if (ADDRESSEE_LEMMAS.has(cue.lemma) && k < hi) {
    const w = lower(toks[k]!.text);
    if (OBJECT_PRONOUNS.has(w)) k++;
    else if (isNameToken(toks[k]!.text)) while (k < hi && isNameToken(toks[k]!.text)) k++;
  }
  while (k < hi && ADJUNCT_START.has(lower(toks[k]!.text)) && isDayOrAdverb(lower(toks[k]!.text))) k++;
  // "vowed to go after …", "urged them to …": an infinitive is the content.
  if (k + 1 < hi && lower(toks[k]!.text) === 'to' && /^(?:\p{Ll}|[“"‘])/u.test(toks[k + 1]!.text) && !/^(?:the|a|an|his|her|their|its|our)$/.test(lower(toks[k + 1]!.text))) return k;
  // "said in a statement, the …": an adjunct closed by a comma.
  if (k < hi && ADJUNCT_START.has(lower(toks[k]!.text))) {
    let closed = false;
    for (let m = k; m < Math.min(hi, k + 8); m++) {
      if (toks[m]!.text === ',') {
        k = m + 1;
        closed = true;
        break;
      }
      if (!isWord(toks[m]!.text) && toks[m]!.text !== "'s" && toks[m]!.text !== '’s') break;
    }
    if (!closed) {
      // "told African-Americans this weekend he would …": the clause starts at its subject pronoun.
      for (let m = k; m < Math.min(hi, k + 7); m++) if (SUBJECT_PRONOUNS.has(lower(toks[m]!.text))) return m;
      // "said in a statement." — only an adjunct follows the cue, no reported clause; a longer run
      // is the content itself ("called on police to release the videos …").
      let words = 0;
      for (let m = k; m < hi; m++) if (isWord(toks[m]!.text)) words++;
      return words >= 6 ? k : -1;
    }
  }
  while (k < hi && toks[k]!.text === ',') k++;
  if (k >= hi || NOT_CLAUSE_START.has(toks[k]!.text)) return -1;
  return k;
}

function isDayOrAdverb(w: string): boolean {
  return !['in', 'on', 'at', 'during', 'via', 'to', 'through', 'over', 'after', 'before', 'from', 'while', 'when', 'last', 'this'].includes(w);
}

/** End (exclusive token index) of a clause running to the sentence end at hi: trailing punctuation dropped. */
export function clauseEnd(doc: Doc, from: number, hi: number): number {
  const toks = doc.tokens;
  let e = hi;
  while (e > from && !isWord(toks[e - 1]!.text) && !/^[)\]]$/.test(toks[e - 1]!.text)) e--;
  return e;
}
