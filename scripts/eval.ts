// `npm run eval`: runs the Lede CLI over the corpora in ../shared/corpus, scores the output with
// the scorers in ../shared/eval (used as they are), and prints one table.
//
//   npm run eval                          everything (extraction, NER, quotes, summary)
//   npm run eval -- --only ner,quotes     some areas
//   npm run eval -- --summary-every 10    the 1,149-document CNN/DM subset instead of all 11,490
//
// Inputs and predictions go to a temporary folder, never into the repo (the corpora are not ours).

import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_GIVEN = resolve(process.env.LEDE_SHARED ?? join(REPO, '..', 'shared'));
// The real path: a scorer runs only when invoked by its resolved path, so a symlinked ../shared
// would otherwise make it exit silently.
const SHARED = existsSync(SHARED_GIVEN) ? realpathSync(SHARED_GIVEN) : SHARED_GIVEN;
const EVAL = join(SHARED, 'eval');
const CORPUS = join(SHARED, 'corpus');
const AREAS = ['extraction', 'ner', 'quotes', 'summary'] as const;
type Area = (typeof AREAS)[number];

interface Row {
  area: string;
  measure: string;
  value: string;
  target: string;
}

const args = process.argv.slice(2);
const only = new Set<Area>(
  (argValue('--only') ?? AREAS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is Area => (AREAS as readonly string[]).includes(s)),
);
const summaryEvery = Number(argValue('--summary-every') ?? '1');

function argValue(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const work = mkdtempSync(join(tmpdir(), 'lede-eval-'));

/** Runs the CLI in JSONL mode from one file to another. */
function annotate(input: string, output: string): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/main.ts'), 'annotate', '--jsonl'], {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    createReadStream(input).pipe(child.stdin);
    child.stdout.pipe(createWriteStream(output));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(Date.now() - t0) : fail(new Error(`lede annotate exited ${code}`))));
  });
}

function score(script: string, scriptArgs: string[]): string {
  const r = spawnSync(process.execPath, [join(EVAL, script), ...scriptArgs], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

const f3 = (x: number): string => x.toFixed(3);
const f1 = (x: number): string => (100 * x).toFixed(1);
const pct = (k: number, n: number): string => (n ? `${((100 * k) / n).toFixed(1)}%` : '-');

async function evalExtraction(rows: Row[]): Promise<void> {
  const manifestPath = join(CORPUS, 'extraction', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { docs: { id: string; path: string; url: string }[] };
  const input = join(work, 'extraction-in.jsonl');
  const out = createWriteStream(input);
  for (const d of manifest.docs) {
    const html = readFileSync(join(CORPUS, 'extraction', d.path), 'utf8');
    out.write(JSON.stringify({ id: d.id, html, url: d.url }) + '\n');
  }
  await new Promise((r) => out.end(r));
  const pred = join(work, 'extraction-pred.jsonl');
  const ms = await annotate(input, pred);
  const summaryPath = join(work, 'extraction-summary.json');
  score('score-extraction.mjs', ['--manifest', manifestPath, '--pred', pred, '--json', summaryPath]);
  interface TextScore { f1: number; precision: number; recall: number; n: number }
  interface MetaScore { title: number; titleExact: number; titleNorm: number; byline: number; bylineNorm: number; bylineLenient: number; date: number; dateMatch: number }
  const s = JSON.parse(readFileSync(summaryPath, 'utf8')) as {
    detection: { f1: number; precision: number; recall: number; n: number; fp: number; fn: number };
    text: Record<string, TextScore>;
    meta: Record<string, MetaScore>;
  };
  const det = s.detection;
  rows.push({ area: 'extraction', measure: `detection F1 (${det.n} pages; P / R; fp ${det.fp}, fn ${det.fn})`, value: `${f3(det.f1)} (${f3(det.precision)} / ${f3(det.recall)})`, target: '≥ 0.960' });
  for (const [group, t] of Object.entries(s.text)) {
    const target = group === 'aeb' ? '≥ 0.960 (aim 0.975)' : group === 'readability' ? '≥ 0.99' : '';
    rows.push({ area: 'extraction', measure: `body F1, ${group} (${t.n} pages; P / R)`, value: `${f3(t.f1)} (${f3(t.precision)} / ${f3(t.recall)})`, target });
  }
  for (const [group, m] of Object.entries(s.meta)) {
    rows.push({
      area: 'extraction',
      measure: `title / byline / date, ${group}`,
      value: `${pct(m.titleNorm, m.title)} / ${pct(m.bylineNorm, m.byline)} / ${pct(m.dateMatch, m.date)}`,
      target: group === 'readability' ? '≥ 98% each' : '',
    });
  }
  rows.push({ area: 'extraction', measure: `CLI time, ${manifest.docs.length} pages (linkedom)`, value: `${(ms / 1000).toFixed(1)} s`, target: '' });
}

async function evalNerSet(rows: Row[], label: string, dataArgs: string[], target: string): Promise<void> {
  const input = join(work, `ner-${label}-in.jsonl`);
  writeFileSync(input, score('score-ner.mjs', [...dataArgs, '--emit-input']));
  const pred = join(work, `ner-${label}-pred.jsonl`);
  await annotate(input, pred);
  interface Prf { precision: number; recall: number; f1: number }
  const s = JSON.parse(score('score-ner.mjs', [...dataArgs, '--pred', pred, '--json'])) as {
    perType: Record<'PER' | 'ORG' | 'LOC', Prf>;
    microPerOrg: Prf;
    microPerOrgLoc: Prf;
  };
  const prf = (x: Prf): string => `${f1(x.precision)} / ${f1(x.recall)} / ${f1(x.f1)}`;
  rows.push({ area: `NER ${label}`, measure: 'PER+ORG P / R / F1', value: prf(s.microPerOrg), target });
  for (const t of ['PER', 'ORG', 'LOC'] as const) rows.push({ area: `NER ${label}`, measure: `${t} P / R / F1`, value: prf(s.perType[t]), target: '' });
  rows.push({ area: `NER ${label}`, measure: 'PER+ORG+LOC P / R / F1', value: prf(s.microPerOrgLoc), target: '' });
}

async function evalNer(rows: Row[]): Promise<void> {
  await evalNerSet(rows, 'CoNLL testb', ['--split', 'testb'], 'F1 ≥ 87 (aim 90)');
  await evalNerSet(rows, 'UNER PUD news', ['--data', join(CORPUS, 'ner', 'uner-en-pud', 'en_pud-ud-test.iob2'), '--ids', '^n'], 'F1 ≥ 68');
}

async function evalQuotes(rows: Row[]): Promise<void> {
  const gold = join(CORPUS, 'quotes', 'polnear', 'test.jsonl');
  const input = join(work, 'quotes-in.jsonl');
  score('score-quotes.mjs', ['--emit-input', '--gold', gold, '--out', input]);
  const pred = join(work, 'quotes-pred.jsonl');
  await annotate(input, pred);
  // The `speech` subset counts direct and indirect quotes: score our quotes plus our reported speech.
  const withSpeech = join(work, 'quotes-pred-speech.jsonl');
  const lines = readFileSync(pred, 'utf8').split('\n').filter(Boolean);
  writeFileSync(
    withSpeech,
    lines
      .map((l) => {
        const a = JSON.parse(l) as { quotes?: unknown[]; speech?: unknown[] };
        return JSON.stringify({ ...a, quotes: [...(a.quotes ?? []), ...(a.speech ?? [])] });
      })
      .join('\n') + '\n',
  );
  interface Sub {
    goldQuotes: number;
    overlap: { precision: number; recall: number; f1: number };
    exact: { f1: number };
    speaker: { accuracy: number; correct: number; scorable: number };
    endToEnd: { correct: number; ofGold: number; recall: number };
  }
  const quoted = (JSON.parse(score('score-quotes.mjs', ['--gold', gold, '--pred', pred, '--subset', 'quoted', '--json'])) as { subsets: { quoted: Sub } }).subsets.quoted;
  const speech = (JSON.parse(score('score-quotes.mjs', ['--gold', gold, '--pred', withSpeech, '--subset', 'speech', '--json'])) as { subsets: { speech: Sub } }).subsets.speech;
  const e2e = (x: Sub): string => `${f1(x.endToEnd.recall)}% (${x.endToEnd.correct}/${x.endToEnd.ofGold})`;
  const area = 'quotes PolNeAR test';
  rows.push({ area, measure: `quoted: overlap P / R / F1 (${quoted.goldQuotes} gold)`, value: `${f1(quoted.overlap.precision)} / ${f1(quoted.overlap.recall)} / ${f1(quoted.overlap.f1)}`, target: 'F1 ≥ 90' });
  rows.push({ area, measure: 'quoted: exact-span F1', value: f1(quoted.exact.f1), target: '' });
  rows.push({ area, measure: 'quoted: speaker accuracy on matched quotes', value: `${f1(quoted.speaker.accuracy)}% (${quoted.speaker.correct}/${quoted.speaker.scorable})`, target: '≥ 85% (aim 92%)' });
  rows.push({ area, measure: 'quoted: end-to-end (found + right speaker)', value: e2e(quoted), target: '≥ 75%' });
  rows.push({ area, measure: `speech (quotes + indirect): overlap P / R / F1 (${speech.goldQuotes} gold)`, value: `${f1(speech.overlap.precision)} / ${f1(speech.overlap.recall)} / ${f1(speech.overlap.f1)}`, target: '' });
  rows.push({ area, measure: 'speech: speaker accuracy / end-to-end', value: `${f1(speech.speaker.accuracy)}% / ${e2e(speech)}`, target: '' });
}

async function evalSummary(rows: Row[]): Promise<void> {
  const gold = join(CORPUS, 'summarization', 'cnndm-test', 'test.jsonl');
  const input = join(work, 'summary-in.jsonl');
  score('score-summary.mjs', ['--emit-input', '--gold', gold, '--out', input]);
  const every = summaryEvery > 1 ? ['--every', String(summaryEvery)] : [];
  if (summaryEvery > 1) {
    // Annotate only the documents the scorer will read.
    const kept = readFileSync(input, 'utf8').split('\n').filter((l, i) => l && i % summaryEvery === 0);
    writeFileSync(input, kept.join('\n') + '\n');
  }
  const pred = join(work, 'summary-pred.jsonl');
  const ms = await annotate(input, pred);
  interface Rouge { rouge1: { f1: number }; rouge2: { f1: number }; rougeLsum: { f1: number }; documents: number }
  const ours = JSON.parse(score('score-summary.mjs', ['--gold', gold, '--pred', pred, '--json', ...every])) as Rouge;
  const lead3 = JSON.parse(score('score-summary.mjs', ['--gold', gold, '--baseline', 'lead3', '--json', ...every])) as Rouge;
  const r = (x: Rouge): string => `${x.rouge1.f1.toFixed(2)} / ${x.rouge2.f1.toFixed(2)} / ${x.rougeLsum.f1.toFixed(2)}`;
  const area = `summary CNN/DM test (${ours.documents} docs)`;
  rows.push({ area, measure: 'Lede R1 / R2 / RLsum', value: r(ours), target: 'R1 ≥ 40.5, R2 ≥ 17.8' });
  rows.push({ area, measure: 'Lead-3 R1 / R2 / RLsum (same scorer)', value: r(lead3), target: '' });
  rows.push({ area, measure: 'CLI time per article (whole pipeline)', value: `${(ms / ours.documents).toFixed(2)} ms`, target: '' });
}

function printTable(rows: Row[]): void {
  const header: Row = { area: 'area', measure: 'measure', value: 'value', target: 'target' };
  const all = [header, ...rows];
  const w = (k: keyof Row): number => Math.max(...all.map((r) => [...r[k]].length));
  const line = (r: Row): string => `| ${r.area.padEnd(w('area'))} | ${r.measure.padEnd(w('measure'))} | ${r.value.padEnd(w('value'))} | ${r.target.padEnd(w('target'))} |`;
  console.log(line(header));
  console.log(`|${'-'.repeat(w('area') + 2)}|${'-'.repeat(w('measure') + 2)}|${'-'.repeat(w('value') + 2)}|${'-'.repeat(w('target') + 2)}|`);
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  if (!existsSync(EVAL) || !existsSync(CORPUS)) {
    console.log(`eval skipped: ${SHARED} (../shared with eval/ and corpus/) is not here; set LEDE_SHARED to point at it.`);
    return;
  }
  const rows: Row[] = [];
  const steps: Record<Area, (rows: Row[]) => Promise<void>> = {
    extraction: evalExtraction,
    ner: evalNer,
    quotes: evalQuotes,
    summary: evalSummary,
  };
  for (const area of AREAS) {
    if (!only.has(area)) continue;
    const t0 = Date.now();
    process.stderr.write(`eval: ${area}…`);
    try {
      await steps[area](rows);
    } catch (e) {
      rows.push({ area, measure: 'FAILED', value: (e as Error).message.split('\n')[0]!, target: '' });
    }
    process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  console.log(`Lede eval on ${SHARED} (${new Date().toISOString().slice(0, 10)})\n`);
  printTable(rows);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
