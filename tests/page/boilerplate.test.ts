import { describe, expect, it } from 'vitest';
import { isJunkParagraph, isRelatedTitle } from '../../src/page/extract/boilerplate';
import { countCommas } from '../../src/page/extract/dom';

// Each test of isJunkParagraph runs behind a cheap gate (a word it cannot match without), so a page
// compiles few regular expressions. These cases pin the gates to what the patterns match:
// upper case, odd spacing, brackets and other scripts included.
const junk = (text: string, link = 0, heading = false): boolean => isJunkParagraph(text, link, heading);

describe('isJunkParagraph: furniture lines, whatever their case and spacing', () => {
  it('ad labels, in several languages', () => {
    for (const t of ['Advertisement', 'ADVERTISEMENT', 'Sponsored content', 'Реклама', 'Publicité', '广告']) expect(junk(t), t).toBe(true);
    expect(junk('Advertisement sales fell 4% in the third quarter, the company said.')).toBe(false);
  });

  it('rows of share buttons', () => {
    expect(junk('Share | Facebook | Twitter | E-mail | 12')).toBe(true);
    expect(junk('SHARE ON FACEBOOK')).toBe(true);
    expect(junk('Share this with the families who lost their homes.')).toBe(false);
  });

  it('related headers, and the same words in a sentence are not one', () => {
    for (const t of ['Related Stories', 'MORE FROM POLITICS', 'More Great Stories', 'You might also like', 'Editor’s Picks', "Don't miss", 'Leave a Reply'])
      expect(isRelatedTitle(t) && junk(t), t).toBe(true);
    expect(isRelatedTitle('Related research found no link between the two.')).toBe(false);
  });

  it('tag, meta and player lines', () => {
    expect(junk('TAGS: Congress, Budget')).toBe(true);
    expect(junk('05/10/2018 - Posted by: Jane Roe - Category: Health')).toBe(true);
    expect(junk('Image 2 of 5')).toBe(true);
    expect(junk('Media playback is unsupported on your device')).toBe(true);
  });

  it('photo credits: leading words, bracketed, agency tails', () => {
    for (const t of ['Photo: Jane Roe/Reuters', 'PHOTO CREDIT: NASA', '(Photo by Jane Roe)', '© 2024 Example Media', 'Jane Roe / Getty Images', 'The rally on Monday (AP Photo/Jane Roe)', 'Protesters outside the court, REUTERS'])
      expect(junk(t), t).toBe(true);
    expect(junk('Photographers waited outside the court for hours, hoping to see her leave.')).toBe(false);
  });

  it('staff credits, contact lines and comment rules', () => {
    for (const t of [
      '(Reporting by Jane Roe; Editing by John Doe)',
      'Associated Press writers John Doe and Jane Roe contributed to this report.',
      'Jane Roe can be reached at jane@example.com.',
      'Write to José Álvarez at jose@example.com',
      'Have a news tip? Email us.',
      'Comments that are off-topic or abusive will not be approved.',
      'Leave a comment below',
    ])
      expect(junk(t), t).toBe(true);
    expect(junk('She said she would write to the governor about the closures.')).toBe(false);
  });

  it('bylines in any case and after any space, but not a sentence starting with "by"', () => {
    expect(junk('By Jane Roe and John Doe, Reuters')).toBe(true);
    expect(junk('BY JANE ROE')).toBe(true);
    expect(junk('By\u00a0Jane Roe')).toBe(true);
    expect(junk('Von Anna Schmidt')).toBe(true);
    expect(junk('by the end of the year, the plant will have closed.')).toBe(false);
  });

  it('a name next to a date, with accented and apostrophised names', () => {
    expect(junk('Jane O’Neil 2019-11-20 17:27')).toBe(true);
    expect(junk('Zoë Ångström Monday, February 29, 2016')).toBe(true);
    expect(junk('Revenue rose 12 percent in 2019, to $4 billion.')).toBe(false);
  });

  it('calls to action, and copyright lines even in a long paragraph', () => {
    expect(junk('Sign up for our newsletter!')).toBe(true);
    expect(junk('Click here to download the app', 10)).toBe(true);
    expect(junk(`${'x '.repeat(220)}All rights reserved.`)).toBe(true);
    expect(junk(`${'The council met on Tuesday to discuss the budget. '.repeat(10)}`)).toBe(false);
  });
});

describe('countCommas', () => {
  it('counts Latin, Arabic, full-width and ideographic commas', () => {
    expect(countCommas('one, two, three')).toBe(2);
    expect(countCommas('واحد، اثنان، ثلاثة')).toBe(2);
    expect(countCommas('一，二、三')).toBe(2);
    expect(countCommas('no commas here')).toBe(0);
  });
});
