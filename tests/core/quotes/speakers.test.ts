// Speaker attribution edge cases: frames after a quote that ends its sentence, less common cue
// verbs, adjuncts that end in a name, and short names shared by two people.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/types';
import { attributionSentence } from '../../../src/core/quotes/frames';
import { buildDoc } from '../../../src/core/text/sentences';
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

describe('frames with unusual openings', () => {
  it('takes a participle opening the frame as a description of the subject', () => {
    const text = 'Moreno “has the steadiness this job demands,” retired Navy admiral Carla Brennan said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Carla Brennan');
  });

  it('reads a signature paragraph after a quote paragraph', () => {
    const text = 'We checked two claims from the debate.\n\n“Most of the new jobs went to the richest tenth.”\n\n— Tomas Whitfield.\n\nThe numbers changed last year.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Tomas Whitfield');
  });

  it('ends a titled name before "of PLACE"', () => {
    const text = '“It is not do or die,” said Sen. Ray Obuya of Nebraska, a supporter. “It helps,” Obuya said.';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Ray Obuya', 'Ray Obuya']);
  });

  it('ends a plain two-word name before "of ORGANIZATION" not after "the"', () => {
    const text = '“Rates will stay low for a while,” Holger Brandtner of Nordbank Capital said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Holger Brandtner');
  });

  it('does not take a name modifying a role ("Obama consultant X") for the subject a pronoun points to', () => {
    const text = 'Mayor Ellen Grant hired a new team. Grant consultant Dana Whitcomb saw the trend early. “Voters are moving,” she said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Dana Whitcomb');
  });
});

describe('entities from the NER', () => {
  const place = (id: string, name: string, text: string): Entity => {
    const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
    return { id, type: 'place', name, role: null, mentions, salience: 1 } as Entity;
  };

  it('never takes a two-word place for the person a pronoun points to', () => {
    const text = 'Pollster Mark Deane studied the South. For voters in states like South Dakota, he said, the choice was “a matter of habit.”';
    expect(quotesOf(text, [place('e1', 'South Dakota', text)]).quotes[0]!.speaker).toBe('Mark Deane');
  });
});

describe('quotes with no frame of their own', () => {
  it('take the named person leading the sentence before them in the paragraph', () => {
    const text =
      '“We are done here,” Governor Hal Brecht said on Monday.\n\n' +
      'Later, Senator Ruth Ekwueme answered with a long lecture on the budget. “You have a choice. Either we pay now or we pay later.”';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Hal Brecht', 'Ruth Ekwueme']);
  });

  it('see past an adjunct whose comma sits inside a closing quote mark, and past a long adjunct', () => {
    const text =
      '“Nothing has changed,” Mayor Lena Park said.\n\n' +
      'On “Meet the Press,” Sen. Arlo Finch (Vt.), who lost the primary, named fatigue as one reason. “People are tired of it.”\n\n' +
      'With party leaders increasingly worried about a lack of enthusiasm for the ticket among the youngest voters in the state, Governor Ida Moss is rolling out a new message: “It is about all of us.”';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual(['Lena Park', 'Arlo Finch', 'Ida Moss']);
  });
});

describe('cues and clause subjects in longer sentences', () => {
  it('does not read "goes on recess" or "ruled out" as cues', () => {
    const a = 'By contrast, Sen. Maria Olsen said that once the Senate goes on recess, “I will travel wherever I can help.”';
    expect(quotesOf(a).quotes[0]!.speaker).toBe('Maria Olsen');
    const b = 'With a third term ruled out, Dekker said he has two options left, one of which he called “the least bad of a bad lot.”';
    expect(quotesOf(b).quotes[0]!.speaker).toBe('Dekker');
  });

  it('ignores a cue inside a leading subordinate clause, and reads "fired back"', () => {
    const a = 'While not all that Mills says is wrong, Aguirre said Mills is "telling people what they hope to hear."';
    expect(quotesOf(a).quotes[0]!.speaker).toBe('Aguirre');
    const b = 'When Mills suggested that the port would close, Aguirre fired back: “If they close it, they will lose the county.”';
    expect(quotesOf(b).quotes[0]!.speaker).toBe('Aguirre');
  });

  it('reads an inverted cue set off just before the quote', () => {
    const text = 'Because of how the schedule was drawn up, explained Haldane, “it is over before anyone notices.”';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Haldane');
  });

  it('skips leading time phrases and "Here in PLACE,"', () => {
    const a = 'Hours later, Ferris returned the favour to Quinn, telling the paper, “We have been friends for a long time.”';
    expect(quotesOf(a).quotes[0]!.speaker).toBe('Ferris');
    const b = 'Here in Dayton, Ferris stepped up his attacks on the plan, saying, “We cannot afford another year of this.”';
    expect(quotesOf(b).quotes[0]!.speaker).toBe('Ferris');
  });
});

describe('adjuncts and inserted phrases before the subject', () => {
  it('reads "in TOWN, STATE, NAME …" and keeps "In PLACE, NAME, the ROLE, said" on the name', () => {
    const a = 'Speaking at a diner in Ames, Iowa, Pruitt went after Lowell, calling him “a total phony.”';
    expect(quotesOf(a).quotes[0]!.speaker).toBe('Pruitt');
    const b = 'In Ohio, Pruitt, the senator from Kansas, said he is “very confident about the count.”';
    expect(quotesOf(b).quotes[0]!.speaker).toBe('Pruitt');
  });

  it('skips "when asked …" between the subject and the verb', () => {
    const text = 'Ted Marsh, when asked what exactly was wrong with the plan, responded that the mayor “is right about the problem, but wrong about the fix.”';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Ted Marsh');
  });
});

describe('subjects of participles and relative clauses', () => {
  it('reads "And then NAME went …, saying"', () => {
    const text = 'Morales backed the plan in a tweet. And then Pryce went fully on the attack, saying, “Is the council ever going to act? If not, it should resign!”';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Pryce');
  });

  it('does not take "who NAME called" for the antecedent speaking', () => {
    const text = 'Much of the anger was aimed at Halvorsen, who Pryce on Wednesday called “a reckless, dishonest operator.”';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Pryce');
  });

  it('does not take a name after "to" for the subject of a participle, but takes one after "with"', () => {
    const a = '“Many people are unsure this year,” Tamsin Leary wrote in a statement to Wired explaining her choice, “but most agree we are on the wrong track.”';
    expect(quotesOf(a).quotes.map((q) => q.speaker)).toEqual(['Tamsin Leary', 'Tamsin Leary']);
    const b = 'The crowd turned on a heckler at the rally, with Pryce reportedly yelling: “Get him out of here!”';
    expect(quotesOf(b).quotes[0]!.speaker).toBe('Pryce');
  });

  it('gives a quote after ", while NAME said" to that name', () => {
    const text = 'Okoro suggested that a nominee who dodges questions is unfit, while Lindqvist said that the “stakes are far too high” for a gamble.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Lindqvist');
  });
});

describe('pronoun chains', () => {
  it('follows a sentence led by the same pronoun back to its antecedent', () => {
    const text =
      'Governor Tom Radley thanked his staff on Tuesday night.\n\n' +
      'He nodded only briefly to his second-place finish behind Victor Hale.\n\n' +
      '“We learned a lot about ground games this week,” he said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Tom Radley');
  });
});

describe('parenthetical attributions', () => {
  it('reads "As NAME observed, CLAUSE" as speech and gives the next quote paragraph that speaker', () => {
    const text = 'As Dana Whitfield observed after the vote, the real winner was the format itself:\n\n“The clear winner of the night was the network, which ran two lively sessions.”';
    const { quotes, speech } = quotesOf(text);
    expect(speech.map((s) => [s.text, s.speaker])).toEqual([['the real winner was the format itself', 'Dana Whitfield']]);
    expect(quotes[0]!.speaker).toBe('Dana Whitfield');
  });
});

describe('first names as a gender prior', () => {
  it('does not give "he" to a woman known only by a common female first name', () => {
    const text = 'Melanie Ross watched from the back row as Norman Platt spoke to the crowd. “I love you all,” he said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Norman Platt');
  });
});

describe('attribution sentences', () => {
  it('accept an addressee of a capitalised modifier and a plural noun', () => {
    const doc = buildDoc('Ruiz asked Republican politicians in the hall.');
    const s = doc.sentences[0]!;
    expect(attributionSentence(doc, s.firstToken, s.lastToken)?.mention.text).toBe('Ruiz');
  });
});
