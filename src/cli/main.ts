// Lede's command line: `lede annotate FILE.html [--url URL]` prints one Analysis as JSON;
// `lede annotate --jsonl` turns {"id","html","url"} / {"id","text"} lines on stdin into Analysis
// lines on stdout, in order. A bad line or a page that throws yields {"id", "error"} and the run goes on.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Analysis } from '../core/types';
import { annotateHtml, annotateText } from './annotate';
import { loadModels } from './models';

const USAGE = `usage:
  lede annotate FILE.html [--url URL]     one Analysis JSON object on stdout
  lede annotate FILE.txt                  plain text (no detection or extraction)
  lede annotate --jsonl < in.jsonl        lines {"id","html","url"} or {"id","text"} -> Analysis lines`;

interface InputLine {
  id?: unknown;
  html?: unknown;
  url?: unknown;
  text?: unknown;
}

export function annotateLine(line: string): Analysis & { id: string } | { id: string | null; error: string } {
  let input: InputLine;
  try {
    input = JSON.parse(line) as InputLine;
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  const id = typeof input?.id === 'string' || typeof input?.id === 'number' ? String(input.id) : null;
  if (id === null) return { id: null, error: 'the line has no "id"' };
  try {
    const models = loadModels();
    if (typeof input.html === 'string') {
      const url = typeof input.url === 'string' ? input.url : null;
      return { id, ...annotateHtml(input.html, url, models) };
    }
    if (typeof input.text === 'string') return { id, ...annotateText(input.text, models) };
    return { id, error: 'the line has neither "html" nor "text"' };
  } catch (e) {
    return { id, error: `annotation failed: ${(e as Error).message ?? String(e)}` };
  }
}

async function runJsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const out = JSON.stringify(annotateLine(line)) + '\n';
    // Respect back-pressure so thousands of documents do not pile up in memory.
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

function runFile(path: string, url: string | null): void {
  const content = readFileSync(path, 'utf8');
  const models = loadModels();
  const isHtml = /\.html?$/i.test(path) || /^\s*</.test(content);
  const result = isHtml ? annotateHtml(content, url, models) : annotateText(content, models);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'annotate') {
    process.stderr.write(USAGE + '\n');
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  if (rest.includes('--jsonl')) {
    await runJsonl();
    return 0;
  }
  const urlAt = rest.indexOf('--url');
  const url = urlAt >= 0 ? (rest[urlAt + 1] ?? null) : null;
  const file = rest.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  try {
    runFile(file, url);
  } catch (e) {
    process.stderr.write(`lede: cannot annotate ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`lede: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
