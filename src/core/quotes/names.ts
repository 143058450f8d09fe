// Names as the article writes them, independent of the NER: capitalised runs, titles stripped,
// and a document index that links a surname to the fullest name it abbreviates ("Austin" →
// "Lloyd Austin") and guesses a person's gender from titles and the pronouns that follow them.

import type { Doc } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { FEMALE_WORDS, FUNCTION_WORDS, MALE_WORDS, NOT_NAMES, TITLE_WORDS } from './lexicon';
import { isCapitalized, lower } from './tokens';

export type Gender = 'male' | 'female' | null;

/** Lower-case particles that sit inside names ("Beto O'Rourke", "Ursula von der Leyen", "Bank of America"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'of', 'y', 'st.']);
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

// Common first names (US and international news), lower case: a prior for pronoun resolution only.
const MALE_FIRST_NAMES = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark ' +
    'donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary ' +
    'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond ' +
    'jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian ' +
    'keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel ' +
    'logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bernie ' +
    'barack mitt ted marco jeb rand chris mike newt rick lindsey ben bill tim jim tom dick harry ' +
    'vladimir xi emmanuel boris recep narendra benjamin bashar hassan ali mohammed muhammad ' +
    'ahmed omar abdul hugo luis carlos jorge pedro miguel antonio francisco manuel javier rafael sergio fernando ' +
    'reince newt rudy chuck mitch orrin jeff lloyd ash colin antony jake sean corey ' +
    'steve stephen dan danny greg andy nick tony matt rob bob ken jon josh adam sam max ed eddie frankie ' +
    'norman ernest harvey howard leonard marvin melvin herbert glenn lee luke seth travis troy wade ' +
    'clarence curtis darrell derek dustin earl floyd francis gordon hank jay joel kurt lance neil rex')
    .split(' '),
);
const FEMALE_FIRST_NAMES = new Set(
  ('mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ' +
    'ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia ' +
    'kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel ' +
    'catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan ' +
    'evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean ' +
    'alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana ' +
    'brittany natalie isabella charlotte rose alexis kayla hillary chelsea melania ivanka nikki carly elizabeth ' +
    'nancy kamala michelle condoleezza kellyanne huma debbie donna tulsi elena sonia ruth loretta susana jill ' +
    'theresa angela marine christine ursula hope sarah jeanne kirsten amy claire patty dianne barbara tammy ' +
    'maxine sheila stacey gwen kelly katie kate meghan megyn rachel maggie jen becky liz beth sue pat ' +
    'melanie caitlyn heidi tiffany crystal erin kristen kristin wendy gina holly tara paula monica jane joanne ' +
    'kathy erica erika jenna valerie vanessa veronica yvonne yolanda wanda tina rita rosa irene lois peggy')
    .split(' '),
);

const MALE_NOUNS = new Set('husband father son brother boyfriend grandfather uncle nephew king prince duke spokesman chairman congressman businessman actor widower'.split(' '));
const FEMALE_NOUNS = new Set('wife mother daughter sister girlfriend grandmother aunt niece queen princess duchess spokeswoman chairwoman congresswoman businesswoman actress widow'.split(' '));

/** Words that head an organization's name before "of" ("Bureau of", "University of", "Chamber of"). */
const ORG_HEADS = new Set(
  ('department bureau institute institutes university college academy court chamber republic states association ' +
    'council committee society school center centre foundation league church bank board office agency commission ' +
    'federation union party house ministry museum corps army navy club order division secretary daughters sons ' +
    'friends citizens people students women men veterans doctors lawyers knights').split(' '),
);

const titleKey = (t: string): string => lower(t).replace(/\.$/, '');

export function isTitleWord(t: string): boolean {
  return TITLE_WORDS.has(titleKey(t));
}

/** A token that can be part of a name: a capitalised word or initial, not a closed-class word at a sentence start. */
export function isNameToken(t: string): boolean {
  if (!isCapitalized(t)) return false;
  const k = lower(t);
  if (NOT_NAMES.has(k)) return false;
  return !/^\p{Lu}\p{L}*$/u.test(t) || !FUNCTION_WORDS.has(k) || t === 'I';
}

/** The name tokens of a capitalised run ending just before token `end` (exclusive), scanning no further left than `lo`. */
export function nameRunBefore(tokens: Token[], end: number, lo: number): [number, number] | null {
  let i = end;
  while (i > lo) {
    const t = tokens[i - 1]!.text;
    if (isNameToken(t) || SUFFIXES.has(lower(t))) i--;
    else if (PARTICLES.has(lower(t)) && i - 1 > lo && i < end && isNameToken(tokens[i - 2]!.text)) {
      // "Tom Cole of Oklahoma": the person, not the place.
      if (placeAfterPerson(tokens, i - 1)) return nameRunBefore(tokens, i - 1, lo);
      i--;
    } else break;
  }
  while (i < end && (FUNCTION_WORDS.has(lower(tokens[i]!.text)) || PARTICLES.has(lower(tokens[i]!.text)))) i++;
  return i < end ? [i, end] : null;
}

/** "Rival Hillary Clinton" beside "Hillary Clinton": one capitalised word before a first name describes the person. */
function strayLead(key: string[], shorter: string[]): boolean {
  return key.length === shorter.length + 1 && isFirstName(shorter[0]!) && !isFirstName(key[0]!) && key[0]!.length > 1;
}

export function isFirstName(w: string): boolean {
  const k = lower(w);
  return MALE_FIRST_NAMES.has(k) || FEMALE_FIRST_NAMES.has(k);
}

/**
 * "Harry Bond of Raleigh", "Paul D. Ryan of Wisconsin": "of" after a first name and a surname
 * starts a place, not more of the name ("Bank of America" stays whole).
 */
function placeAfterPerson(tokens: Token[], of: number): boolean {
  if (lower(tokens[of]!.text) !== 'of' || of < 2) return false;
  const first = tokens[of - 2]!.text;
  if (/^(?:\p{Lu}\.)+$/u.test(first)) return true;
  // "Rep. Lee Zeldin of New York": a titled two-word name is a person too.
  const titled = of >= 3 && isTitleWord(tokens[of - 3]!.text) && /^\p{Lu}/u.test(tokens[of - 3]!.text) && isNameToken(first);
  // "Joel Pollak of Breitbart California": two plain words that name no organization (and follow no "the") are a person.
  const plain = (t: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(t) && !isTitleWord(t) && !ORG_HEADS.has(lower(t));
  const twoWords = of >= 2 && plain(first) && plain(tokens[of - 1]!.text) && (of < 3 || (!isNameToken(tokens[of - 3]!.text) && lower(tokens[of - 3]!.text) !== 'the'));
  return (isFirstName(first) || titled || twoWords) && isNameToken(tokens[of - 1]!.text);
}

/** The name tokens of a capitalised run starting at token `start`, scanning up to `hi` (exclusive). */
export function nameRunAfter(tokens: Token[], start: number, hi: number): [number, number] | null {
  let j = start;
  while (j < hi) {
    const t = tokens[j]!.text;
    if (isNameToken(t) || (j > start && SUFFIXES.has(lower(t)))) j++;
    else if (PARTICLES.has(lower(t)) && j > start && j + 1 < hi && isNameToken(tokens[j + 1]!.text) && !placeAfterPerson(tokens, j)) j++;
    else break;
  }
  let i = start;
  while (i < j && FUNCTION_WORDS.has(lower(tokens[i]!.text))) i++;
  return i < j ? [i, j] : null;
}

/**
 * The name inside a run of title-and-name tokens: what follows the last title word
 * ("U.S. Defense Secretary Lloyd Austin" → "Lloyd Austin"). A run that is all title stays whole.
 */
export function stripTitles(words: string[]): string[] {
  let k = -1;
  for (let i = 0; i < words.length - 1; i++) if (isTitleWord(words[i]!) || /^(?:\p{Lu}\.){2,}$/u.test(words[i]!)) k = i;
  let out = words.slice(k + 1);
  // A possessive ending belongs to the sentence, not the name ("Clinton’s campaign").
  while (out.length > 1 && /^['’]s$/.test(out[out.length - 1]!)) out = out.slice(0, -1);
  while (out.length > 1 && SUFFIXES.has(lower(out[out.length - 1]!))) out = out.slice(0, -1);
  return out;
}

export interface NameRun {
  sentence: number;
  a: number;
  b: number;
  raw: string[];
  words: string[];
}

interface IndexedName {
  words: string[];
  /** The words lower-cased, computed once. */
  keys: string[];
  count: number;
  /** Offsets where the article writes this form, in order. */
  positions: number[];
  /** Those where the form leads its clause ("Heidi Cruz said", not "a photo of Heidi Cruz"), for recency. */
  leads: number[];
  male: number;
  female: number;
}

/** Every name the article writes (outside quotes), to link short forms to full ones and to guess genders. */
export class NameIndex {
  /** Every name run outside quotes and headlines, in order: token range, raw tokens, name words. */
  readonly runs: NameRun[] = [];
  private readonly byKey = new Map<string, IndexedName>();
  private readonly bySurname = new Map<string, IndexedName[]>();

  constructor(
    private readonly doc: Doc,
    quoted: (pos: number) => boolean = () => false,
  ) {
    const toks = doc.tokens;
    doc.sentences.forEach((s, si) => {
      // Headlines capitalise every word, so their capitalised runs are not names.
      if (isHeadline(toks, s.firstToken, s.lastToken)) return;
      let i = s.firstToken;
      while (i < s.lastToken) {
        // Only a capitalised token can start a run; skip the rest cheaply.
        if (!isCapitalized(toks[i]!.text)) {
          i++;
          continue;
        }
        const run = nameRunAfter(toks, i, s.lastToken);
        if (!run || run[0] !== i) {
          i++;
          continue;
        }
        const [a, b] = run;
        i = b;
        if (quoted(toks[a]!.start)) continue;
        const raw = toks.slice(a, b).map((t) => t.text);
        const words = stripTitles(raw);
        if (!words.length || (words.length === 1 && isTitleWord(words[0]!))) continue;
        this.runs.push({ sentence: si, a, b, raw, words });
        const title = raw.length > words.length ? lower(raw[raw.length - words.length - 1]!) : '';
        const entry = this.add(words, toks[b - words.length]!.start, a === s.firstToken || !/^\p{Ll}/u.test(toks[a - 1]!.text));
        // Gendered titles and kin words: "Mrs. Clinton", "her husband, Milton Berg", "actress Jane Doe".
        let cue = title;
        if (!cue && a > s.firstToken) cue = lower(toks[toks[a - 1]!.text === ',' && a - 2 >= s.firstToken ? a - 2 : a - 1]!.text);
        if (MALE_WORDS.has(cue) || MALE_NOUNS.has(cue)) entry.male += 3;
        if (FEMALE_WORDS.has(cue) || FEMALE_NOUNS.has(cue)) entry.female += 3;
        // A subject pronoun soon after a person's name, with no other name in between, hints at the gender
        // (not after an appositive name: "Along with her husband, Milton Berg, a money manager, she …").
        const appositive = (a > s.firstToken && toks[a - 1]!.text === ',') || toks[b]?.text === ',';
        if (!appositive && (a === s.firstToken || !/^(?:of|for|to|with|by|about|from|in|on|at|against|and|the)$/i.test(toks[a - 1]!.text)))
          if (!/^\p{Lu}+$/u.test(words[words.length - 1]!)) this.countPronouns(entry, b, s.lastToken);
      }
    });
  }

  private add(words: string[], pos: number, lead: boolean): IndexedName {
    const key = words.map(lower).join(' ');
    let e = this.byKey.get(key);
    if (!e) {
      e = { words, keys: words.map(lower), count: 0, positions: [], leads: [], male: 0, female: 0 };
      this.byKey.set(key, e);
      const sur = lower(words[words.length - 1]!);
      const list = this.bySurname.get(sur) ?? [];
      list.push(e);
      this.bySurname.set(sur, list);
    }
    e.count++;
    e.positions.push(pos);
    if (lead) e.leads.push(pos);
    return e;
  }

  private countPronouns(e: IndexedName, from: number, to: number): void {
    const toks = this.doc.tokens;
    for (let k = from; k < Math.min(to, from + 15); k++) {
      const t = toks[k]!.text;
      if (isNameToken(t) && !/^(?:I|The|A)$/.test(t)) break;
      const w = lower(t);
      // Possessives and reflexives mostly point back at the subject; a subject pronoun is often
      // someone else ("Sanders said she …"), so it counts for less.
      if (w === 'his' || w === 'himself') e.male += 1;
      else if (w === 'her' || w === 'herself') e.female += 1;
      else if (w === 'he') e.male += 0.5;
      else if (w === 'she') e.female += 0.5;
    }
  }

  /**
   * The fullest name the article uses for these name words ("Austin" → "Lloyd Austin"): the full
   * form that most recently led a clause before `pos` (two Johnsons in one story; "a photo of Heidi
   * Cruz" does not make the next "Cruz" hers), else the most frequent.
   */
  canonical(words: string[], pos = Infinity): string[] {
    if (!words.length) return words;
    const key = words.map(lower);
    const list = this.bySurname.get(key[key.length - 1]!) ?? [];
    let longer: IndexedName | null = null;
    let longerAt = -1;
    let shorter: IndexedName | null = null;
    // A full name written in the last stretch of text wins (two Johnsons in one story); otherwise the most frequent.
    const recent = pos === Infinity ? -1 : pos - RECENT_CHARS;
    for (const e of list) {
      const ek = e.keys;
      // A fuller name adds a first name or two ("Austin" → "Lloyd Austin"), never a whole other name.
      if (ek.length > key.length && ek.length - key.length <= (key.length === 1 ? 3 : 1) && isSuffix(key, ek)) {
        // "Rival Hillary Clinton" is not a fuller name than "Hillary Clinton" when the article writes both.
        if (ek.length >= 3 && strayLead(ek, ek.slice(1)) && this.byKey.has(ek.slice(1).join(' '))) continue;
        const last = lastBefore(e.leads, pos);
        const at = last >= recent && last >= 0 ? last : -1;
        if (!longer || at > longerAt || (at === longerAt && e.count > longer.count)) {
          longer = e;
          longerAt = at;
        }
      } else if (ek.length < key.length && ek.length >= 2 && isSuffix(ek, key) && (e.count >= 2 || strayLead(key, ek))) {
        // A shorter known form cleans a run with a stray capital ("Rival Hillary Clinton").
        if (!shorter || e.count > shorter.count) shorter = e;
      }
    }
    return (longer ?? shorter)?.words ?? words;
  }

  /** Gender of a person name from titles and pronouns, or null when the article does not tell. */
  gender(words: string[]): Gender {
    const full = this.canonical(words);
    const key = full.map(lower);
    const list = this.bySurname.get(key[key.length - 1]!) ?? [];
    // The bare surname speaks for the full name only when one person in the article has it.
    const fullNames = new Set(list.filter((e) => e.words.length > 1).map((e) => lower(e.words[0]!)));
    let male = 0;
    let female = 0;
    for (const e of list) {
      const ek = e.keys;
      const same = ek.join(' ') === key.join(' ') || (ek.length === 1 && fullNames.size <= 1);
      if (!same) continue;
      male += e.male;
      female += e.female;
    }
    // A common first name is strong evidence.
    if (full.length > 1) {
      const first = key[0]!;
      if (MALE_FIRST_NAMES.has(first)) male += 4;
      else if (FEMALE_FIRST_NAMES.has(first)) female += 4;
    }
    if (male > female * 1.5 && male >= 1) return 'male';
    if (female > male * 1.5 && female >= 1) return 'female';
    return null;
  }
}

const RECENT_CHARS = 600;

/** The last of the (ascending) positions before pos, or -1. */
function lastBefore(positions: number[], pos: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? positions[lo - 1]! : -1;
}

/** Every word capitalised, short function words aside: a headline, where capitals say nothing about names. */
function isHeadline(toks: Token[], i: number, j: number): boolean {
  let n = 0;
  for (let k = i; k < j; k++) {
    const w = toks[k]!.text;
    if (w.length < 3 || !/^\p{L}/u.test(w) || HEADLINE_LOWER.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    n++;
  }
  return n >= 4;
}


const HEADLINE_LOWER = new Set(['and', 'the', 'for', 'but', 'nor', 'yet', 'from', 'with', 'into', 'over', 'onto', 'upon']);

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  for (let i = 1; i <= short.length; i++) if (short[short.length - i] !== long[long.length - i]) return false;
  return true;
}
