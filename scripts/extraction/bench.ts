// npm run bench:extract — detection and extraction timed in real Chromium on the article-extraction
// benchmark pages, beside Mozilla Readability (parse on a clone, as its README requires) and
// isProbablyReaderable, in the same run on the same pages. Also times detection on the corpus's
// non-article pages (the case that must stay cheap). Pages are served from 127.0.0.1 with their
// own scripts blocked (the benchmark captured them with JavaScript off) and every outside request
// blocked.
//   npm run bench:extract [-- --limit N] [--reps N]

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/extraction');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const LIMIT = opt('--limit', Infinity);
const REPS = opt('--reps', 5);

interface Doc {
  id: string;
  group: string;
  path: string;
  url: string;
}

/** Per-page medians in ms for each method. */
type Timing = Record<string, number>;

async function bundle(): Promise<string> {
  const entry = `export { detectArticle } from ${JSON.stringify(join(ROOT, 'src/page/detect.ts'))};
export { extractArticle } from ${JSON.stringify(join(ROOT, 'src/page/extract.ts'))};
export { drop as forgetScan } from ${JSON.stringify(join(ROOT, 'src/page/extract/scan.ts'))};
export { Readability, isProbablyReaderable } from '@mozilla/readability';`;
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'Lede',
    write: false,
    target: 'es2022',
  });
  return out.outputFiles[0]!.text;
}

function serve(files: Map<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const body = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs. The page's
    // own scripts are blocked by CSP (the benchmark captured pages with JavaScript off); ours
    // run through the DevTools protocol, which CSP does not govern.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'content-security-policy': "script-src 'none'",
    });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * Runs in the page: each method `reps` times, awaiting a macrotask between runs so no cache
 * carries over, median per method. Plain JavaScript in a string: tsx would wrap a function
 * literal in helpers the page does not have.
 */
const IN_PAGE = `async ({ reps, withReadability, url }) => {
  const L = window.Lede;
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const task = () => new Promise((r) => setTimeout(r, 0));
  // Each run starts cold: the scan Lede keeps between detection and extraction is forgotten.
  const time = async (fn) => {
    L.forgetScan();
    fn(); // warm-up
    const xs = [];
    for (let i = 0; i < reps; i++) {
      await task();
      L.forgetScan();
      const t = performance.now();
      fn();
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  const out = {};
  out.detect = await time(() => L.detectArticle(document, url));
  out.extract = await time(() => L.extractArticle(document, url));
  // As the extension runs them: detection, then extraction in the next task, reusing the scan.
  const xs = [];
  for (let i = 0; i <= reps; i++) {
    await task();
    L.forgetScan();
    let t = performance.now();
    const d = L.detectArticle(document, url);
    let ms = performance.now() - t;
    await task();
    t = performance.now();
    L.extractArticle(document, url);
    ms += performance.now() - t;
    if (i) xs.push(ms);
    out.isArticle = d.isArticle ? 1 : 0;
  }
  out.pipeline = median(xs);
  if (withReadability) {
    out.readerable = await time(() => L.isProbablyReaderable(document));
    out.readability = await time(() => new L.Readability(document.cloneNode(true)).parse());
  }
  out.crossOriginIsolated = crossOriginIsolated ? 1 : 0;
  return out;
}`;

/** `url` is the page's address on the web: the served copy's 127.0.0.1 path says nothing. */
async function timePage(page: Page, url: string, reps: number, withReadability: boolean): Promise<Timing> {
  return (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ reps, withReadability, url })})`)) as Timing;
}

function stats(xs: number[]): { median: number; p95: number; mean: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

async function main(): Promise<void> {
  let manifest: { docs: Doc[] };
  try {
    manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { docs: Doc[] };
  } catch {
    console.error(`bench:extract: the corpus is not at ${CORPUS} (it lives in ../shared); nothing to run.`);
    process.exit(2);
  }
  const aeb = manifest.docs.filter((d) => d.group === 'aeb').slice(0, LIMIT);
  const non = manifest.docs.filter((d) => d.group === 'seniorresearch-non-article').slice(0, LIMIT);
  const files = new Map<string, string>();
  for (const d of [...aeb, ...non]) files.set(`/${d.id}.html`, readFileSync(join(CORPUS, d.path), 'utf8'));
  const code = await bundle();
  const server = await serve(files);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();

  const run = async (docs: Doc[], withReadability: boolean): Promise<Timing[]> => {
    const out: Timing[] = [];
    for (const d of docs) {
      try {
        await page.goto(`${origin}/${d.id}.html`, { waitUntil: 'load', timeout: 30_000 });
        await page.evaluate(code);
        out.push(await timePage(page, d.url, REPS, withReadability));
      } catch (e) {
        console.error(`  ${d.id}: ${(e as Error).message.split('\n')[0]}`);
      }
      if (out.length && out.length % 25 === 0) process.stderr.write(`  ${out.length}/${docs.length}\n`);
    }
    return out;
  };

  console.error(`bench:extract: ${aeb.length} benchmark pages, ${non.length} non-article pages, ${REPS} timed runs each (median per page)`);
  const a = await run(aeb, true);
  const n = await run(non, false);
  await browser.close();
  server.close();

  const col = (name: string, xs: number[]): string => {
    const s = stats(xs);
    return `  ${name.padEnd(44)} median ${s.median.toFixed(2).padStart(7)} ms   p95 ${s.p95.toFixed(2).padStart(7)} ms   mean ${s.mean.toFixed(2).padStart(7)} ms`;
  };
  const pick = (rows: Timing[], k: string): number[] => rows.map((r) => r[k]!).filter((x) => Number.isFinite(x));
  console.log(`\nChromium ${browser.version()} · ${a.length} article-extraction-benchmark pages · page scripts off · timer ${a[0]?.crossOriginIsolated ? '5 µs (cross-origin isolated)' : '100 µs'}`);
  console.log(col('Lede detectArticle', pick(a, 'detect')));
  console.log(col('Lede extractArticle', pick(a, 'extract')));
  console.log(col('Lede detect, then extract next task (shared scan)', pick(a, 'pipeline')));
  console.log(col('Readability isProbablyReaderable', pick(a, 'readerable')));
  console.log(col('Readability parse (on a clone, incl. clone)', pick(a, 'readability')));
  console.log(col('Readability isProbablyReaderable + parse', a.map((r) => r.readerable! + r.readability!)));
  const ratio = (k: string): string => {
    const r = stats(pick(a, 'readability')).median / stats(pick(a, k)).median;
    const perPage = stats(a.map((x) => x.readability! / x[k]!)).median;
    return `${r.toFixed(1)}× by medians, ${perPage.toFixed(1)}× median per page`;
  };
  console.log(`  speed vs Readability parse: extract ${ratio('extract')}; detect then extract ${ratio('pipeline')}`);
  console.log(`  detected as articles: ${a.filter((x) => x.isArticle).length}/${a.length}`);
  if (n.length) {
    const rejected = n.filter((x) => !x.isArticle);
    console.log(`\n${n.length} non-article pages (section fronts, hubs, videos, galleries, threads, recipes)`);
    console.log(col('Lede detectArticle, all', pick(n, 'detect')));
    console.log(col(`Lede detectArticle, rejected (${rejected.length})`, pick(rejected, 'detect')));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
