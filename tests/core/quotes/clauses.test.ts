// Which clause a quoted fragment belongs to, and who speaks it, when a sentence holds several
// verbs, several quotes or a long lead: forms met in political copy (PolNeAR dev/train).
import { describe, expect, it } from 'vitest';
import { pairs, quotesOf } from './helpers';

describe('fragments in sentences with several verbs', () => {
  it('gives a verb joined by "and" after an earlier quote the sentence’s subject', () => {
    const { quotes } = quotesOf('Lindsey Graham said that Carson is a “good, decent man,” and said that Trump “melted down last night.”');
    expect(quotes.map((q) => q.speaker)).toEqual(['Lindsey Graham', 'Lindsey Graham']);
    expect(quotes[1]!.text).toContain('melted down last night');
    expect(quotes[1]!.text).not.toContain('Carson');
  });

  it('reads a weak verb run into the quote as part of the clause reported by the main verb', () => {
    const { quotes } = quotesOf('At one point, Trump said Fox executives were calling “every 15 minutes.”');
    expect(pairs(quotes)).toEqual([['Fox executives were calling “every 15 minutes.', 'Trump']]);
  });

  it('starts the clause at a verb of the subject nearer the quote', () => {
    const { quotes } = quotesOf(
      'Comedian Sarah Silverman was shouted down by Sanders supporters after telling holdouts for the senator that they were “being ridiculous.”',
    );
    expect(quotes[0]!.text).toBe('that they were “being ridiculous.');
  });

  it('keeps the first verb when the nearer one sits inside its reported clause', () => {
    const { quotes } = quotesOf('Clinton said that Sanders has criticized the president for his donors and called him "weak" and "disappointing."');
    expect(quotes[0]!.text.startsWith('that Sanders has criticized')).toBe(true);
  });

  it('reports the clause when the quote is only part of a longer sentence', () => {
    const { quotes } = quotesOf('Donald Trump says parts of his immigration proposals are “negotiable,” but only minor details about his border wall.');
    expect(quotes[0]!.text).toBe('parts of his immigration proposals are “negotiable,” but only minor details about his border wall');
  });

  it('keeps a short contrast between two fragments in one clause, and stops before a new clause', () => {
    const one = quotesOf('Trump, who proclaimed in July that Christians "cannot come into this country" but Muslims "can come in so easily."').quotes;
    expect(one).toHaveLength(1);
    expect(one[0]!.text).toContain('can come in so easily');
    const two = quotesOf('Christie described the incident as a “terrible situation,” but stopped short of calling it racially motivated.').quotes;
    expect(two[0]!.text).toBe('the incident as a “terrible situation');
  });

  it('does not end a clause at a participle that only compares ("…, compared to …")', () => {
    const { quotes } = quotesOf('Trump told a town hall in Salem that waterboarding is “peanuts,” compared to what militants are doing.');
    expect(quotes[0]!.text).toBe('that waterboarding is “peanuts,” compared to what militants are doing');
  });
});

describe('where a clause’s tail ends', () => {
  it('stops before a relative or subordinate clause added after a comma, and before a dash', () => {
    expect(quotesOf('Wilcox said he was “a big advocate” of common standards, which he argued help students who move.').quotes[0]!.text).toBe(
      'he was “a big advocate” of common standards',
    );
    expect(quotesOf('Sroka called it a "let a thousand flowers bloom" approach - working with many existing groups.').quotes[0]!.text).toBe(
      'it a "let a thousand flowers bloom" approach',
    );
  });

  it('runs a quote that opens its clause on to the clause’s end', () => {
    expect(pairs(quotesOf('Comey testified “thousands” of emails had not been turned over.').quotes)).toEqual([
      ['thousands” of emails had not been turned over', 'Comey'],
    ]);
    // A quote closed by its own punctuation, or followed by the frame, stays as written.
    expect(quotesOf('Austin said “we will respond.” Then he left.').quotes[0]!.text).toBe('we will respond.');
  });

  it('keeps the words after a fragment when the next quote of the sentence is far off', () => {
    const text = 'Trump said he won "every single debate" in which he took part and perhaps it would be a good idea to have more debates because there is "a lot going on."';
    expect(quotesOf(text).quotes[0]!.text).toBe('he won "every single debate" in which he took part and perhaps it would be a good idea to have more debates because there is "a lot going on.');
  });

  it('reads a hyphen inside a word, and a verb or participle right after a fragment, as part of the clause', () => {
    expect(quotesOf('He released a letter saying he has “extraordinarily good health” for a 63-year-old.').quotes[0]!.text).toBe(
      'he has “extraordinarily good health” for a 63-year-old',
    );
    expect(quotesOf('City Attorney Brad Holm said that the ad “unmistakably and wrongfully” suggests that officers support Trump.').quotes[0]!.text).toBe(
      'that the ad “unmistakably and wrongfully” suggests that officers support Trump',
    );
    expect(quotesOf('PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims.').quotes[0]!.text).toBe(
      '22% of Democratic claims as “entirely true” compared to 11% of Republican claims',
    );
  });

  it('does not start the clause at a relative "that" after a verb', () => {
    const { quotes } = quotesOf('Texas Sen. Ted Cruz says his campaign is the only one that “has beaten and can beat” Donald Trump.');
    expect(quotes[0]!.text).toBe('his campaign is the only one that “has beaten and can beat” Donald Trump');
  });

  it('does not read a capitalised name in quotes as words said', () => {
    expect(quotesOf('Cruz is holding a party at the “Red Neck Country Club” honkytonk outside Houston.').quotes).toEqual([]);
  });
});

describe('clauses attributed after them', () => {
  it('takes the whole clause before a closing ", said NAME", however long, with its earlier fragments', () => {
    const text =
      'The promise to “take our country back” and “make America great again” appeals to whites who wish for a return to an era ' +
      'when a degree was not needed, said Alan Abramowitz, a demographer at Emory University.';
    expect(pairs(quotesOf(text).quotes)).toEqual([[text.slice(0, text.indexOf(', said')), 'Alan Abramowitz']]);
  });

  it('takes the clause before ", NAME has said"', () => {
    const { quotes } = quotesOf('The FBI made a "mistake" in the background check for the shooter in Charleston, Comey has said.');
    expect(pairs(quotes)).toEqual([['The FBI made a "mistake" in the background check for the shooter in Charleston', 'Comey']]);
  });
});

describe('speakers with long or unusual leads', () => {
  it('skips a time adjunct or "however" between the subject and the verb', () => {
    expect(quotesOf('Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of any "top secret" email.').quotes[0]!.speaker).toBe('Dianne Feinstein');
    expect(quotesOf('Trump, who has been feuding with his party, on Friday described his intent to lead a “big tent” party.').quotes[0]!.speaker).toBe('Trump');
    expect(quotesOf('Carter however said he would welcome a “principled security network” for Asia.').quotes[0]!.speaker).toBe('Carter');
  });

  it('reads a frame with titles right after a comma inside the closing mark', () => {
    const text = 'The Central American Minors program “is gaining traction recently,” Homeland Security Deputy Secretary Alejandro Mayorkas told reporters.';
    expect(pairs(quotesOf(text).quotes)).toEqual([['The Central American Minors program “is gaining traction recently', 'Alejandro Mayorkas']]);
  });

  it('gives a statement’s words to the one who released it, and a place after "from" to the appositive', () => {
    expect(quotesOf('The town released a statement Wednesday saying his comments “are based on his opinion, not facts.”').quotes[0]!.speaker).toBe('The town');
    expect(quotesOf('Dean Johnson, a salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”').quotes[0]!.speaker).toBe('Johnson');
    expect(quotesOf('“In all, hackers compromised 12 workstations,” the congressional report said.').quotes[0]!.speaker).toBe('the congressional report');
  });

  it('reads a day after a determiner as part of an inverted subject', () => {
    const text = '“There are invertebrates with more spine,” reads a Wednesday editorial in The Des Moines Register.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('a Wednesday editorial in The Des Moines Register');
  });

  it('prefers a name the article writes over a form with a stray capital before it', () => {
    const text = 'Hillary Clinton spoke first. Rival Hillary Clinton had mocked the complaint.\n\n“It is not a good night,” she said.';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Hillary Clinton');
  });

  it('reads the phrase opening the sentence as the subject, past an inserted title', () => {
    const { quotes } = quotesOf('The ad, titled "Unifier?", concludes that Trump is too "dangerous and reckless" to be president.');
    expect(pairs(quotes)).toEqual([['that Trump is too "dangerous and reckless" to be president', 'The ad']]);
  });

  it('skips an age, a home town and a relative clause between the name and the verb', () => {
    const { quotes } = quotesOf('“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.');
    expect(quotes[0]!.speaker).toBe('Harry Bond');
  });

  it('does not read "of PLACE" after a person as part of the name', () => {
    expect(quotesOf('“We need people,” Harry Bond of Raleigh said.').quotes[0]!.speaker).toBe('Harry Bond');
    expect(quotesOf('Rep. Tom Cole of Oklahoma, an ally of the leadership, said Thursday that he is “unpredictable.”').quotes[0]!.speaker).toBe('Tom Cole');
    expect(quotesOf('“We will lend more,” Bank of America said.').quotes[0]!.speaker).toBe('Bank of America');
  });

  it('skips several leading adjuncts to find the subject', () => {
    const text = 'On Thursday, after remaining neutral throughout the primary, Warren endorsed Clinton, saying, “I think she is exactly what this country needs.”';
    expect(quotesOf(text).quotes[0]!.speaker).toBe('Warren');
  });

  it('takes the phrase a restrictive "who" clause hangs on', () => {
    const { quotes } = quotesOf('One ad stars an Abraham Lincoln impersonator who promises that Johnson won’t "send you to fight wars overseas."');
    expect(quotes[0]!.speaker).toBe('an Abraham Lincoln impersonator');
  });
});
