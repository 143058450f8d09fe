import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../../src/core/entities/features';
import { EMPTY_LEXICON_DATA, GAZ, Lexicon, PHRASE_GOES_ON } from '../../../src/core/entities/lexicon';

const CITY = 1 << GAZ.CITY;
const COUNTRY = 1 << GAZ.COUNTRY;
const lex = new Lexicon({
  ...EMPTY_LEXICON_DATA,
  phrases: ['new york', 'new york city', 'united states of america', 'st. kitts and nevis'],
  phraseGaz: Uint16Array.from([CITY, CITY, COUNTRY, COUNTRY]),
});

describe('lexicon phrases', () => {
  it('know whole phrases and which word runs lead on to one', () => {
    expect(lex.phrase('new york')).toBe(CITY);
    expect(lex.phraseEntry('new york') & PHRASE_GOES_ON).toBeTruthy();
    expect(lex.phrase('united states')).toBe(0);
    expect(lex.phraseEntry('united states')).toBe(PHRASE_GOES_ON);
    expect(lex.phraseEntry('united states of')).toBe(PHRASE_GOES_ON);
    expect(lex.phraseEntry('united states of america')).toBe(COUNTRY);
    expect(lex.phraseEntry('united kingdom')).toBe(0);
  });

  it('mark the longest match, through words that only lead on', () => {
    const tokens = ['In', 'New', 'York', 'City', 'and', 'the', 'United', 'States', 'of', 'America', 'and', 'New', 'York', '.'];
    const d = prepareDoc(tokens, [{ first: 0, last: tokens.length }], lex);
    const city = GAZ.CITY * 4;
    const country = GAZ.COUNTRY * 4;
    expect(d.gaz.slice(1, 4)).toEqual([[city], [city + 1], [city + 2]]);
    expect(d.gaz.slice(6, 10)).toEqual([[country], [country + 1], [country + 1], [country + 2]]);
    expect(d.gaz.slice(11, 13)).toEqual([[city], [city + 2]]);
    expect(d.gaz[4]).toEqual([]);
  });
});
