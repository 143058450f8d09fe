import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/cli/annotate';
import { loadModels } from '../../../src/cli/models';
import { loadNerModel, recognizeEntities } from '../../../src/core/entities/index';
import { summarize } from '../../../src/core/summary/index';
import { buildDoc } from '../../../src/core/text/sentences';
import type { Span } from '../../../src/core/types';

const OAN = readFileSync(join(__dirname, '..', '..', 'fixtures', 'oan-2024-02-02-us-strikes.txt'), 'utf8');

function run(text: string, count?: number, title?: string): string[] {
  const doc = buildDoc(text);
  const entities = recognizeEntities(doc, loadNerModel(new Uint8Array(0)));
  const spans = summarize(doc, entities, { ...(count === undefined ? {} : { count }), ...(title ? { title } : {}) });
  expectWellFormed(spans, text);
  return spans.map((s) => text.slice(s.start, s.end));
}

/** Spans inside the text, non-empty, in article order, not overlapping. */
function expectWellFormed(spans: Span[], text: string): void {
  let prev = -1;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBeGreaterThanOrEqual(prev);
    prev = s.end;
  }
}

const FURNITURE = [
  'This is a breaking story',
  'Check back for updates',
  'Stay informed',
  'Subscribe',
  'Share this post',
  'Advertisement',
  'Getty Images',
  'Sophia Flores',
  '3:34 PM',
];

describe('summarize on the OAN story (acceptance)', () => {
  const summary = run(OAN);

  it('returns three sentences', () => {
    expect(summary).toHaveLength(3);
  });

  it('covers the 85 targets, Iraq and Syria, and the three soldiers killed in Jordan', () => {
    const all = summary.join(' ');
    expect(all).toMatch(/\b85 targets\b/);
    expect(all).toMatch(/Iraq and Syria/);
    expect(all).toMatch(/three (?:American|U\.S\.) (?:soldiers|service members)[^.]*Jordan/);
  });

  it('never contains boilerplate, captions, credits, bylines or datelines', () => {
    for (const s of summary) for (const f of FURNITURE) expect(s).not.toContain(f);
  });

  it('gives the same lede through the CLI pipeline, with the shipped NER model', () => {
    const analysis = annotateText(OAN, loadModels());
    expect(analysis.summary).toEqual(summary);
    expect(analysis.summary[0]).toMatch(/^The United States military has conducted operations/);
  });

  it('keeps the headline-led choice when a title is given', () => {
    const titled = run(OAN, 3, 'U.S. strikes 85 targets in Iraq and Syria in retaliation for Jordan attack');
    expect(titled.join(' ')).toMatch(/\b85 targets\b/);
  });
});

describe('summarize: boilerplate is never chosen', () => {
  const text = [
    'Advertisement',
    '',
    'This is a breaking story. Check back for updates.',
    '',
    'Stay informed! Sign up for our newsletter. Share this post!',
    '',
    'Flood waters swept through the river town of Millbrook on Tuesday, forcing 300 families from their homes.',
    '',
    '(Photo by Jane Doe/Getty Images)',
    '',
    'The county declared a state of emergency after the river rose six feet in four hours.',
    '',
    'Advertisement',
    '',
    'Rescue crews pulled 42 people from flooded cars and rooftops, the fire department said.',
    '',
    'Subscribe here. Follow us on Twitter. Click here for more news.',
  ].join('\n');

  it('picks only news sentences, even when asked for more than there are', () => {
    const summary = run(text, 10);
    expect(summary).toEqual([
      'Flood waters swept through the river town of Millbrook on Tuesday, forcing 300 families from their homes.',
      'The county declared a state of emergency after the river rose six feet in four hours.',
      'Rescue crews pulled 42 people from flooded cars and rooftops, the fire department said.',
    ]);
  });
});

describe('summarize: order and count', () => {
  // Twelve distinct news sentences; later ones restate or add detail.
  const sentences = [
    'The city council voted on Monday to close the old harbour bridge to all traffic after engineers found deep cracks in two of its supports.',
    'The bridge carries about 40,000 vehicles a day between the harbour district and the northern suburbs.',
    'Engineers said the cracks had grown by 30 per cent since an inspection last spring.',
    'Drivers will be diverted through the tunnel, adding up to 20 minutes to the journey at peak times.',
    'The council said repairs would cost at least $12 million and take eight months.',
    'Local businesses on the harbour front said they feared a sharp drop in customers.',
    'I have never seen anything like it in my life, said one shop owner.',
    'The bridge was built in 1931 and last repaired in 1987.',
    'A ferry service will run every 15 minutes while the bridge is closed.',
    'Opposition councillors accused the mayor of ignoring warnings for years.',
    'The mayor said safety had always been the council’s first concern.',
    'A full report on the state of the city’s bridges is due in June.',
  ];
  const text = sentences.join(' ');

  it.each([1, 2, 3, 5, 8])('returns exactly %i sentences in article order', (count) => {
    const summary = run(text, count);
    expect(summary).toHaveLength(count);
    const positions = summary.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('defaults to three and returns none for count 0', () => {
    expect(run(text)).toHaveLength(3);
    expect(run(text, 0)).toEqual([]);
  });

  it('works on lower-cased text (as in CNN/DailyMail)', () => {
    const lower = sentences.map((s) => s[0] + s.slice(1).toLowerCase()).join(' ');
    const summary = run(lower);
    expect(summary).toHaveLength(3);
    expect(summary[0]).toMatch(/^The city council voted/);
  });

  it('does not pick a restatement of a sentence it already chose', () => {
    const withCaption =
      sentences.slice(0, 3).join(' ') +
      ' Closed: the city council voted on monday to close the old harbour bridge to all traffic after cracks were found. ' +
      sentences.slice(3).join(' ');
    const summary = run(withCaption, 3);
    expect(summary.some((s) => s.startsWith('Closed:'))).toBe(false);
  });
});

describe('summarize: degenerate inputs', () => {
  it('handles empty and blank text', () => {
    expect(run('')).toEqual([]);
    expect(run('   \n\n  ')).toEqual([]);
  });

  it('handles a single sentence and a text with no end mark', () => {
    expect(run('The mayor resigned on Friday after a week of protests over the budget.')).toEqual([
      'The mayor resigned on Friday after a week of protests over the budget.',
    ]);
    expect(run('the mayor resigned on friday after a week of protests over the budget')).toHaveLength(1);
  });

  it('returns nothing for pure furniture or fragments', () => {
    expect(run('Advertisement\n\nShare this post!\n\nStay informed!')).toEqual([]);
    expect(run('Yes. No. Maybe.')).toEqual([]);
  });

  it('handles a huge text quickly', () => {
    // Varied pseudo-random news prose (a fixed seed), about half a megabyte.
    const vocab = ('officials council police storm river bridge school hospital market railway airport harbour ' +
      'families crews power homes villages mayor minister report budget protest court judge company workers ' +
      'union strike election voters senator governor army soldiers border talks deal prices fuel water').split(' ');
    let seed = 7;
    const rand = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const sentence = (): string => {
      const words = Array.from({ length: 12 + rand(14) }, () => vocab[rand(vocab.length)]!);
      return words[0]![0]!.toUpperCase() + words.join(' ').slice(1) + ` ${rand(1000)} times.`;
    };
    const text = Array.from({ length: 1500 }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n');
    expect(text.length).toBeGreaterThan(400_000);
    const t0 = performance.now();
    const summary = run(text, 3);
    const ms = performance.now() - t0;
    expect(summary).toHaveLength(3);
    expect(ms).toBeLessThan(3000);
  });

  it('returns fewer sentences rather than repeat one', () => {
    const same = Array.from({ length: 50 }, () => 'Crews worked through the night to restore power to 1,200 homes.').join(' ');
    expect(run(same, 3)).toHaveLength(1);
  });

  it('handles text without letters', () => {
    expect(run('12345 67890 !!! ???')).toEqual([]);
  });
});
