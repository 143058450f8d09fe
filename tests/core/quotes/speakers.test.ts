// Speaker attribution edge cases: frames after a quote that ends its sentence, less common cue
// verbs, adjuncts that end in a name, and short names shared by two people.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers';

describe('a frame standing as the next sentence', () => {
  it('lets the frame name an addressee and a manner adverb', () => {
    const text = '“Do you really think we will fold?” Harlan asked reporters sharply after the vote. “We will not.”';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Harlan', 'Harlan']);
  });

  it('lets the frame run on with "into …"', () => {
    const text = '“Hello, is this the Mendez residence? Do you have a minute?” Okafor, a volunteer from the union, said cheerfully into the phone.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Okafor');
  });
});

describe('less common cue verbs', () => {
  it('reads "barked", "assured" and an inverted "reacted"', () => {
    expect(quotesOf('“Sit down and wait your turn,” Brandt barked as the guards moved in.').quotes[0]!.speaker).toBe('Brandt');
    expect(quotesOf('“Your plan is a fine one,” Voss assured the mayor before leaving.').quotes[0]!.speaker).toBe('Voss');
    expect(quotesOf('“Who on earth wrote that speech? Was it a robot?” reacted Lindqvist.').quotes[0]!.speaker).toBe('Lindqvist');
  });
});

describe('names that are not the subject', () => {
  it('does not take a place ending an adjunct for the subject before an appositive role', () => {
    const text = 'At a briefing in Dorchester, the mayor also said there was “no sign at all” of a second device.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('the mayor');
  });

  it('links a bare surname to the relative who last led a clause, not to one merely mentioned', () => {
    const text =
      'Paul Ostrowski thanked the crowd. His opponent mocked a photo of Anna Ostrowski on Monday. ' +
      '“Leave my family out of this,” Ostrowski said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Paul Ostrowski');
  });
});
