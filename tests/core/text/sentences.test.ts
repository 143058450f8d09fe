import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../src/core/text/sentences';
import { tokenize } from '../../../src/core/text/tokenize';

const sentences = (t: string): string[] => buildDoc(t).sentences.map((s) => t.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps abbreviations, initialisms and numbers whole and splits clitics, with exact offsets', () => {
    const t = 'U.S. Sen. J. Smith’s aide said Biden\'s plan isn’t $1,000.50 or 40% of 3:34 PM, Iran-backed.';
    const toks = tokenize(t);
    expect(toks.map((x) => x.text)).toEqual(['U.S.', 'Sen.', 'J.', 'Smith', '’s', 'aide', 'said', 'Biden', "'s", 'plan', 'is', 'n’t', '$1,000.50', 'or', '40%', 'of', '3:34', 'PM', ',', 'Iran-backed', '.']);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.text);
  });
});

describe('sentences', () => {
  it('end at end marks, keeping closing quotes, but not after titles and initials', () => {
    expect(sentences('“We will respond.” He left. Sen. Mark Kelly and J. R. Smith agreed! Did they? Yes.')).toEqual([
      '“We will respond.”',
      'He left.',
      'Sen. Mark Kelly and J. R. Smith agreed!',
      'Did they?',
      'Yes.',
    ]);
  });

  it('keep an attribution after a closing quote with its quote, but not a new sentence about the speaker', () => {
    expect(sentences('“Why is this not proof that the bank is too big to manage?” Vitter demanded. He left.')).toEqual([
      '“Why is this not proof that the bank is too big to manage?” Vitter demanded.',
      'He left.',
    ]);
    expect(sentences('“We will win!” Sen. Ted Cruz said in a statement. “It is over?” the senator asked.')).toEqual([
      '“We will win!” Sen. Ted Cruz said in a statement.',
      '“It is over?” the senator asked.',
    ]);
    expect(sentences('“We will win.” Trump said the economy would grow.')).toEqual(['“We will win.”', 'Trump said the economy would grow.']);
  });

  it('treat "U.S." as a sentence end only before a word that usually starts one', () => {
    expect(sentences('He flew to the U.S. Defense officials met him. Then he left the U.S. The trip ended.')).toEqual([
      'He flew to the U.S. Defense officials met him.',
      'Then he left the U.S.',
      'The trip ended.',
    ]);
  });

  it('always end at a line break, and number paragraphs by blank lines', () => {
    const doc = buildDoc('Headline here\nFirst line of text.\n\nSecond paragraph. Still second.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Headline here', 'First line of text.', 'Second paragraph.', 'Still second.']);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('split lower-cased text, where capitals carry no signal', () => {
    const doc = buildDoc('the president said on friday it was over. officials agreed. mr. smith did not comment on the plan at all.');
    expect(doc.caseless).toBe(true);
    expect(doc.sentences).toHaveLength(3);
  });

  it('handle empty and whitespace-only text', () => {
    expect(buildDoc('').sentences).toEqual([]);
    expect(buildDoc(' \n\n ').sentences).toEqual([]);
  });
});
