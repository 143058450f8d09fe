// Who said it: cues before and after the quote, and the speaker as name, title + name, pronoun,
// role or organization.
import { describe, expect, it } from 'vitest';
import { pairs, quotesOf } from './helpers';

describe('cue after the quote', () => {
  it('takes "NAME said" and strips titles', () => {
    const { quotes } = quotesOf('“We will respond when and where we choose,” Sen. Mark Kelly said on Tuesday.');
    expect(pairs(quotes)).toEqual([['We will respond when and where we choose', 'Mark Kelly']]);
  });

  it('takes the inverted "said NAME" with an appositive', () => {
    const { quotes } = quotesOf('“It was a spectacular deal for the company,” said Patrick McGinley, a law professor at the university.');
    expect(quotes[0]!.speaker).toBe('Patrick McGinley');
  });

  it('skips appositives, party labels and relative clauses between the name and the verb', () => {
    const text =
      '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday. ' +
      '“It is an invasion of the state regulatory domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said. ' +
      '“They would just go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in an interview.';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Mitch McConnell', 'Scott Pruitt', 'Jim Jordan']);
  });

  it('takes the name after a title and a role noun ("said MSNBC host Chris Matthews")', () => {
    expect(quotesOf('“He looked like a grown-up tonight,” said MSNBC host Chris Matthews.').quotes[0]!.speaker).toBe('Chris Matthews');
  });

  it('reads a signature after a dash', () => {
    expect(quotesOf('“Maybe we can build a wall around the candidate.” ― Steve Quinlan').quotes[0]!.speaker).toBe('Steve Quinlan');
  });

  it('reads the attribution as the next sentence when the quote ends with "?" or "!"', () => {
    const { quotes } = quotesOf('“Why isn’t this crystal clear proof that the bank is too big to manage?” Vitter demanded.');
    expect(quotes[0]!.speaker).toBe('Vitter');
  });
});

describe('cue before the quote', () => {
  it('takes "NAME said:" and "In a statement, NAME said,"', () => {
    const text = 'In a statement, the Pentagon said: “The strikes hit 85 targets in seven locations.”';
    expect(pairs(quotesOf(text).quotes)).toEqual([['The strikes hit 85 targets in seven locations.', 'Pentagon']]);
  });

  it('takes "according to"', () => {
    const { quotes } = quotesOf('According to Reuters, “the talks collapsed late on Friday night.”');
    expect(quotes[0]!.speaker).toBe('Reuters');
  });

  it('uses the sentence subject for a participle ("…, arguing that “…”")', () => {
    const { quotes } = quotesOf(
      'Robby Mook said as much in an interview on Thursday morning, arguing that the nominee “lashed out at our nation’s generals when he was asked for details.”',
    );
    expect(quotes[0]!.speaker).toBe('Robby Mook');
  });
});

describe('speakers that are not names', () => {
  it('resolves "he continued" to the last person speaking', () => {
    const text =
      '“We are ready to act against any threat,” President Joe Biden said.\n\n' +
      '“We do not seek conflict anywhere in the world,” he continued.';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Joe Biden', 'Joe Biden']);
  });

  it('resolves a pronoun to the compatible person, by gender', () => {
    const text =
      'Mary Jones met Tom Smith on Monday. She said she would run again next year. Mr. Smith was not convinced.\n\n' +
      '“I will win this race by a wide margin,” she said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Mary Jones');
  });

  it('resolves a definite role to the person the article gave it', () => {
    const text =
      'John Kirby, the National Security Council spokesperson, briefed reporters on Friday.\n\n' +
      '“We believe that the strikes were successful,” the spokesperson said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('John Kirby');
  });

  it('keeps an unresolved role as written', () => {
    expect(quotesOf('“The talks are over for now,” a senior official said.').quotes[0]!.speaker).toBe('a senior official');
  });

  it('takes an organization as the speaker ("the Pentagon said")', () => {
    expect(quotesOf('“All aircraft returned safely to base,” the Pentagon said.').quotes[0]!.speaker).toBe('Pentagon');
  });

  it('links a surname to the full name the article used', () => {
    const text = 'U.S. Defense Secretary Lloyd Austin spoke on Friday.\n\n“These will unfold at times and places of our choosing,” Austin said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Lloyd Austin');
  });

  it('links to the NER entity and its id when one covers the speaker', () => {
    const text = '“We will respond to this attack,” Austin said.';
    const entity = { id: 'e1', type: 'person' as const, name: 'Lloyd Austin', role: null, mentions: [{ start: 34, end: 40, text: 'Austin' }], salience: 1 };
    const { quotes } = quotesOf(text, [entity]);
    expect(quotes[0]!.speaker).toBe('Lloyd Austin');
    expect(quotes[0]!.speakerId).toBe('e1');
  });

  it('gives null when nothing says who spoke', () => {
    expect(quotesOf('“This is a long quotation with nobody attached to it at all.”').quotes[0]!.speaker).toBeNull();
  });
});

describe('quotes that take their speaker from context', () => {
  it('splits a quote interrupted by its attribution into two quotes of one speaker', () => {
    const text = '“The President has directed additional actions,” Austin said. “These will unfold at times and places of our choosing.”';
    expect(pairs(quotesOf(text).quotes)).toEqual([
      ['The President has directed additional actions', 'Austin'],
      ['These will unfold at times and places of our choosing.', 'Austin'],
    ]);
  });

  it('splits "“…,” he said, “…”" the same way', () => {
    const text = 'Kirby spoke first. “Every time you say that,” Kirby said, “you give ammunition to the critics.”';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Kirby', 'Kirby']);
  });

  it('gives a quote paragraph the speaker introduced just before it', () => {
    const text = 'Senator Bernie Sanders made the following comment:\n\n“For young people who have dropped out of high school, the unemployment rate is very high.”';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Bernie Sanders');
  });

  it('carries the speaker into the following quote paragraphs', () => {
    const text =
      '“The health issue is very much a partisan issue,” said Pat Caddell.\n\n“Yesterday there were two polls with very similar numbers.”';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Pat Caddell', 'Pat Caddell']);
  });
});
