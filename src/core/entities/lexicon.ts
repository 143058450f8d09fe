// Word-level knowledge shipped inside the model: word clusters (induced from open news text),
// how often a word is capitalised mid-sentence, and gazetteer membership. All of it feeds the
// tagger as features; none of it decides an entity by itself.

/** Gazetteer categories, one bit each. */
export const GAZ = {
  FIRST: 0,
  LAST: 1,
  COUNTRY: 2,
  CITY: 3,
  REGION: 4,
  COMPANY: 5,
  ORG_WORD: 6,
  TITLE: 7,
  DEMONYM: 8,
  GOV: 9,
  NEWS: 10,
  INTL: 11,
} as const;
export const GAZ_COUNT = 12;

export interface LexEntry {
  /** Leaf id in the cluster tree, 0 = no cluster. */
  cluster: number;
  /** Bitmask of GAZ categories for the word on its own. */
  gaz: number;
  /** Share of mid-sentence occurrences written with a capital, bucketed 1..5 (0 = unseen). */
  cap: number;
}

export interface LexiconData {
  words: string[];
  cluster: Uint16Array;
  gaz: Uint16Array;
  cap: Uint8Array;
  /** Multi-word gazetteer entries, lower-cased, tokens joined by one space. */
  phrases: string[];
  phraseGaz: Uint16Array;
  /** Cluster tree branching per level (leaf id - 1 = mixed-radix path). */
  clusterLevels: number[];
}

/** In Lexicon.phraseEntry: the gazetteer bits, and the flag that longer phrases start with these words. */
export const PHRASE_GAZ = 0xffff;
export const PHRASE_GOES_ON = 1 << 16;

export class Lexicon {
  private readonly index = new Map<string, number>();
  private readonly phraseIndex = new Map<string, number>();
  /** Lower-cased first tokens of the phrases, to skip matching at most positions. */
  readonly phraseStarts = new Set<string>();
  readonly maxPhraseLen: number;

  constructor(readonly data: LexiconData) {
    data.words.forEach((w, i) => this.index.set(w, i));
    let max = 1;
    data.phrases.forEach((p, i) => {
      this.phraseIndex.set(p, ((this.phraseIndex.get(p) ?? 0) & PHRASE_GOES_ON) | data.phraseGaz[i]!);
      const parts = p.split(' ');
      this.phraseStarts.add(parts[0]!);
      if (parts.length > max) max = parts.length;
      // Every shorter run of its words is marked as leading on, so matching can stop early.
      for (let k = p.indexOf(' '); k >= 0; k = p.indexOf(' ', k + 1)) {
        const head = p.slice(0, k);
        this.phraseIndex.set(head, (this.phraseIndex.get(head) ?? 0) | PHRASE_GOES_ON);
      }
    });
    this.maxPhraseLen = max;
  }

  /** Index of the exact form, or -1. */
  find(word: string): number {
    return this.index.get(word) ?? -1;
  }
  cluster(i: number): number {
    return i < 0 ? 0 : this.data.cluster[i]!;
  }
  gaz(i: number): number {
    return i < 0 ? 0 : this.data.gaz[i]!;
  }
  cap(i: number): number {
    return i < 0 ? 0 : this.data.cap[i]!;
  }
  phrase(lowerJoined: string): number {
    return (this.phraseIndex.get(lowerJoined) ?? 0) & PHRASE_GAZ;
  }
  /** Gazetteer bits of a phrase (PHRASE_GAZ), plus PHRASE_GOES_ON when a longer phrase starts with it; 0 for neither. */
  phraseEntry(lowerJoined: string): number {
    return this.phraseIndex.get(lowerJoined) ?? 0;
  }

  /** Cluster path prefix of a leaf at a depth (1-based), as a small integer; 0 when no cluster. */
  clusterPrefix(leaf: number, depth: number): number {
    if (leaf === 0) return 0;
    let id = leaf - 1;
    const levels = this.data.clusterLevels;
    for (let d = levels.length - 1; d >= depth; d--) id = Math.floor(id / levels[d]!);
    return id + 1;
  }
}

export const EMPTY_LEXICON_DATA: LexiconData = {
  words: [],
  cluster: new Uint16Array(0),
  gaz: new Uint16Array(0),
  cap: new Uint8Array(0),
  phrases: [],
  phraseGaz: new Uint16Array(0),
  clusterLevels: [1],
};
