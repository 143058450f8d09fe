// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/popup/App';
import type { PopupReport } from '../../src/popup/connector';
import { mockConnector } from './mock-connector';
import { sampleAnalysis } from './sample-analysis';

const enabled = { person: true, organization: true, place: true, quote: true };
let root: HTMLElement;

async function mount(report: PopupReport) {
  const connector = mockConnector(report);
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App connector={connector} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return connector;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  it('shows the article header, summary, entities with counts and quotes by speaker', async () => {
    await mount({ site: 'example.com', state: { status: 'ready', analysis: sampleAnalysis(), enabled, allHidden: false } });
    expect(root.querySelector('.site-name')?.textContent).toBe('Example News');
    expect(root.querySelector('.meta')?.textContent).toContain('By Sophia Flores');
    expect(root.querySelector('.meta')?.textContent).toContain('1 min read');
    expect(root.querySelectorAll('.summary-sentence')).toHaveLength(1);
    const people = [...root.querySelectorAll<HTMLElement>('#h-person + .entities .entity')];
    expect(people.map((p) => p.dataset.entity)).toEqual(['Joe Biden', 'Lloyd Austin']);
    expect(people[1]!.textContent).toContain('Defense Secretary');
    expect(people[0]!.querySelector('.mentions')?.textContent).toBe('2');
    const groups = [...root.querySelectorAll<HTMLElement>('.speaker-group')].map((g) => g.dataset.speaker);
    expect(groups).toEqual(['Joe Biden', 'Lloyd Austin']);
  });

  it('shows page text as text, never as markup', async () => {
    await mount({ site: null, state: { status: 'ready', analysis: sampleAnalysis(), enabled, allHidden: false } });
    expect(root.querySelector('.headline')?.textContent).toBe('Strikes <b>begin</b>');
    expect(root.querySelector('.headline b')).toBeNull();
  });

  it('scrolls to the next mention on each click of an entity, and to a quote', async () => {
    const c = await mount({ site: null, state: { status: 'ready', analysis: sampleAnalysis(), enabled, allHidden: false } });
    const biden = root.querySelector<HTMLButtonElement>('[data-entity="Joe Biden"]')!;
    await act(async () => biden.click());
    await act(async () => biden.click());
    await act(async () => biden.click());
    const a = sampleAnalysis();
    expect(c.scrolled.map((s) => s.start)).toEqual([a.entities[0]!.mentions[0]!.start, a.entities[0]!.mentions[1]!.start, a.entities[0]!.mentions[0]!.start]);
    await act(async () => root.querySelector<HTMLButtonElement>('.speaker-group[data-speaker="Lloyd Austin"] .quote')!.click());
    expect(c.scrolled.at(-1)!.start).toBe(a.quotes[1]!.start);
  });

  it('exports Markdown and JSON', async () => {
    const c = await mount({ site: null, state: { status: 'ready', analysis: sampleAnalysis(), enabled, allHidden: false } });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
    await act(async () => buttons.find((b) => b.textContent === 'Copy as Markdown')!.click());
    expect(c.copied[0]).toContain('## Who said what');
    expect(c.copied[0]).toContain('- Lloyd Austin — Defense Secretary (2)');
    await act(async () => buttons.find((b) => b.textContent === 'Save JSON')!.click());
    expect(JSON.parse(c.downloads[0]!.json).entities).toHaveLength(3);
  });

  it('says plainly when the page is not an article, not English, or unreachable', async () => {
    await mount({ site: null, state: { status: 'not-article' } });
    expect(root.querySelector('.status-title')?.textContent).toBe('This page isn’t a news article');
    render(null, root);
    await mount({ site: null, state: { status: 'not-english', lang: 'de' } });
    expect(root.querySelector('.status-title')?.textContent).toBe('This article isn’t in English');
    expect(root.querySelector('.status-body')?.textContent).toContain('“de”');
    render(null, root);
    await mount({ site: null, state: { status: 'unreachable' } });
    expect(root.querySelector('.status-title')?.textContent).toBe('Lede can’t read this page');
  });

  it('pauses on the site and resumes', async () => {
    const c = await mount({ site: 'example.com', state: { status: 'ready', analysis: sampleAnalysis(), enabled, allHidden: false } });
    await act(async () => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Pause on example.com')!.click());
    expect(c.settings.pausedSites).toEqual(['example.com']);
  });
});
