// Forms met in real news copy: typing slips, block excerpts, passives, signatures, inferred speakers.
import { describe, expect, it } from 'vitest';
import { pairs, quotesOf } from './helpers';

describe('quote marks in real copy', () => {
  it('closes a straight opening mark with a curly closing one (mixed typing)', () => {
    const { quotes } = quotesOf('"But Pete Wilson won in the end,” Axelrod said.');
    expect(pairs(quotes)).toEqual([['But Pete Wilson won in the end', 'Axelrod']]);
  });

  it('reads the quotes inside a block excerpt that is opened and never closed', () => {
    const text = '"Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” But Kelly was relentless.\n\nThe debate went on.';
    expect(quotesOf(text).quotes.map((q) => q.text)).toEqual(['Only Rosie O’Donnell.']);
  });

  it('starts a new quote at a line that opens one while the last was never closed', () => {
    const text = 'He spoke at length. “Trump events are outlets for anger that society has pushed aside.\n“There is another side that wants to burn everything down,” he said.';
    expect(quotesOf(text).quotes.map((q) => q.text)).toEqual([
      'Trump events are outlets for anger that society has pushed aside.',
      'There is another side that wants to burn everything down',
    ]);
  });

  it('ignores attribute values of leaked markup', () => {
    expect(quotesOf('<tweet author="@someone" datetime="2016-09-01">Read this now</tweet>.').quotes).toEqual([]);
  });
});

describe('speakers in real copy', () => {
  it('takes the agent of a passive cue', () => {
    const { quotes } = quotesOf('Sanders was asked by host Bill Maher, “Are you tired of hearing about the emails?”');
    expect(quotes[0]!.speaker).toBe('Bill Maher');
  });

  it('takes "As X put it"', () => {
    const { quotes } = quotesOf('As The Post’s Dana Milbank puts it, “Senate Republicans are unmoved, and liberal activists are uninspired.”');
    expect(quotes[0]!.speaker).toBe('Dana Milbank');
  });

  it('takes a name signed before a colon ("HEADLINE - Name: “…”")', () => {
    const text = 'IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal: “The polls ended too early to catch the late shift.”';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Mark Blumenthal');
  });

  it('prefers the name in apposition to a role ("said Rubio’s deputy campaign manager, Rich Beeson,")', () => {
    const text = '“We are treating the month as one long Election Day,” said Rubio’s deputy campaign manager, Rich Beeson, who ran the ground game.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Rich Beeson');
  });

  it('gives a fragment with no cue to the subject of its clause', () => {
    const { quotes } = quotesOf('In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country.”');
    expect(quotes[0]!.speaker).toBe('Reid');
    expect(quotes[0]!.text).toContain('human leech');
  });

  it('resolves a role only to a person given that same role ("The Republican nominee" is not the Democratic one)', () => {
    const text =
      'Democratic vice presidential nominee Tim Kaine spoke in Ohio.\n\n' +
      '“We will win this state by a wide margin,” the Republican nominee said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('the Republican nominee');
  });

  it('uses a common first name as evidence of gender', () => {
    const text =
      'Bernie Sanders met Hillary Clinton after the debate. Reporters waited outside for an hour.\n\n' +
      '“I am pretty good at arithmetic, and I know the fight in front of us is steep,” she said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Hillary Clinton');
  });
});
