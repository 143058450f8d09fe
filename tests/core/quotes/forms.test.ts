// Partial and mixed quotes; marks that are not quotes (scare quotes, titles, nicknames); indirect speech.
import { describe, expect, it } from 'vitest';
import { pairs, quotesOf } from './helpers';

describe('partial and mixed quotes', () => {
  it('keeps a partial quote that carries the statement as the quoted words', () => {
    const { quotes } = quotesOf('U.S. Defense Secretary Lloyd Austin said that the Friday strikes are “the start of our response.”');
    expect(pairs(quotes)).toEqual([['the start of our response.', 'Lloyd Austin']]);
  });

  it('reports a short fragment with the reported clause around it', () => {
    const { quotes } = quotesOf('Trump says he is making “a demand” of the president.');
    expect(pairs(quotes)).toEqual([['he is making “a demand” of the president', 'Trump']]);
  });

  it('takes a clause whose attribution follows it', () => {
    const { quotes } = quotesOf('A cashier who “steals a handful of $20s” is held accountable, Warren said.');
    expect(pairs(quotes)).toEqual([['A cashier who “steals a handful of $20s” is held accountable', 'Warren']]);
  });

  it('gathers several fragments of one clause into one quote', () => {
    const { quotes } = quotesOf('Cruz called the nominee a “pathological liar” who is “utterly amoral” and a “serial philanderer.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Cruz');
    expect(quotes[0]!.text).toContain('serial philanderer');
  });
});

describe('quotation marks that quote no one', () => {
  it('drops scare quotes of one or two words', () => {
    expect(quotesOf('The so-called “experts” were wrong about the “recovery” again this year.').quotes).toEqual([]);
  });

  it('drops titles of works', () => {
    expect(quotesOf('She appeared in the film “The Long Way Home” last year, and on MSNBC’s “Morning Joe” today.').quotes).toEqual([]);
    expect(quotesOf('In his 2002 book, “Make Your Kid a Millionaire,” he suggested saving early.').quotes).toEqual([]);
  });

  it('drops a nickname between two parts of a name', () => {
    expect(quotesOf('Dwayne “The Rock” Johnson arrived at the premiere on Sunday.').quotes).toEqual([]);
  });

  it('drops a title-case heading standing as its own paragraph', () => {
    expect(quotesOf('The first part ends here.\n\n‘All Bets Are Off.’\n\nThe second part starts here.').quotes).toEqual([]);
  });
});

describe('indirect speech', () => {
  it('reports "X said …" as speech, not as a quote', () => {
    const { quotes, speech } = quotesOf(
      'John Kirby, the National Security Council spokesperson said that the U.S. does not know how many militants were killed.',
    );
    expect(quotes).toEqual([]);
    expect(pairs(speech)).toEqual([['that the U.S. does not know how many militants were killed', 'John Kirby']]);
  });

  it('reads a clause before its attribution and "according to"', () => {
    const { speech } = quotesOf(
      'Recent shipments have sold for just above $40 a ton, he said. According to a White House official, the attack lasted for 30 minutes.',
    );
    expect(speech.map((s) => s.text)).toEqual(['Recent shipments have sold for just above $40 a ton', 'the attack lasted for 30 minutes']);
    expect(speech[1]!.speaker).toBe('a White House official');
  });

  it('does not read "the states" or "Trump’s claims" as a reporting verb', () => {
    expect(quotesOf('Officials in the states expect more filings this year. Trump’s claims about the vote were false.').speech).toEqual([]);
  });
});
