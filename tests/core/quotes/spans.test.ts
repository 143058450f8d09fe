// Quote marks: which pairs quote, where the quoted words start and end, and what is not a mark.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/quotes/spans';
import { buildDoc } from '../../../src/core/text/sentences';
import { offsetsHold, quotesOf } from './helpers';

function spanTexts(text: string): string[] {
  return findQuoteSpans(text, buildDoc(text).paragraphs).map((s) => text.slice(s.start, s.end));
}

describe('quote spans', () => {
  it('pairs curly and straight double quotes, without the marks or a trailing comma', () => {
    expect(spanTexts('“We will respond to every attack,” she said. He said: "The plan is ready."')).toEqual([
      'We will respond to every attack',
      'The plan is ready.',
    ]);
  });

  it('reads single quotes used as quotation marks (British style)', () => {
    expect(spanTexts('‘We will not back down on this,’ the minister said.')).toEqual(['We will not back down on this']);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(spanTexts("It's the '90s again, and rock 'n' roll won't die, said the players’ union.")).toEqual([]);
    expect(spanTexts('He is 6\'3" tall and weighs 236 pounds.')).toEqual([]);
  });

  it('keeps a possessive apostrophe inside a single-quoted passage', () => {
    expect(spanTexts('‘The players’ union will strike next week,’ the chairman said.')).toEqual(['The players’ union will strike next week']);
  });

  it('reads guillemets, French and German style', () => {
    expect(spanTexts('« Nous sommes prêts à répondre », a dit le ministre.')).toEqual(['Nous sommes prêts à répondre']);
    expect(spanTexts('»Wir sind bereit zu antworten«, sagte der Minister.')).toEqual(['Wir sind bereit zu antworten']);
  });

  it('reads low-9 quotes closed by a high mark', () => {
    expect(spanTexts('„Wir werden antworten“, sagte der Minister. ‚Nein‘, sagte sie.')).toEqual(['Wir werden antworten', 'Nein']);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(spanTexts('“They told us, ‘Go home now,’ and we did,” she said.')).toEqual(['They told us, ‘Go home now,’ and we did']);
    expect(spanTexts('"She said “never” to me twice," he said.')).toEqual(['She said “never” to me twice']);
  });

  it('runs a quote across paragraphs when it is left open and the next paragraph reopens it', () => {
    const text = '“The first paragraph of the statement ends here.\n\n“The second paragraph ends the quote,” the governor said.';
    const spans = findQuoteSpans(text, buildDoc(text).paragraphs);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      'The first paragraph of the statement ends here.',
      'The second paragraph ends the quote',
    ]);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toMatch(/^The first .* ends the quote$/s);
  });

  it('reads doubled apostrophes as double quotes (wire style)', () => {
    expect(spanTexts("''This isn't tax reform,'' said the economist.")).toEqual(["This isn't tax reform"]);
  });

  it('gives offsets that reproduce the quoted text', () => {
    const text = 'Intro.\n\n“One quote here,” he said. “And a second one.”\n\n« Une autre citation ici », dit-elle.';
    const { quotes } = quotesOf(text);
    expect(quotes.length).toBe(3);
    expect(offsetsHold(text, quotes)).toBe(true);
  });
});
