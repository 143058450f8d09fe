// npm run bench — Lede's costs in real Chromium (Debian's /usr/bin/chromium + the built
// dist/chrome), over the pages of ../shared/corpus/extraction, read at run time and served from
// 127.0.0.1 under their original addresses (scripts/bench/server.ts): the 181
// article-extraction-benchmark pages (group "aeb") and the 181 non-article pages.
//
// Per article page, in one tab: load it, wait for Lede's lede:painted mark (page-world
// PerformanceObserver over CDP, so no test-driver script runs in the page while Lede works), then
// run the "obvious assembly" (Readability + compromise + regex quotes, scripts/bench/peer.ts) in
// the same page. Every page load is traced (CDP Tracing) to find the longest main-thread task
// Lede causes. Memory: JS heap of the tab with the extension vs. a second Chromium without it,
// and the service worker's heap. Prints a table, then one JSON line (the last line).
//
// Flags: --limit N and --offset N (a slice of each page set, for a quick look), --verbose (each
// page id as it loads), --no-trace, --build (force a build), --no-build (use dist/chrome as it is),
// --dump FILE (every page's marks, ms after lede:start, and its decision's thread CPU, as JSON).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, HEADLESS_ARGS } from '../../tests/e2e/support/chromium';
import type { Article } from '../../src/core/types';
import { timeCore, type CoreTiming } from './core';
import type { PeerTiming } from './peer';
import { startPageServer, type PageServer } from './server';
import { fmt, mean, median, p95, round, table } from './stats';
import { analyzeTrace, cpuBetween, syncRuns, TRACE_CATEGORIES, type LedeSlice, type PageTrace, type TraceEvent } from './trace';

const REPO = resolve(import.meta.dirname, '..', '..');
const CORPUS = resolve(REPO, '..', 'shared', 'corpus', 'extraction');
const DIST = join(REPO, 'dist', 'chrome');

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(name);
const limitArg = argv.indexOf('--limit');
const LIMIT = limitArg >= 0 ? Number(argv[limitArg + 1]) : Infinity;
const offsetArg = argv.indexOf('--offset');
const OFFSET = offsetArg >= 0 ? Number(argv[offsetArg + 1]) : 0;
const VERBOSE = flag('--verbose');
const TRACE = !flag('--no-trace');
const dumpArg = argv.indexOf('--dump');
const DUMP = dumpArg >= 0 ? argv[dumpArg + 1] : undefined;

/** Every sixth article page also gets a heap measurement, with and without the extension. */
const MEMORY_EVERY = 6;
/** Painted pages (outside the measured sets) before measuring. */
const WARMUP_PAGES = 3;
/** Give up on a page when the content script has not started this long after DOMContentLoaded… */
const START_WAIT_MS = 5_000;
/** …or has started but not finished after this long. */
const WAIT_MS = 15_000;

interface ManifestDoc {
  id: string;
  group: string;
  path: string;
  /** The page's address on the web; the benchmark serves it there (scripts/bench/server.ts). */
  url: string;
  label: 'article' | 'non-article';
}

interface MarkTime {
  name: string;
  t: number;
}

type Outcome = 'painted' | 'analyzed' | 'not-article' | 'no-analysis' | 'no-content-script' | 'navigated-away' | 'load-failed' | 'stuck';

interface PageResult {
  id: string;
  outcome: Outcome;
  marks: Map<string, number>;
  trace: PageTrace | null;
  analyzeMs: number | null;
  chars: number | null;
  ranges: number | null;
  peer: PeerTiming | null;
  heap: Heap | null;
  /** Lede's own state for the tab when it answered but did not paint (e.g. "not-english"). */
  status: string | null;
  /** The article Lede extracted (painted pages), for the core timing in Node. */
  article: Article | null;
  /** Longest slice when Lede read the page in several (its "lede:longest-slice" measure). */
  readSliceMs: number | null;
  /** Longest slice when Lede painted in several (its "lede:longest-paint-slice" measure). */
  paintSliceMs: number | null;
}

interface Heap {
  usedSize: number;
  backingStorageSize: number;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Setup: corpus, build, bundles.

function readManifest(): ManifestDoc[] {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { docs: ManifestDoc[] };
  return manifest.docs;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/chrome when asked, when it is missing, or when a source file is newer than it. */
function ensureBuilt(): string {
  const built = join(DIST, 'manifest.json');
  if (flag('--no-build')) {
    if (!existsSync(built)) throw new Error('dist/chrome is missing: run `npm run build` (or drop --no-build)');
    return `dist/chrome as it is (built ${new Date(statSync(built).mtimeMs).toISOString()}, --no-build)`;
  }
  const sources = Math.max(newestMtime(join(REPO, 'src')), newestMtime(join(REPO, 'public')), statSync(join(REPO, 'manifest.json')).mtimeMs);
  if (!flag('--build') && existsSync(built) && statSync(built).mtimeMs >= sources) {
    return `dist/chrome is up to date (built ${new Date(statSync(built).mtimeMs).toISOString()})`;
  }
  log('bench: building dist/chrome (vite build --mode chrome) …');
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'chrome'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('vite build --mode chrome failed');
  return 'dist/chrome built now (vite build --mode chrome)';
}

function contentScriptSize(): { rawKB: number; gzKB: number; files: string[] } {
  const files = ['src/content/index.js', 'src/content/content.css'].filter((f) => existsSync(join(DIST, f)));
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(DIST, f))));
  return { rawKB: bytes.length / 1024, gzKB: gzipSync(bytes, { level: 9 }).length / 1024, files };
}

async function peerBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO, 'scripts', 'bench', 'peer.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome121',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

// ---------------------------------------------------------------------------------------------
// Browser plumbing.

async function launch(extension: boolean, resolverRules: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    // The benchmark server's certificate is self-signed.
    ignoreHTTPSErrors: true,
    args: [
      ...HEADLESS_ARGS,
      // Each page's own host goes to the benchmark server; every other host (CDNs, ads) fails fast, offline.
      `--host-resolver-rules=${resolverRules}`,
      // A back-forward-cached previous page would sit in the same heap we measure.
      '--disable-features=BackForwardCache,IsolateOrigins,site-per-process',
      '--disable-site-isolation-trials',
      // Pages come from many hosts: without a cap every cross-site navigation swaps renderer
      // processes, and ending a trace then waits 5 s for the one being torn down.
      '--renderer-process-limit=2',
      ...(extension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : ['--disable-extensions']),
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Evaluated in the page's main world right after DOMContentLoaded: resolves once Lede has decided
 * the page is not an article (lede:decided, and no extraction follows) or has its answer
 * (lede:analyzed; lede:painted follows in the same synchronous run when it paints). Extraction
 * runs in the task after detection, so "no extraction follows" is only concluded after a short
 * wait and a message through a MessageChannel of our own, queued behind Lede's. Marks are
 * collected from a PerformanceObserver, so a page that calls performance.clearMarks() cannot hide
 * them. Plain JS: it is sent as a string.
 */
const WAIT_FOR_LEDE = (startMs: number, timeoutMs: number): string => `new Promise((resolve) => {
  const seen = new Map();
  let confirming = false;
  const check = (confirmed) => {
    if (seen.has('lede:painted')) return 'painted';
    // An answer that is painted in several slices is still being painted.
    if (seen.has('lede:analyzed') && !seen.has('lede:painting')) return 'analyzed';
    if (seen.has('lede:decided') && !seen.has('lede:extracting') && !seen.has('lede:extracted')) {
      if (confirmed) return 'not-article';
      if (!confirming) {
        confirming = true;
        setTimeout(() => {
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => {
            port1.close();
            confirming = false;
            const outcome = check(true);
            if (outcome) finish(outcome);
          };
          port2.postMessage(null);
        }, 50);
      }
    }
    return null;
  };
  let timer = 0;
  let done = false;
  const finish = (outcome) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    observer.disconnect();
    resolve({ outcome, marks: [...seen].map(([name, t]) => ({ name, t })), readSliceMs, paintSliceMs });
  };
  let readSliceMs = null;
  let paintSliceMs = null;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.entryType === 'measure') {
        if (e.name === 'lede:longest-slice') readSliceMs = Math.max(readSliceMs ?? 0, e.duration);
        if (e.name === 'lede:longest-paint-slice') paintSliceMs = Math.max(paintSliceMs ?? 0, e.duration);
      } else if (e.name.startsWith('lede:') && !seen.has(e.name)) seen.set(e.name, e.startTime);
    }
    const outcome = check(false);
    if (outcome) finish(outcome);
  });
  observer.observe({ type: 'mark', buffered: true });
  observer.observe({ type: 'measure', buffered: true });
  const giveUp = () => finish(check(true) ?? (seen.has('lede:extracted') ? 'no-analysis' : 'no-content-script'));
  timer = setTimeout(() => {
    if (seen.has('lede:start')) timer = setTimeout(giveUp, ${timeoutMs - startMs});
    else giveUp();
  }, ${startMs});
})`;

async function evaluate<T>(cdp: CDPSession, expression: string, awaitPromise = false): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value as T;
}

class Tracer {
  private events: TraceEvent[] = [];
  private readonly onData = (e: { value: object[] }): void => {
    for (const v of e.value) this.events.push(v as TraceEvent);
  };

  constructor(private readonly cdp: CDPSession) {}

  async start(): Promise<void> {
    this.events = [];
    this.cdp.on('Tracing.dataCollected', this.onData);
    await this.cdp.send('Tracing.start', {
      traceConfig: { includedCategories: TRACE_CATEGORIES.split(','), recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
  }

  async stop(): Promise<TraceEvent[]> {
    const complete = new Promise<void>((r) => this.cdp.once('Tracing.tracingComplete', () => r()));
    await this.cdp.send('Tracing.end');
    await complete;
    this.cdp.off('Tracing.dataCollected', this.onData);
    const events = this.events;
    this.events = [];
    return events;
  }
}

async function heapOf(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  return { usedSize: h.usedSize, backingStorageSize: h.backingStorageSize ?? 0 };
}

/** The service worker's heap, through a CDP session attached to its target (after two GCs). */
async function serviceWorkerHeap(cdp: CDPSession, extensionOrigin: string): Promise<Heap | null> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin));
  if (!sw) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  const onMessage = (e: { sessionId: string; message: string }): void => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method: string): Promise<unknown> =>
    new Promise((res) => {
      const id = ++nextId;
      pending.set(id, res);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  try {
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const h = (await send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { usedSize: h.usedSize, backingStorageSize: h.backingStorageSize ?? 0 };
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// The runs.

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  tracer: Tracer;
  server: PageServer;
  extensionOrigin: string;
}

async function loadPage(s: Session, doc: ManifestDoc, trace: boolean): Promise<Pick<PageResult, 'outcome' | 'marks' | 'trace' | 'readSliceMs' | 'paintSliceMs'>> {
  if (VERBOSE) log(`  ${new Date().toISOString().slice(14, 23)} ${doc.id}`);
  const address = s.server.use(doc);
  if (trace) await s.tracer.start();
  let outcome: Outcome;
  let marks: MarkTime[] = [];
  let slices: Pick<PageResult, 'readSliceMs' | 'paintSliceMs'> = { readSliceMs: null, paintSliceMs: null };
  try {
    await s.page.goto(address, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const r = await evaluate<{ outcome: Outcome; marks: MarkTime[]; readSliceMs: number | null; paintSliceMs: number | null }>(s.cdp, WAIT_FOR_LEDE(START_WAIT_MS, WAIT_MS), true);
    outcome = r.outcome;
    marks = r.marks;
    slices = { readSliceMs: r.readSliceMs, paintSliceMs: r.paintSliceMs };
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    // The page's own script replaced the document while we waited on it.
    outcome = /navigated or closed|context was destroyed/i.test(message) ? 'navigated-away' : 'load-failed';
    if (outcome === 'load-failed') log(`  ${doc.id}: ${message}`);
  }
  const events = trace ? await s.tracer.stop() : null;
  // Some saved pages' own scripts send the browser back to their original (offline) site.
  if (new URL(s.page.url()).origin !== new URL(address).origin) outcome = 'navigated-away';
  const traced = events ? analyzeTrace(events, s.extensionOrigin) : null;
  // performance.now() is coarsened to 0.1 ms in a page; the trace has the same marks to the µs.
  const precise = traced && marks.every((m) => traced.marks.has(m.name));
  return {
    outcome,
    marks: precise ? new Map([...traced.marks].map(([name, m]) => [name, m.ts / 1000])) : new Map(marks.map((m) => [m.name, m.t])),
    trace: traced,
    ...slices,
  };
}

/** The load event, then a short quiet time: the same settling for the heap with and without Lede. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: 5000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

async function backgroundAnalysis(context: BrowserContext): Promise<{ ms: number; chars: number } | null> {
  const sw = context.serviceWorkers()[0];
  if (!sw) return null;
  const last = await sw
    .evaluate(`(() => { const m = performance.getEntriesByName('lede:analyze').at(-1); return m ? { ms: m.duration, chars: m.detail?.chars ?? 0 } : null; })()`)
    .catch(() => null);
  return last as { ms: number; chars: number } | null;
}

async function runPeer(s: Session, bundle: string): Promise<PeerTiming | null> {
  try {
    await evaluate<undefined>(s.cdp, `${bundle};undefined`);
    await evaluate<undefined>(s.cdp, 'window.__ledePeer.warm()');
    return await evaluate<PeerTiming>(s.cdp, 'window.__ledePeer.run()');
  } catch (e) {
    log(`  peer failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return null;
  }
}

/** Lede's state for the active tab, asked the way the popup asks (through the service worker). */
async function ledeState(context: BrowserContext): Promise<{ status: string | null; article: Article | null }> {
  const sw = context.serviceWorkers()[0];
  const none = { status: null, article: null };
  if (!sw) return none;
  const state = await sw
    .evaluate(
      `(async () => { const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (t?.id === undefined) return null;
        const r = await chrome.tabs.sendMessage(t.id, { type: 'get-state' });
        return { status: r?.state?.status ?? null, article: r?.state?.analysis?.article ?? null }; })()`,
    )
    .catch(() => null);
  return (state as { status: string | null; article: Article | null } | null) ?? none;
}

const paintedRanges = `(() => { let n = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('lede-')) n += h.size; return n; })()`;

/** A page whose measurement takes this long (a runaway pipeline) is abandoned. */
const STUCK_MS = 45_000;
/** Evaluations in the service worker: a worker that does not answer in this long is stuck. */
const WORKER_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms);
  });
  return Promise.race([work.finally(() => clearTimeout(timer)), late]);
}

/** What ledeState gives when the service worker does not answer at all. */
const UNRESPONSIVE = { status: 'service worker unresponsive', article: null };

const emptyResult = (id: string, outcome: Outcome): PageResult => ({
  id, outcome, marks: new Map(), trace: null, analyzeMs: null, chars: null, ranges: null, peer: null, heap: null, status: null, article: null, readSliceMs: null, paintSliceMs: null,
});

/** One article page: Lede (traced), the background's timing, Lede's state, the heap (sampled), then the peer. */
async function measureArticle(s: Session, doc: ManifestDoc, sampleHeap: boolean, bundle: string): Promise<PageResult> {
  const loaded = await loadPage(s, doc, TRACE);
  const answered = loaded.outcome === 'painted' || loaded.outcome === 'analyzed';
  const bg = answered ? await withTimeout(backgroundAnalysis(s.context), WORKER_MS, 'service worker').catch(() => null) : null;
  const ranges = loaded.outcome === 'painted' ? await evaluate<number>(s.cdp, paintedRanges).catch(() => null) : null;
  let heap: Heap | null = null;
  if (sampleHeap && loaded.outcome !== 'load-failed') {
    await settle(s.page);
    heap = await heapOf(s.cdp);
  } else {
    await s.page.waitForLoadState('load', { timeout: 5000 }).catch(() => undefined);
  }
  const asked = answered || loaded.outcome === 'no-analysis';
  const state = asked ? await withTimeout(ledeState(s.context), WORKER_MS, 'service worker').catch(() => UNRESPONSIVE) : null;
  const peer = loaded.outcome === 'load-failed' || loaded.outcome === 'navigated-away' ? null : await runPeer(s, bundle);
  return {
    id: doc.id,
    ...loaded,
    analyzeMs: bg?.ms ?? null,
    chars: bg?.chars ?? null,
    ranges,
    peer,
    heap,
    status: state?.status ?? null,
    article: loaded.outcome === 'painted' ? (state?.article ?? null) : null,
  };
}

/** A Chromium with the extension, one tab, and a warm service worker (model loaded). */
async function openSession(server: PageServer, warmup: ManifestDoc[]): Promise<{ s: Session; close: () => Promise<void> }> {
  const { context, close } = await launch(true, server.resolverRules);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // Node's URL gives "null" as the origin of a chrome-extension:// URL: build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const s: Session = { context, page, cdp, tracer: new Tracer(cdp), server, extensionOrigin };
  // Warm-up, not measured: the model loads in the service worker, caches fill, code gets compiled.
  let warmed = 0;
  for (const doc of warmup) {
    const r = await withTimeout(loadPage(s, doc, false), STUCK_MS, doc.id).catch(() => null);
    if (r?.outcome === 'painted') warmed++;
    if (warmed >= WARMUP_PAGES || !r) break;
  }
  if (warmed === 0) log('bench: no warm-up page was painted; the first articles may pay for loading the model');
  return { s, close };
}

/**
 * Lede on every page, in one Chromium. A page on which Lede never finishes (the page's renderer or
 * the service worker stuck in a loop) is recorded as such and the browser is started afresh, so
 * one runaway page cannot take the rest of the run with it.
 */
async function withExtension(
  server: PageServer,
  articles: ManifestDoc[],
  nonArticles: ManifestDoc[],
  warmup: ManifestDoc[],
  bundle: string,
): Promise<{ articles: PageResult[]; nonArticles: PageResult[]; swWarm: Heap | null; swAfter: Heap | null; restartedAfter: string[] }> {
  let session = await openSession(server, warmup);
  const restartedAfter: string[] = [];
  const restart = async (id: string, why: string): Promise<void> => {
    log(`  ${id}: ${why}; starting Chromium afresh`);
    restartedAfter.push(id);
    await withTimeout(session.close(), 20_000, 'closing Chromium').catch(() => undefined);
    session = await openSession(server, warmup);
  };
  try {
    const swWarm = await withTimeout(serviceWorkerHeap(session.s.cdp, session.s.extensionOrigin), WORKER_MS, 'worker heap').catch(() => null);

    const articleResults: PageResult[] = [];
    for (const [i, doc] of articles.entries()) {
      let r: PageResult;
      try {
        r = await withTimeout(measureArticle(session.s, doc, i % MEMORY_EVERY === 0, bundle), STUCK_MS, doc.id);
      } catch (e) {
        r = emptyResult(doc.id, 'stuck');
      }
      articleResults.push(r);
      if (r.outcome === 'stuck') await restart(doc.id, `no result after ${STUCK_MS / 1000} s`);
      else if (r.status === UNRESPONSIVE.status) await restart(doc.id, `extracted, but the service worker is stuck (no answer in ${WAIT_MS / 1000} s)`);
      if ((i + 1) % 30 === 0) log(`  articles: ${i + 1}/${articles.length}`);
    }
    const swAfter = await withTimeout(serviceWorkerHeap(session.s.cdp, session.s.extensionOrigin), WORKER_MS, 'worker heap').catch(() => null);

    const nonArticleResults: PageResult[] = [];
    for (const [i, doc] of nonArticles.entries()) {
      let r: PageResult;
      try {
        const loaded = await withTimeout(loadPage(session.s, doc, TRACE), STUCK_MS, doc.id);
        r = { ...emptyResult(doc.id, loaded.outcome), ...loaded };
      } catch {
        r = emptyResult(doc.id, 'stuck');
      }
      nonArticleResults.push(r);
      if (r.outcome === 'stuck') await restart(doc.id, `no result after ${STUCK_MS / 1000} s`);
      if ((i + 1) % 60 === 0) log(`  non-articles: ${i + 1}/${nonArticles.length}`);
    }
    return { articles: articleResults, nonArticles: nonArticleResults, swWarm, swAfter, restartedAfter };
  } finally {
    await withTimeout(session.close(), 20_000, 'closing Chromium').catch(() => undefined);
  }
}

/** The same heap measurement in a Chromium without the extension. */
async function withoutExtension(server: PageServer, docs: ManifestDoc[]): Promise<Map<string, Heap>> {
  const { context, close } = await launch(false, server.resolverRules);
  const out = new Map<string, Heap>();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    for (const doc of docs) {
      try {
        await page.goto(server.use(doc), { waitUntil: 'domcontentloaded', timeout: 30_000 });
        await settle(page);
        out.set(doc.id, await heapOf(cdp));
      } catch (e) {
        log(`  ${doc.id} (no extension): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
  } finally {
    await close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report.

const span = (r: PageResult, from: string, to: string): number | null => {
  const a = r.marks.get(from);
  const b = r.marks.get(to);
  return a !== undefined && b !== undefined ? b - a : null;
};
const present = (xs: Array<number | null>): number[] => xs.filter((x): x is number => x !== null);
const MB = 1024 * 1024;

function longest(results: PageResult[]): Array<{ id: string; slice: LedeSlice }> {
  const out: Array<{ id: string; slice: LedeSlice }> = [];
  for (const r of results) for (const slice of r.trace?.slices ?? []) out.push({ id: r.id, slice });
  return out.sort((a, b) => b.slice.wallMs - a.slice.wallMs);
}

/** One page for --dump: outcome, marks relative to lede:start, thread CPU of the decision. */
function dumpOf(r: PageResult): object {
  const t0 = r.marks.get('lede:start') ?? 0;
  return {
    id: r.id,
    outcome: r.outcome,
    marks: Object.fromEntries([...r.marks].map(([k, v]) => [k, round(v - t0, 3)])),
    decisionCpuMs: r.trace ? cpuBetween(r.trace, 'lede:start', 'lede:decided') : null,
    analyzeMs: r.analyzeMs,
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(CORPUS, 'manifest.json'))) {
    const why = `../shared/corpus/extraction not found (looked in ${CORPUS}): nothing to measure`;
    console.log(`bench: skipped — ${why}`);
    console.log(JSON.stringify({ skipped: why }));
    return;
  }
  const t0 = Date.now();
  const load0 = loadavg()[0]!;
  const buildNote = ensureBuilt();
  const size = contentScriptSize();
  const bundle = await peerBundle();

  const docs = readManifest();
  const articles = docs.filter((d) => d.group === 'aeb').slice(OFFSET, OFFSET + LIMIT);
  const nonArticles = docs.filter((d) => d.label === 'non-article').slice(OFFSET, OFFSET + LIMIT);
  // Warm-up pages come from outside the measured sets: Readability's article test pages (English news and blogs).
  const warmup = docs.filter((d) => d.group === 'readability' && d.label === 'article').slice(0, WARMUP_PAGES * 4);
  const server = await startPageServer(CORPUS, [...articles, ...nonArticles, ...warmup]);
  log(`bench: ${articles.length} article + ${nonArticles.length} non-article pages from ${relative(REPO, CORPUS)}; ${buildNote}`);

  let ext: Awaited<ReturnType<typeof withExtension>>;
  let baseline: Map<string, Heap>;
  try {
    ext = await withExtension(server, articles, nonArticles, warmup, bundle);
    baseline = await withoutExtension(server, ext.articles.filter((r) => r.heap).map((r) => docs.find((d) => d.id === r.id)!));
  } finally {
    await server.close();
  }
  const load1 = loadavg()[0]!;
  let core: CoreTiming[] = [];
  const withText = ext.articles.filter((r) => r.article);
  const coreOf = new Map<PageResult, CoreTiming>();
  try {
    core = timeCore(withText.map((r) => r.article!), join(DIST, 'models', 'ner.bin'));
    withText.forEach((r, i) => coreOf.set(r, core[i]!));
  } catch (e) {
    log(`bench: core analyze in Node failed (${e instanceof Error ? e.message : String(e)}); row left empty`);
  }

  // --- articles
  const painted = ext.articles.filter((r) => r.outcome === 'painted');
  const lede = present(painted.map((r) => span(r, 'lede:start', 'lede:painted')));
  const detectA = present(painted.map((r) => span(r, 'lede:start', 'lede:decided')));
  const extractFrom = (r: PageResult): string => (r.marks.has('lede:extracting') ? 'lede:extracting' : 'lede:decided');
  const extract = present(painted.map((r) => span(r, extractFrom(r), 'lede:extracted')));
  const yieldMs = present(painted.map((r) => span(r, 'lede:decided', 'lede:extracting')));
  const detectCpu = present(painted.map((r) => (r.trace ? cpuBetween(r.trace, 'lede:start', 'lede:decided') : null)));
  const extractCpu = present(painted.map((r) => (r.trace ? cpuBetween(r.trace, extractFrom(r), 'lede:extracted') : null)));
  const wait = present(painted.map((r) => span(r, 'lede:extracted', 'lede:analyzed')));
  const analyzeBg = present(painted.map((r) => r.analyzeMs));
  const ipc = present(painted.map((r) => (r.analyzeMs !== null && span(r, 'lede:extracted', 'lede:analyzed') !== null ? span(r, 'lede:extracted', 'lede:analyzed')! - r.analyzeMs : null)));
  const paint = present(painted.map((r) => span(r, 'lede:analyzed', 'lede:painted')));
  const paintCpu = present(painted.map((r) => (r.trace ? cpuBetween(r.trace, 'lede:analyzed', 'lede:painted') : null)));
  // Page main-thread CPU + core analyze CPU (Node) per page: the pipeline without CPU waits or messaging.
  const pipelineCpu = present(
    painted.map((r) => {
      const a = r.trace ? cpuBetween(r.trace, 'lede:start', 'lede:decided') : null;
      const x = r.trace ? cpuBetween(r.trace, extractFrom(r), 'lede:extracted') : null;
      const b = r.trace ? cpuBetween(r.trace, 'lede:analyzed', 'lede:painted') : null;
      const c = coreOf.get(r)?.cpuMs;
      return a !== null && x !== null && b !== null && c !== undefined ? a + x + b + c : null;
    }),
  );
  const peers = ext.articles.filter((r) => r.peer && r.peer.chars > 0);
  const peer = peers.map((r) => r.peer!.totalMs);
  const peerRead = peers.map((r) => r.peer!.readabilityMs);
  const peerNer = peers.map((r) => r.peer!.nerMs);
  const peerQuotes = peers.map((r) => r.peer!.quotesMs);
  const ratio = median(peer) / median(lede);
  const both = painted.filter((r) => r.peer && r.peer.chars > 0 && span(r, 'lede:start', 'lede:painted') !== null);
  const perPageRatio = both.map((r) => r.peer!.totalMs / span(r, 'lede:start', 'lede:painted')!);

  // --- non-articles
  const decidedNA = ext.nonArticles.filter((r) => r.marks.has('lede:decided'));
  const na = present(decidedNA.map((r) => span(r, 'lede:start', 'lede:decided')));
  const naCpu = present(decidedNA.map((r) => (r.trace ? cpuBetween(r.trace, 'lede:start', 'lede:decided') : null)));
  const falsePositives = ext.nonArticles.filter((r) => r.marks.has('lede:extracted'));
  const missed = ext.articles.filter((r) => r.outcome === 'not-article');

  // --- longest task
  const all = [...ext.articles, ...ext.nonArticles];
  const slices = longest(all);
  const traced = all.filter((r) => r.trace && r.trace.marks.size > 0).length;
  const chunkMs = (r: PageResult): number[] => [
    ...present(syncRuns(r.readSliceMs !== null, r.marks.has('lede:painting')).map((run) => {
      const last = [...run].reverse().find((n) => r.marks.has(n));
      return last && last !== run[0] ? span(r, run[0]!, last) : null;
    })),
    ...present([r.readSliceMs, r.paintSliceMs]),
  ];
  const chunks = all.flatMap((r) => chunkMs(r).map((ms) => ({ id: r.id, ms }))).sort((a, b) => b.ms - a.ms);
  const longestTask = TRACE && slices.length > 0 ? slices[0]!.slice.wallMs : (chunks[0]?.ms ?? NaN);
  const byCpu = [...slices].sort((a, b) => (b.slice.cpuMs ?? 0) - (a.slice.cpuMs ?? 0));
  const longestCpu = byCpu[0]?.slice.cpuMs ?? NaN;
  const beforeStart = present(all.map((r) => r.trace?.beforeStartMs ?? null));

  // --- memory
  const sampled = ext.articles.filter((r) => r.heap && baseline.has(r.id));
  const tabAdded = mean(sampled.map((r) => r.heap!.usedSize - baseline.get(r.id)!.usedSize)) / MB;
  const tabWith = mean(sampled.map((r) => r.heap!.usedSize)) / MB;
  const tabWithout = mean(sampled.map((r) => baseline.get(r.id)!.usedSize)) / MB;
  const sw = ext.swAfter ?? ext.swWarm;

  const ms = (xs: number[]): [string, string] => [fmt(median(xs), 2), fmt(p95(xs), 2)];
  const target = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const rows: string[][] = [
    ['whole pipeline on an article (lede:start → lede:painted)', ...ms(lede), '≤ 20 / ≤ 60', target(median(lede) <= 20 && p95(lede) <= 60)],
    ['  the same in CPU time: page thread CPU + core analyze CPU, no messaging', ...ms(pipelineCpu), '', ''],
    ['  detect (start → decided)', ...ms(detectA), '', ''],
    ['  task switch after detection (decided → extracting)', ...ms(yieldMs), '', ''],
    ['  extract (extracting → extracted)', ...ms(extract), '', ''],
    ['  settings + messaging + analyze (extracted → analyzed)', ...ms(wait), '', ''],
    ['    of which core analyze in the service worker', ...ms(analyzeBg), '', ''],
    ['    of which messaging, (de)serialization, settings', ...ms(ipc), '', ''],
    ['  paint (analyzed → painted)', ...ms(paint), '', ''],
    ['core analyze in Node on the same articles, CPU time', ...ms(core.map((c) => c.cpuMs)), '', ''],
    ['  sentences + tokens (buildDoc)', ...ms(core.map((c) => c.stages.doc)), '', ''],
    ['  entities (tagger + linking)', ...ms(core.map((c) => c.stages.entities)), '', ''],
    ['  quotes', ...ms(core.map((c) => c.stages.quotes)), '', ''],
    ['  summary', ...ms(core.map((c) => c.stages.summary)), '', ''],
    ['  thread CPU of detect (trace)', ...ms(detectCpu), '', ''],
    ['  thread CPU of extract (trace)', ...ms(extractCpu), '', ''],
    ['  thread CPU of paint (trace)', ...ms(paintCpu), '', ''],
    ['peer: Readability (clone) + compromise NER + regex quotes', ...ms(peer), 'report', ''],
    ['  Readability on a clone', ...ms(peerRead), '', ''],
    ['  compromise people/organizations/places + offsets', ...ms(peerNer), '', ''],
    ['  regex quotes', ...ms(peerQuotes), '', ''],
    ['what each finds per article (median): Lede ranges painted | peer mentions + quotes', fmt(median(present(painted.map((r) => r.ranges))), 0), fmt(median(peers.map((r) => r.peer!.entities + r.peer!.quotes)), 0), '', ''],
    ['ratio of medians, peer / Lede', fmt(ratio, 1) + '×', `per page ${fmt(median(perPageRatio), 1)}×`, '≥ 5×', target(ratio >= 5)],
    ['non-article page (lede:start → lede:decided)', ...ms(na), '≤ 0.5 / ≤ 2', target(median(na) <= 0.5 && p95(na) <= 2)],
    ['  thread CPU of the decision (trace)', ...ms(naCpu), '', ''],
    ['longest main-thread task caused by Lede, any page', fmt(longestTask, 1), '', '≤ 50', target(longestTask <= 50)],
    ['  the longest in thread CPU time', fmt(longestCpu, 1), '', '≤ 50', target(longestCpu <= 50)],
    ['  longest synchronous Lede chunk from marks (wall)', fmt(chunks[0]?.ms, 1), '', '', ''],
    ['  content script compile + set-up before lede:start (trace)', ...ms(beforeStart), '', ''],
    ['content script, minified + gzip -9 (KB)', fmt(size.gzKB, 1), `raw ${fmt(size.rawKB, 1)}`, '≤ 30', target(size.gzKB <= 30)],
    ['JS heap added to an article tab (MB, mean)', fmt(tabAdded, 2), `${fmt(tabWith, 1)} vs ${fmt(tabWithout, 1)}`, 'report', ''],
    ['service worker JS heap after the run (MB)', fmt(sw ? sw.usedSize / MB : NaN, 2), `buffers ${fmt(sw ? sw.backingStorageSize / MB : NaN, 1)}`, 'report', ''],
  ];

  const out: string[] = [];
  out.push(`Lede bench — Chromium ${CHROMIUM_PATH}, ${DIST.replace(REPO + '/', '')}; ${buildNote}`);
  out.push(
    `pages: ${articles.length} articles (aeb): ${painted.length} painted, ${missed.length} judged not an article, ` +
      `${ext.articles.length - painted.length - missed.length} other; ${nonArticles.length} non-articles: ${decidedNA.length} decided, ${falsePositives.length} taken for articles`,
  );
  out.push('');
  out.push(table(['measure (ms unless noted)', 'median', 'p95', 'target', ''], rows));
  out.push('');
  out.push(`Longest task: every page load is traced (CDP Tracing, ${TRACE_CATEGORIES}). Each stretch of Lede's JS on the`);
  out.push("page's main thread counts: the content script's EvaluateScript (compile, set-up, its first synchronous run),");
  out.push('every FunctionCall into its chrome-extension:// code (MutationObserver, messages, timers), and the synchronous');
  out.push('runs that resume from a promise, bounded by their marks (lede:extracting → lede:extracted, lede:analyzed → lede:painted).');
  out.push(`${traced} of ${all.length} pages traced. The Long Animation Frames API was tried: it does not see content-script work.`);
  out.push('Wall-clock rows include time the thread waited for a CPU on this shared machine; "thread CPU" rows do not.');
  out.push(`Machine: ${cpus().length} cores, load average ${load0.toFixed(1)} at start, ${load1.toFixed(1)} at end.`);
  out.push('');
  out.push('Slowest articles (ms): page | chars | pipeline | detect | extract | analyze (bg) | messaging | paint | core CPU (Node) | peer');
  for (const r of [...painted].sort((a, b) => span(b, 'lede:start', 'lede:painted')! - span(a, 'lede:start', 'lede:painted')!).slice(0, 6)) {
    const a = r.analyzeMs;
    const w = span(r, 'lede:extracted', 'lede:analyzed');
    out.push(
      `  ${r.id.slice(0, 16)} | ${r.chars ?? '—'} | ${fmt(span(r, 'lede:start', 'lede:painted'))} | ${fmt(span(r, 'lede:start', 'lede:decided'))} | ` +
        `${fmt(span(r, 'lede:decided', 'lede:extracted'))} | ${fmt(a)} | ${fmt(a !== null && w !== null ? w - a : null)} | ${fmt(span(r, 'lede:analyzed', 'lede:painted'))} | ${fmt(coreOf.get(r)?.cpuMs)} | ${fmt(r.peer?.totalMs)}`,
    );
  }
  out.push('Longest Lede tasks (ms, wall / thread CPU / of which garbage collection): page | what');
  const task = ({ id, slice }: { id: string; slice: LedeSlice }): string => `  ${fmt(slice.wallMs)} / ${fmt(slice.cpuMs)} / ${fmt(slice.gcMs)} | ${id} | ${slice.what}`;
  for (const s of slices.slice(0, 5)) out.push(task(s));
  out.push('Longest Lede tasks by thread CPU (ms, wall / thread CPU / of which garbage collection): page | what');
  for (const s of byCpu.slice(0, 5)) out.push(task(s));
  out.push('Slowest non-article decisions (ms): page | start → decided');
  for (const r of [...decidedNA].sort((a, b) => span(b, 'lede:start', 'lede:decided')! - span(a, 'lede:start', 'lede:decided')!).slice(0, 4)) {
    out.push(`  ${r.id} | ${fmt(span(r, 'lede:start', 'lede:decided'), 2)}`);
  }
  if (falsePositives.length) out.push(`Non-articles taken for articles: ${falsePositives.map((r) => r.id).join(', ')}`);
  const odd = all.filter((r) => !['painted', 'not-article'].includes(r.outcome));
  if (odd.length) {
    const groups = new Map<string, string[]>();
    for (const r of odd) {
      const key = r.status ? `${r.outcome}, Lede status ${r.status}` : r.outcome;
      groups.set(key, [...(groups.get(key) ?? []), r.id.replace(/^aeb\/(.{12}).*/, 'aeb/$1')]);
    }
    for (const [key, ids] of groups) out.push(`Not painted — ${key} (${ids.length}): ${ids.join(' ')}`);
  }
  if (ext.restartedAfter.length) out.push(`Chromium was started afresh (Lede stuck) after: ${ext.restartedAfter.join(' ')}`);
  out.push(`Run took ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  console.log(out.join('\n'));
  if (DUMP) writeFileSync(DUMP, JSON.stringify(all.map(dumpOf), null, 1));

  console.log(
    JSON.stringify({
      ledeMedianMs: round(median(lede)),
      ledeP95Ms: round(p95(lede)),
      peerMedianMs: round(median(peer)),
      ratio: round(ratio),
      nonArticleMedianMs: round(median(na), 3),
      nonArticleP95Ms: round(p95(na), 3),
      longestTaskMs: round(longestTask),
      longestTaskCpuMs: round(longestCpu),
      ledePipelineCpuMedianMs: round(median(pipelineCpu)),
      coreAnalyzeCpuMedianMs: round(median(core.map((c) => c.cpuMs))),
      contentScriptGzKB: round(size.gzKB),
      peerP95Ms: round(p95(peer)),
      analyzeMedianMs: round(median(analyzeBg)),
      extractMedianMs: round(median(extract)),
      tabHeapAddedMB: round(tabAdded),
      serviceWorkerHeapMB: round(sw ? sw.usedSize / MB : NaN),
      articlesPainted: painted.length,
      articlesJudgedNonArticle: missed.length,
      nonArticlesTakenForArticles: falsePositives.length,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
