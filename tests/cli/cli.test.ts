import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'tests', 'fixtures');

function lede(args: string[], input?: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/main.ts'), ...args], { cwd: REPO, input, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('lede CLI', () => {
  it('annotates a saved news page into one Analysis object', () => {
    const r = lede(['annotate', join(FIXTURES, 'oan-article.html'), '--url', 'https://www.oann.com/newsroom/x/']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.isArticle).toBe(true);
    expect(a.article.title).toBe('U.S. Launches Retaliatory Strikes Against Iran-Backed Militias In Iraq And Syria');
    expect(a.article.text).toContain('“We believe that the strikes were successful,” Kirby stated.');
    for (const m of a.entities.flatMap((e: { mentions: { start: number; end: number; text: string }[] }) => e.mentions)) {
      expect(a.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('turns JSONL lines into Analysis lines in order, with an error object for each bad line', () => {
    const html = readFileSync(join(FIXTURES, 'oan-article.html'), 'utf8');
    const input = [
      JSON.stringify({ id: 'text-1', text: 'Senator Mark Kelly said “we are ready to vote on this today” in Phoenix.' }),
      '{not json',
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: 'page-1', html, url: 'https://www.oann.com/x/' }),
      JSON.stringify({ id: 'neither' }),
      JSON.stringify({ id: 7, text: '' }),
    ].join('\n');
    const r = lede(['annotate', '--jsonl'], input + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].id).toBe('text-1');
    expect(out[0].article.text).toBe('Senator Mark Kelly said “we are ready to vote on this today” in Phoenix.');
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].error).toMatch(/no "id"/);
    expect(out[3].id).toBe('page-1');
    expect(out[3].isArticle).toBe(true);
    expect(out[4]).toEqual({ id: 'neither', error: expect.stringMatching(/neither "html" nor "text"/) });
    expect(out[5].id).toBe('7');
    expect(out[5].entities).toEqual([]);
  });

  it('prints usage and fails on a wrong command', () => {
    const r = lede(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});
