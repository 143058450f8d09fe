// Document-level linking: tagged mentions become entities. Mentions of one entity are grouped
// (same name; surname or first name of a full name; acronym and expansion; part of a longer name
// of the same type), each group gets one type by the document's evidence ("Austin" is a person
// when the article names "Lloyd Austin"), a canonical name, a role, and a salience.

import type { Doc } from '../text/sentences';
import type { Token } from '../text/tokenize';
import type { Entity, EntityType, Mention } from '../types';
import { acronymLetters, expands, initials } from './acronyms';
import { CASE_NORMAL, CASE_TITLE } from './features';
import type { RawMention } from './mentions';
import { appositiveAfter, leadingTitleTokens, titleBefore } from './roles';

interface LinkMention extends RawMention {
  role: string | null;
  /** Added by linking (acronym, compound, repeated name), not by the tagger. */
  derived: boolean;
  acronym: string | null;
  /** The "<place> military" compound this mention names, as the place mention's index. */
  militaryOf: number;
}

export interface LinkInput {
  doc: Doc;
  mentions: RawMention[];
  /** Sentence case per sentence (features.ts CASE_*), to tell headline capitals from names. */
  sentenceCase: Uint8Array;
  /** What the gazetteers say a name is, if a geographic name at all. */
  geoKind?: (name: string) => 'country' | 'city' | 'region' | 'none';
  /** Is this lower-cased word almost always written in lower case (so a capital is only position)? */
  isCommonWord?: (lower: string) => boolean;
}

const MILITARY_HEADS: string[][] = [['military', 'forces'], ['military'], ['armed', 'forces'], ['forces']];

/** Characters (or spacing) that need the full nameKey treatment; most names have none. */
const NAME_KEY_SLOW = /[.'’]|[^\S ]|  |^ | $/;

/** Lower case, no dots, no possessive, no leading "the". */
export function nameKey(text: string): string {
  if (!NAME_KEY_SLOW.test(text)) {
    const lower = text.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return text
    .replace(/['’]s$/u, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function linkEntities(input: LinkInput): Entity[] {
  const { doc } = input;
  const tokens = doc.tokens;
  const sentOf = new Int32Array(tokens.length);
  doc.sentences.forEach((s, si) => sentOf.fill(si, s.firstToken, s.lastToken));
  const sentence = (i: number): { first: number; last: number } => {
    const s = doc.sentences[sentOf[i]!]!;
    return { first: s.firstToken, last: s.lastToken };
  };

  const ms: LinkMention[] = input.mentions.map((m) => {
    const s = sentence(m.first);
    return withRole(doc, stripLeadingCommon(doc, stripPossessive(doc, m), s, input.isCommonWord), s);
  });
  addAcronyms(doc, ms);
  membersMakeOrganizations(doc, ms, input.geoKind);

  // Group mentions.
  const uf = new UnionFind();
  ms.forEach(() => uf.add());
  const add = (m: LinkMention): number => {
    ms.push(m);
    return uf.add();
  };
  groupByName(ms, uf);
  groupByParts(tokens, ms, uf);
  groupAcronyms(ms, uf, tokens, input.sentenceCase, sentOf);
  propagate(doc, ms, uf, add);
  addMilitary(doc, ms, uf, add, (name) => (input.geoKind?.(name) ?? 'none') === 'country');

  // Build entities from groups.
  const groups = new Map<number, LinkMention[]>();
  ms.forEach((m, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(m);
    else groups.set(r, [m]);
  });
  const rootOf = new Map<LinkMention, number>(ms.map((m, i) => [m, uf.find(i)]));
  const entities: Entity[] = [];
  for (const g of groups.values()) {
    // A group seen only in Title Case headline lines is capitalisation, not evidence of a name.
    if (g.every((m) => isHeadline(doc, input.sentenceCase, sentOf[m.first]!))) continue;
    entities.push(toEntity(g, ms, rootOf, sentOf));
  }
  entities.sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((e, i) => (e.id = `e${i}`));
  return entities;
}

/** A Title Case line standing alone (a headline or subhead), not a table row or a list of names. */
function isHeadline(doc: Doc, sentenceCase: Uint8Array, si: number): boolean {
  if (sentenceCase[si] !== CASE_TITLE) return false;
  const s = doc.sentences[si]!;
  // Rows of tables and lists of names have digits or commas; headlines rarely do.
  for (let i = s.firstToken; i < s.lastToken; i++) if (/\d|^,$/.test(doc.tokens[i]!.text)) return false;
  const before = s.start === 0 || /\n\s*$/.test(doc.text.slice(Math.max(0, s.start - 3), s.start));
  const after = s.end >= doc.text.length || /^\s*\n/.test(doc.text.slice(s.end, s.end + 3));
  return before && after && s.lastToken - s.firstToken >= 4;
}

const OPENING = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', ':']);

/**
 * "Why Tunisia" at the start of a heading is Tunisia: a word that is almost always lower case
 * is capitalised there only by its position, so it is not part of the name.
 */
function stripLeadingCommon(doc: Doc, m: RawMention, s: { first: number; last: number }, isCommon: LinkInput['isCommonWord']): RawMention {
  // Organization names often do start with a common word ("Racing Santander", "Radio Romania").
  if (!isCommon || m.last - m.first < 2 || m.type === 'organization') return m;
  let k = m.first - 1;
  let colon = false;
  for (; k >= s.first && OPENING.has(doc.tokens[k]!.text); k--) if (doc.tokens[k]!.text === ':') colon = true;
  if (k >= s.first && !colon) return m;
  let first = m.first;
  while (first < m.last - 1 && isCommon(doc.tokens[first]!.text.toLowerCase())) first++;
  if (first === m.first) return m;
  const start = doc.tokens[first]!.start;
  return { ...m, first, start, text: doc.text.slice(start, m.end) };
}

const POSSESSIVE = /^['’][sS]?$/;
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'sir', 'dame', 'madam']);

/** "Africa's": the possessive is not part of the name. */
function stripPossessive(doc: Doc, m: RawMention): RawMention {
  if (m.last - m.first < 2 || !POSSESSIVE.test(doc.tokens[m.last - 1]!.text)) return m;
  const last = m.last - 1;
  const end = doc.tokens[last - 1]!.end;
  return { ...m, last, end, text: doc.text.slice(m.start, end) };
}

/** Strips leading titles from person spans and records titles and appositives as the role. */
function withRole(doc: Doc, m: RawMention, s: { first: number; last: number }): LinkMention {
  const tokens = doc.tokens;
  let first = m.first;
  let role: string | null = null;
  // "Ohio-based KeyCorp" is KeyCorp: where it is based is not part of the name.
  while (first < m.last - 1 && /^\p{L}[\p{L}.]*-based$/u.test(tokens[first]!.text)) first++;
  if (m.type === 'person') {
    const f0 = first;
    const lead = leadingTitleTokens(tokens, f0, m.last);
    if (lead > 0) {
      role = doc.text.slice(tokens[f0]!.start, tokens[f0 + lead - 1]!.end);
      first += lead;
    }
    // A title phrase right before the span (or before the title words stripped from it).
    const t = titleBefore(tokens, lead > 0 ? f0 + 1 : first, s.first);
    if (t >= 0) role = doc.text.slice(tokens[t]!.start, tokens[first - 1]!.end);
    const app = appositiveAfter(tokens, m.last, s.last);
    if (app) role = doc.text.slice(tokens[app.first]!.start, tokens[app.last - 1]!.end);
    // "Mr." and "Ms." say how to address someone, not what they do.
    if (role !== null && HONORIFICS.has(role.toLowerCase())) role = null;
  }
  const start = tokens[first]!.start;
  return { first, last: m.last, start, end: m.end, text: doc.text.slice(start, m.end), type: m.type, role, derived: false, acronym: null, militaryOf: -1 };
}

/** "Long Name (ACR)" and "ACR [Long Name]": create the missing side as a mention and mark the pair. */
function addAcronyms(doc: Doc, ms: LinkMention[]): void {
  const tokens = doc.tokens;
  const at = new Map<number, LinkMention>();
  for (const m of ms) at.set(m.first, m);
  const created: LinkMention[] = [];
  for (const m of ms) {
    const open = tokens[m.last];
    if (!open || (open.text !== '(' && open.text !== '[')) continue;
    const close = open.text === '(' ? ')' : ']';
    const a = tokens[m.last + 1];
    // Long Name (ACR)
    if (a && tokens[m.last + 2]?.text === close) {
      const letters = acronymLetters(a.text);
      const words = tokens.slice(m.first, m.last).map((t) => t.text);
      if (letters && expands(letters, words)) {
        const existing = at.get(m.last + 1);
        if (existing) existing.acronym = nameKey(m.text);
        else
          created.push({
            first: m.last + 1, last: m.last + 2, start: a.start, end: a.end, text: a.text, type: m.type,
            role: null, derived: true, acronym: nameKey(m.text), militaryOf: -1,
          });
        continue;
      }
    }
    // ACR [Long Name]
    const letters = m.last - m.first === 1 ? acronymLetters(tokens[m.first]!.text) : null;
    if (!letters) continue;
    let e = m.last + 1;
    while (e < tokens.length && tokens[e]!.text !== close && e - m.last < 10) e++;
    if (tokens[e]?.text !== close) continue;
    const words = tokens.slice(m.last + 1, e).map((t) => t.text);
    if (!expands(letters, words)) continue;
    m.acronym = nameKey(words.join(' '));
    // The expansion is a mention already (any span): it is linked through m.acronym.
    if (at.has(m.last + 1)) continue;
    const s = tokens[m.last + 1]!.start;
    const en = tokens[e - 1]!.end;
    created.push({
      first: m.last + 1, last: e, start: s, end: en, text: doc.text.slice(s, en), type: m.type,
      role: null, derived: true, acronym: null, militaryOf: -1,
    });
  }
  ms.push(...created);
}

/** Same name and type → same entity ("Barcelona" the city and the club stay apart). */
function groupByName(ms: LinkMention[], uf: UnionFind): void {
  const byKey = new Map<string, number>();
  ms.forEach((m, i) => {
    const k = m.type + ':' + nameKey(m.text);
    const j = byKey.get(k);
    if (j === undefined) byKey.set(k, i);
    else uf.union(i, j);
  });
}

function words(m: LinkMention, tokens: Token[]): string[] {
  return tokens.slice(m.first, m.last).map((t) => nameKey(t.text)).filter((w) => w !== "'s" && w !== 's');
}

/**
 * A shorter mention that is the surname or first name of one person named in full, or a part of
 * one longer name of the same type, joins that entity (taking the person type when it is one).
 */
function groupByParts(tokens: Token[], ms: LinkMention[], uf: UnionFind): void {
  const ws = ms.map((m) => words(m, tokens));
  const longs = ms.map((m, i) => ({ m, i, w: ws[i]! })).filter((x) => x.w.length >= 2);
  // Persons named in full, by surname and by first name.
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const orgWords = new Map<string, number[]>();
  for (const l of longs) if (l.m.type === 'organization') for (const x of new Set(l.w)) push(orgWords, x, l.i);
  for (const l of longs) {
    if (l.m.type !== 'person') continue;
    if (l.w.length <= 3) push(bySurname, surname(l.w[l.w.length - 1]!), l.i);
    push(byFirst, l.w[0]!, l.i);
  }
  ms.forEach((m, i) => {
    if (m.acronym) return;
    const w = ws[i]!;
    if (w.length === 0) return;
    const targets = new Set<number>();
    let person = false;
    if (w.length === 1) {
      // The surname of a person named in full ("Austin" after "Lloyd Austin"), whatever the
      // tagger called it; a first name only when the tagger also saw a person.
      for (const j of bySurname.get(surname(w[0]!)) ?? []) targets.add(uf.find(j));
      if (m.type === 'person') for (const j of byFirst.get(w[0]!) ?? []) targets.add(uf.find(j));
      person = targets.size > 0;
      // A lone "person" word that the document only uses inside an organization's name
      // ("Pirelli" beside "Pirelli Cables") is that organization.
      if (!person && m.type === 'person') {
        for (const j of orgWords.get(w[0]!) ?? []) targets.add(uf.find(j));
        if (targets.size === 1) m.type = 'organization';
      }
    } else {
      for (const l of longs) {
        if (l.w.length <= w.length) continue;
        // "Bin Laden" after "Osama bin Laden": the end of a person's full name.
        if (l.m.type === 'person' && m.type !== 'organization' && endsWith(l.w, w)) {
          targets.add(uf.find(l.i));
          person = true;
        } else if (l.m.type === m.type && l.m.type !== 'person' && containsRun(l.w, w)) targets.add(uf.find(l.i));
      }
      if (targets.size !== 1) person = false;
    }
    if (targets.size === 1) {
      uf.union(i, [...targets][0]!);
      if (person) m.type = 'person';
    }
  });
}

function push(map: Map<string, number[]>, k: string, v: number): void {
  const a = map.get(k);
  if (a) a.push(v);
  else map.set(k, [v]);
}

/** Arabic-style surnames are written with and without the article: "al-Bashir" ~ "Bashir". */
function surname(w: string): string {
  return w.replace(/^(?:al|el|ad|ash|as|at|az|ar|an|ul)[-‑]/u, '');
}

function endsWith(hay: string[], needle: string[]): boolean {
  const off = hay.length - needle.length;
  if (off < 1) return false;
  for (let k = 0; k < needle.length; k++) if (hay[off + k] !== needle[k]) return false;
  return true;
}

function containsRun(hay: string[], needle: string[]): boolean {
  outer: for (let s = 0; s + needle.length <= hay.length; s++) {
    for (let k = 0; k < needle.length; k++) if (hay[s + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Acronyms join the entity they stand for: marked pairs, and initials of a longer name. */
function groupAcronyms(ms: LinkMention[], uf: UnionFind, tokens: Token[], sentenceCase: Uint8Array, sentOf: Int32Array): void {
  const byKey = new Map<string, number>();
  ms.forEach((m, i) => byKey.set(nameKey(m.text), i));
  // Longer names by the acronyms they could have: initials without and with function words.
  const byInitials = new Map<string, number[]>();
  ms.forEach((m, i) => {
    if (m.last - m.first < 2) return;
    const w = tokens.slice(m.first, m.last).map((t) => t.text);
    const a = initials(w);
    push(byInitials, a, i);
    const all = w.map((x) => x[0]!.toUpperCase()).join('');
    if (all !== a) push(byInitials, all, i);
  });
  ms.forEach((m, i) => {
    if (m.acronym !== null) {
      const j = byKey.get(m.acronym);
      if (j !== undefined) {
        uf.union(i, j);
        m.type = ms[j]!.type;
      }
      return;
    }
    // In an ALL-CAPS headline every word looks like an acronym.
    if (m.last - m.first !== 1 || sentenceCase[sentOf[m.first]!] !== CASE_NORMAL) return;
    const letters = acronymLetters(m.text);
    if (!letters) return;
    const longs = byInitials.get(letters);
    if (!longs) return;
    const targets = new Set(longs.map((j) => uf.find(j)));
    if (targets.size === 1) {
      uf.union(i, [...targets][0]!);
      m.type = ms[longs[0]!]!.type;
    }
  });
}

/**
 * Repeats of a linked name that the tagger missed become mentions too: acronyms, multi-word
 * names, and the surname of a person named in full, matched with the exact same spelling.
 */
function propagate(doc: Doc, ms: LinkMention[], uf: UnionFind, add: (m: LinkMention) => number): void {
  const tokens = doc.tokens;
  const covered = new Uint8Array(tokens.length);
  for (const m of ms) covered.fill(1, m.first, m.last);
  const forms = new Map<string, { root: number; type: EntityType; len: number }>();
  ms.forEach((m, i) => {
    const n = m.last - m.first;
    const root = uf.find(i);
    const text = tokens.slice(m.first, m.last).map((t) => t.text);
    const surnameOfPerson = m.type === 'person' && n >= 2 && /^\p{Lu}\p{Ll}/u.test(text[n - 1]!);
    if (n >= 2 || m.acronym !== null || (acronymLetters(text[0]!) && n === 1)) forms.set(text.join(' '), { root, type: m.type, len: n });
    if (surnameOfPerson) forms.set(text[n - 1]!, { root, type: 'person', len: 1 });
  });
  if (forms.size === 0) return;
  // Longest form per first word, so most tokens are passed over with one set lookup.
  const firstWords = new Map<string, number>();
  for (const [text, f] of forms) {
    const w = text.split(' ')[0]!;
    firstWords.set(w, Math.max(firstWords.get(w) ?? 0, f.len));
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const maxLen = firstWords.get(tokens[i]!.text);
    if (maxLen === undefined) continue;
    for (let len = Math.min(maxLen, tokens.length - i); len >= 1; len--) {
      let ok = true;
      for (let k = 0; k < len; k++) if (covered[i + k]) ok = false;
      if (!ok) continue;
      const f = forms.get(tokens.slice(i, i + len).map((t) => t.text).join(' '));
      if (!f || f.len !== len) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + len - 1]!.end;
      const j = add({ first: i, last: i + len, start, end, text: doc.text.slice(start, end), type: f.type, role: null, derived: true, acronym: null, militaryOf: -1 });
      uf.union(j, f.root);
      covered.fill(1, i, i + len);
      i += len - 1;
      break;
    }
  }
}

/** "U.S. military", "U.S. military forces", "United States military": one organization per country. */
function addMilitary(doc: Doc, ms: LinkMention[], uf: UnionFind, add: (m: LinkMention) => number, isCountry: (name: string) => boolean): void {
  const tokens = doc.tokens;
  const byPlace = new Map<number, number>();
  const n = ms.length;
  for (let i = 0; i < n; i++) {
    const m = ms[i]!;
    if (m.type !== 'place' || !isCountry(m.text)) continue;
    for (const head of MILITARY_HEADS) {
      if (!head.every((w, k) => tokens[m.last + k]?.text === w)) continue;
      const last = m.last + head.length;
      const end = tokens[last - 1]!.end;
      const root = uf.find(i);
      const j = add({ first: m.first, last, start: m.start, end, text: doc.text.slice(m.start, end), type: 'organization', role: null, derived: true, acronym: null, militaryOf: root });
      const prev = byPlace.get(root);
      if (prev === undefined) byPlace.set(root, j);
      else uf.union(j, prev);
      break;
    }
  }
}

const MEMBER_NOUNS = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'staff', 'staffer', 'press']);

/**
 * "a White House official", "a Pentagon spokesman": a name that has officials and spokespeople is an
 * organization, unless it is a country, city or region ("U.S. officials" stay about the U.S.).
 */
function membersMakeOrganizations(doc: Doc, ms: LinkMention[], geoKind: LinkInput['geoKind']): void {
  const retype = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'place') continue;
    const next = doc.tokens[m.last];
    if (!next || !MEMBER_NOUNS.has(next.text)) continue;
    if ((geoKind?.(m.text) ?? 'none') !== 'none') continue;
    retype.add(nameKey(m.text));
  }
  if (retype.size) for (const m of ms) if (m.type === 'place' && retype.has(nameKey(m.text))) m.type = 'organization';
}

function toEntity(g: LinkMention[], all: LinkMention[], rootOf: Map<LinkMention, number>, sentOf: Int32Array): Entity {
  // Type: the tagger's votes, persons winning ties (a name seen as a person is one).
  const votes: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  for (const m of g) votes[m.type] += m.derived ? 0.5 : 1;
  const military = g.find((m) => m.militaryOf >= 0);
  let type: EntityType = military ? 'organization' : votes.person >= Math.max(votes.organization, votes.place) && votes.person > 0 ? 'person' : votes.organization >= votes.place ? 'organization' : 'place';
  if (g.some((m) => m.type === 'person') && votes.person * 2 >= votes.organization + votes.place) type = 'person';

  const mentions: Mention[] = [];
  const seen = new Set<string>();
  for (const m of [...g].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  const name = military ? militaryName(military, all, rootOf) : canonicalName(g);
  const role = g.find((m) => m.role)?.role ?? null;
  // Salience: how often and how early the article names it; people with a stated role are who
  // a story is about more often than the places it passes through.
  const firstSentence = Math.min(...g.map((m) => sentOf[m.first]!));
  const salience = mentions.length + 1 / (1 + firstSentence) + (type === 'person' ? 1 : 0) + (role ? 1 : 0);
  return { id: '', type, name, role, mentions, salience: Math.round(salience * 1000) / 1000 };
}

function canonicalName(g: LinkMention[]): string {
  const candidates = g.filter((m) => !acronymLetters(m.text) || g.every((x) => acronymLetters(x.text)));
  const pool = candidates.length ? candidates : g;
  const count = new Map<string, number>();
  for (const m of pool) {
    const t = m.text.replace(/['’]s$/u, '');
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  let best = '';
  let bestScore = -1;
  for (const [t, c] of count) {
    const score = t.split(/\s+/).length * 100 + c;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** "<how the article most often writes the country> military". */
function militaryName(m: LinkMention, all: LinkMention[], rootOf: Map<LinkMention, number>): string {
  const forms = new Map<string, number>();
  for (const x of all) {
    if (x.militaryOf >= 0 || rootOf.get(x) !== m.militaryOf) continue;
    forms.set(x.text, (forms.get(x.text) ?? 0) + 1);
  }
  let best = '';
  let n = -1;
  for (const [t, c] of forms) if (c > n) [best, n] = [t, c];
  return `${best || m.text.split(' ')[0]} military`;
}

