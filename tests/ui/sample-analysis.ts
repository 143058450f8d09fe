import type { Analysis } from '../../src/core/types';

const text =
  '“We will respond,” President Joe Biden said. Defense Secretary Lloyd Austin spoke in Iraq.\n\n“It begins today,” Austin said. Biden agreed.';

export function sampleAnalysis(): Analysis {
  const at = (s: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  return {
    isArticle: true,
    skipped: null,
    article: { title: 'Strikes <b>begin</b>', byline: 'Sophia Flores', siteName: 'Example News', publishedTime: '2024-02-02T20:34:12Z', lang: 'en', text },
    entities: [
      { id: 'e0', type: 'person', name: 'Joe Biden', role: 'President', mentions: [at('Joe Biden'), at('Biden', 60)], salience: 3 },
      { id: 'e1', type: 'person', name: 'Lloyd Austin', role: 'Defense Secretary', mentions: [at('Lloyd Austin'), at('Austin', 80)], salience: 2 },
      { id: 'e2', type: 'place', name: 'Iraq', role: null, mentions: [at('Iraq')], salience: 1 },
    ],
    quotes: [
      { text: 'We will respond,', start: 1, end: 17, speaker: 'Joe Biden', speakerId: 'e0' },
      { text: 'It begins today,', start: text.indexOf('It begins'), end: text.indexOf('It begins') + 16, speaker: 'Lloyd Austin', speakerId: 'e1' },
    ],
    speech: [],
    summary: ['“We will respond,” President Joe Biden said.'],
    summarySpans: [{ start: 0, end: 45 }],
    stats: { words: 24, readingMinutes: 1, analyzedChars: text.length },
  };
}
