// From a speaker mention to who it is: names to their fullest form and to the NER's entity,
// pronouns to the nearest compatible person (subjects first), definite roles ("the spokesperson")
// to the person the article gave that role.

import type { Doc } from '../text/sentences';
import type { Entity } from '../types';
import { DETERMINERS, isRoleHead, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon';
import { isFirstName, isTitleWord, NameIndex, stripTitles, type Gender } from './names';
import { clauseSubject, type SpeakerMention } from './speaker';

import { isLower, isWord, lower, sentenceAt } from './tokens';

export interface Referent {
  /** Display name: canonical entity name or cleaned name words; the role as written when unresolved. */
  name: string;
  entityId: string | null;
  kind: 'person' | 'organization' | 'place' | 'unknown';
  gender: Gender;
}

interface NameMention {
  pos: number;
  sentence: number;
  words: string[];
  /** Not after a preposition or inside a noun phrase: likely the subject of its clause. */
  subject: boolean;
}

interface RoleGrant {
  pos: number;
  head: string;
  words: string[];
  /** The words describing the role where it was given ("republican presidential nominee"). */
  context: Set<string>;
}

const NON_PERSON_HEADS = new Set(
  ('campaign administration agency department ministry government police court report statement newspaper paper ' +
    'magazine network outlet website site post times journal study survey poll analysis memo letter committee panel ' +
    'commission council board union party house pentagon military army company firm office team group organization ' +
    'ad clip video tweet release filing complaint lawsuit ruling decision order document records email').split(' '),
);

const NOT_SUBJECT_BEFORE = new Set(
  'of for to with by about from in on at against into over under between among than like as the a an this that and or'.split(' '),
);

const ORG_WORDS = new Set(
  ('house council department ministry agency party committee campaign post times news journal network university ' +
    'college court congress senate police army navy corps command office bureau commission foundation institute ' +
    'association union group company corporation inc. corp. co. bank fund service services board administration ' +
    'government reuters cnn cbs nbc abc fox msnbc ap pentagon kremlin politifact twitter facebook google tribune ' +
    'gazette magazine center centre project coalition alliance organization network club league federation press ' +
    'media institute school society forum caucus pac pac. initiative partnership trust bureau group inc llc ' +
    'council commission authority assembly parliament cabinet ministry embassy consulate channel radio television ' +
    'tv newspaper daily weekly herald review journal monitor observer telegraph guardian economist').split(' '),
);

/** Resolves speaker mentions against the document and the NER's entities. */
export class Resolver {
  readonly names: NameIndex;
  private readonly mentions: NameMention[] = [];
  private readonly mentionsBySentence = new Map<number, NameMention[]>();
  private readonly refs = new Map<number, Referent>();
  private readonly roles: RoleGrant[] = [];
  private readonly rolesByHead = new Map<string, RoleGrant[]>();
  /** Speakers attributed so far, in article order, for pronouns and unattributed quotes. */
  private readonly history: { pos: number; sentence: number; ref: Referent }[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly entities: Entity[],
    quoted: (pos: number) => boolean,
  ) {
    this.names = new NameIndex(doc, quoted);
    this.collect();
    // Roles the NER's linking found ("Lloyd Austin", role "U.S. Defense Secretary") are grants too.
    for (const e of entities) {
      if (e.type !== 'person' || !e.role || !e.mentions.length) continue;
      const roleWords = e.role.split(/\s+/).map((w) => lower(w).replace(/\.$/, ''));
      const head = roleWords[roleWords.length - 1]!;
      this.grant(e.mentions[0]!.start, head, e.name.split(/\s+/), new Set(roleWords));
    }
    this.roles.sort((a, b) => a.pos - b.pos);
    for (const r of this.roles) {
      const list = this.rolesByHead.get(r.head) ?? [];
      list.push(r);
      this.rolesByHead.set(r.head, list);
    }
  }

  /** Name mentions outside quotes (discourse referents for pronouns) and the roles the article gives people. */
  private collect(): void {
    const { doc } = this;
    const toks = doc.tokens;
    for (const { sentence: si, a, b, raw, words } of this.names.runs) {
      const s = doc.sentences[si]!;
      const before = a > s.firstToken ? lower(toks[a - 1]!.text) : '';
      // Not a subject: after a preposition, a possessive, or a modifier of a role ("Trump campaign chairman").
      const after = toks[b]?.text ?? '';
      const subject = !NOT_SUBJECT_BEFORE.has(before) && !/^['’]s$/.test(after) && !(isLower(after) && isRoleHead(lower(after)));
      const nm = { pos: toks[b - words.length]!.start, sentence: si, words, subject };
      this.mentions.push(nm);
      const list = this.mentionsBySentence.get(si) ?? [];
      list.push(nm);
      this.mentionsBySentence.set(si, list);
      // Roles: titles in the run ("Defense Secretary Lloyd Austin"), a role noun just before it
      // ("press secretary Josh Earnest"), or an appositive after it ("John Kirby, the … spokesperson").
      let c0 = a;
      while (c0 > s.firstToken && a - c0 < 5 && isWord(toks[c0 - 1]!.text) && !DETERMINERS.has(lower(toks[c0 - 1]!.text))) c0--;
      const context = new Set(toks.slice(c0, b - words.length).map((t) => lower(t.text).replace(/\.$/, '')));
      for (const t of raw.slice(0, raw.length - words.length)) if (isTitleWord(t)) this.grant(toks[a]!.start, lower(t).replace(/\.$/, ''), words, context);
      if (a > s.firstToken && isRoleHead(lower(toks[a - 1]!.text))) this.grant(toks[a]!.start, lower(toks[a - 1]!.text), words, context);
      // An appositive: "NAME, the … ROLE," — closed by a comma or the sentence end, and not after a
      // preposition ("in Chelsea, the mayor said" gives Chelsea no role).
      if (b < s.lastToken - 1 && toks[b]!.text === ',' && !NOT_SUBJECT_BEFORE.has(before) && DETERMINERS.has(lower(toks[b + 1]!.text))) {
        for (let k = b + 1; k < Math.min(s.lastToken, b + 12); k++) {
          const w = lower(toks[k]!.text);
          if (w === '.' || w === 'who' || SPEECH_VERBS.has(w)) break;
          if (w === ',') break;
          const closes = k + 1 >= s.lastToken || /^[,.;)]$/.test(toks[k + 1]!.text) || lower(toks[k + 1]!.text) === 'of';
          if (isRoleHead(w) && closes) {
            this.grant(toks[a]!.start, w, words, new Set(toks.slice(b + 1, k + 1).map((t) => lower(t.text))));
            break;
          }
        }
      }
    }
  }

  private grant(pos: number, head: string, words: string[], context: Set<string>): void {
    if (TITLE_WORDS.has(head) || ROLE_NOUNS.has(head)) this.roles.push({ pos, head: head.replace(/s$/, ''), words, context });
  }

  /** Who the mention refers to, and the referent for later pronouns. */
  resolve(m: SpeakerMention): Referent | null {
    if (m.kind === 'name') return this.fromName(m.words, m.start, m.end);
    if (m.kind === 'pronoun') return this.fromPronoun(lower(m.text), m.start);
    return this.fromRole(m);
  }

  /** The referent of a name mention, computed once. */
  private mentionRef(m: NameMention): Referent {
    let r = this.refs.get(m.pos);
    if (!r) {
      r = this.fromName(m.words, m.pos, m.pos + 1);
      this.refs.set(m.pos, r);
    }
    return r;
  }

  /** Records an attribution so later pronouns and unattributed quotes can use it. */
  remember(pos: number, ref: Referent): void {
    const s = sentenceAt(this.doc, pos);
    this.history.push({ pos, sentence: s ? this.doc.sentences.indexOf(s) : -1, ref });
  }

  /** The most recent attributed speaker before pos, no more than `maxParagraphs` paragraphs back. */
  lastSpeaker(pos: number, maxParagraphs: number): Referent | null {
    let best: { pos: number; ref: Referent } | null = null;
    for (const h of this.history) if (h.pos < pos && (!best || h.pos > best.pos)) best = h;
    if (!best || this.paragraphOf(pos) - this.paragraphOf(best.pos) > maxParagraphs) return null;
    return best.ref;
  }

  private paragraphOf(pos: number): number {
    const s = sentenceAt(this.doc, pos);
    return s ? s.paragraph : this.doc.paragraphs.length;
  }

  fromName(words: string[], start: number, end: number): Referent {
    const full = this.names.canonical(words, start);
    const entity = this.entityFor(full, start, end);
    const gender = this.names.gender(full);
    if (entity) {
      const name = entity.type === 'person' ? stripTitles(entity.name.split(/\s+/)).join(' ') : entity.name;
      // A place is never a person, whatever pronouns follow it ("The United States would not …, she said").
      const kind: Referent['kind'] = entity.type === 'person' || (gender && entity.type !== 'place') ? 'person' : entity.type === 'organization' ? 'organization' : 'place';
      return { name, entityId: entity.id, kind, gender };
    }
    return { name: full.join(' ').replace(/ (['’]s)$/, '$1'), entityId: null, kind: this.kindOf(full, gender), gender };
  }

  private kindOf(words: string[], gender: Gender): Referent['kind'] {
    if (gender) return 'person';
    if (words.some((w) => ORG_WORDS.has(lower(w)))) return 'organization';
    if (/^\p{Lu}{2,}$/u.test(words[0]!) && words.length === 1) return 'organization';
    return words.length >= 2 ? 'person' : 'unknown';
  }

  /** The NER entity for a name: one named exactly so, else one whose mention covers it and whose name ends like it. */
  private entityFor(words: string[], start: number, end: number): Entity | null {
    const last = lower(words[words.length - 1]!);
    const key = words.map(lower).join(' ');
    let exact: Entity | null = null;
    let covering: Entity | null = null;
    for (const e of this.entities) {
      const ew = stripTitles(e.name.split(/\s+/)).map(lower);
      // ("South Carolina" is the place; "Loretta Lynch" tagged as a place is still the person.)
      if (e.type === 'place' && words.length > 1 && isFirstName(words[0]!)) continue;
      if (ew.join(' ') === key) {
        if (!exact || (e.type === 'person' && exact.type !== 'person')) exact = e;
      } else if ((e.type !== 'place' || words.length === 1) && ew[ew.length - 1] === last && e.mentions.some((x) => x.start < end && x.end > start)) {
        if (!covering || (e.type === 'person' && covering.type !== 'person')) covering = e;
      }
    }
    // An entity named by a shorter form than the article's fullest name ("Warren" for "Elizabeth Warren")
    // is the same one, but the fuller name is the better label.
    return exact ?? (covering && covering.name.split(/\s+/).length >= words.length ? covering : null);
  }

  /** he/she → the nearest compatible person, subjects first; they/it → the nearest organization or group. */
  private fromPronoun(p: string, pos: number, hops = 0): Referent | null {
    const kind = PRONOUNS.get(p);
    if (!kind || kind === 'first') return null;
    const want: Gender = kind === 'male' ? 'male' : kind === 'female' ? 'female' : null;
    const person = kind === 'male' || kind === 'female';
    const ok = (r: Referent): boolean => (person ? this.personCompatible(r, want) : r.kind === 'organization');
    const s = sentenceAt(this.doc, pos);
    let si = s ? this.doc.sentences.indexOf(s) : 0;
    const own = si;
    // Look back through the last few sentences that have referents; in each, subjects before others.
    for (let seen = 0; si >= 0 && seen < 4; si--) {
      const inSentence = (this.mentionsBySentence.get(si) ?? []).filter((m) => m.pos < pos);
      const spoken = this.history.filter((h) => h.sentence === si && h.pos < pos);
      // "He nodded to his finish behind Ted Cruz. “…,” he said.": a sentence led by the same pronoun
      // continues its chain, unless someone spoke in it.
      const sent = this.doc.sentences[si]!;
      if (si !== own && !spoken.length && hops < 3 && (kind === 'male' || kind === 'female')) {
        const lead = clauseSubject(this.doc, sent.firstToken, sent.lastToken);
        if (lead && lead.kind === 'pronoun' && lower(lead.text) === p && !inSentence.some((m) => m.pos < lead.start)) return this.fromPronoun(p, lead.start, hops + 1);
      }
      if (!inSentence.length && !spoken.length) continue;
      seen++;
      const cands = [
        ...spoken.map((h) => ({ pos: h.pos, subject: true, ref: h.ref })),
        ...inSentence.map((m) => ({ pos: m.pos, subject: m.subject, ref: this.mentionRef(m) })),
      ].sort((a, b) => Number(b.subject) - Number(a.subject) || a.pos - b.pos);
      // Someone who spoke in that sentence comes before anyone merely named in it.
      cands.sort((a, b) => Number(spoken.some((h) => h.ref === b.ref)) - Number(spoken.some((h) => h.ref === a.ref)));
      for (const c of cands) if (ok(c.ref)) return c.ref;
    }
    let best: { pos: number; ref: Referent } | null = null;
    for (const h of this.history) if (h.pos < pos && ok(h.ref) && (!best || h.pos > best.pos)) best = h;
    return best?.ref ?? null;
  }

  private personCompatible(r: Referent, want: Gender): boolean {
    if (r.kind === 'organization' || r.kind === 'place') return false;
    if (r.kind === 'unknown' && !r.gender) return false;
    return !want || !r.gender || r.gender === want;
  }

  /** "the spokesperson" → the person the article introduced with that role; otherwise the role as written. */
  private fromRole(m: SpeakerMention): Referent {
    const head = (m.head ?? '').replace(/s$/, '');
    if (m.definite && head && m.j - m.i <= 4) {
      // "The Republican nominee" is not the Democratic one: every modifier must have described the role.
      const mods = this.doc.tokens
        .slice(m.i, m.j - 1)
        .map((t) => lower(t.text))
        .filter((w) => !DETERMINERS.has(w) && w !== 'former' && isWord(w));
      // The latest grant of that role before the mention (grants are in article order).
      const grants = this.rolesByHead.get(head) ?? [];
      let best: RoleGrant | null = null;
      for (let g = grants.length - 1; g >= 0 && !best; g--) {
        const r = grants[g]!;
        if (r.pos < m.start && mods.every((w) => r.context.has(w))) best = r;
      }
      if (best) return this.fromName(best.words, best.pos, best.pos + 1);
    }
    // Unresolved, the role stands as written; a person role can still be "he" or "she" later.
    const h = m.head ?? '';
    const plural = /s$/.test(h) && !/ss$/.test(h);
    if (plural || NON_PERSON_HEADS.has(h)) return { name: m.text, entityId: null, kind: 'organization', gender: null };
    const gender: Gender = /(?:man|father|husband|son|brother)$/.test(h) ? 'male' : /(?:woman|mother|wife|daughter|sister|ess)$/.test(h) ? 'female' : null;
    return { name: m.text, entityId: null, kind: TITLE_WORDS.has(h) || ROLE_NOUNS.has(h) ? 'person' : 'unknown', gender };
  }
}
