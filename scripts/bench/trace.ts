// Reads one page load's Chrome trace (CDP Tracing, categories TRACE_CATEGORIES) and finds the
// main-thread work Lede caused. Lede's marks (lede:start … lede:painted) show up as
// blink.user_timing events on the page's renderer main thread, with a wall clock (ts) and a
// thread-CPU clock (tts); the content script's own JS shows up as EvaluateScript / FunctionCall
// events carrying its chrome-extension:// URL. V8's garbage collections (V8.GC_*) are recorded
// too, so a task that a collection of the whole page's heap stretched can be told apart. These
// light categories are all we record: the heavier task-level ones ("toplevel",
// "disabled-by-default-devtools.timeline") slowed page loads enough to distort the timings.

export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.gc'].join(',');

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface MarkTimes {
  /** Wall clock (µs, trace time base). */
  ts: number;
  /** Thread CPU clock (µs), when the trace has it. */
  tts: number | undefined;
}

/** One uninterrupted stretch of Lede's JS on the page's main thread. */
export interface LedeSlice {
  wallMs: number;
  cpuMs: number | null;
  /** The trace event (EvaluateScript = the content script's first run) and the marks inside it. */
  what: string;
  /** Wall ms of garbage collection inside the stretch (the page's heap and Lede's alike). */
  gcMs: number;
}

export interface PageTrace {
  /** First occurrence of each lede:* mark on the page's main thread. */
  marks: Map<string, MarkTimes>;
  slices: LedeSlice[];
  /** From the start of the content script's EvaluateScript (compile, module set-up) to lede:start, wall ms. */
  beforeStartMs: number | null;
}

/**
 * Marks Lede writes within one synchronous run of its code. Detection and extraction run in one
 * task unless the page needs more than one slice of time (src/page/slices.ts); then Lede leaves
 * the measure "lede:longest-slice" and that run is not bounded by marks. The same holds for the
 * paint, which marks "lede:painting" and leaves "lede:longest-paint-slice" when it takes several
 * slices. (Builds before slicing ran extraction in a task of its own when lede:extracting exists;
 * counting detection and extraction as one run overstates those.)
 */
export function syncRuns(readSliced: boolean, paintSliced: boolean): string[][] {
  return [
    ...(readSliced ? [] : [['lede:start', 'lede:decided', 'lede:extracting', 'lede:extracted']]),
    ...(paintSliced ? [] : [['lede:analyzed', 'lede:painted']]),
  ];
}

const isGc = (e: TraceEvent): boolean => e.ph === 'X' && e.dur !== undefined && e.name.startsWith('V8.GC_');

const isMark = (e: TraceEvent): boolean => e.name.startsWith('lede:') && (e.cat ?? '').includes('blink.user_timing') && (e.ph === 'I' || e.ph === 'R' || e.ph === 'n');

/** Events not nested in an earlier one of the list (the list need not be sorted). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + e.dur!;
    }
  }
  return out;
}

export function analyzeTrace(events: TraceEvent[], extensionOrigin: string): PageTrace {
  const marks = new Map<string, MarkTimes>();
  const start = events.find((e) => e.name === 'lede:start' && isMark(e));
  if (!start) return { marks, slices: [], beforeStartMs: null };
  const { pid, tid } = start;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);
  const markEvents = thread.filter(isMark).sort((a, b) => a.ts - b.ts);
  for (const e of markEvents) if (!marks.has(e.name)) marks.set(e.name, { ts: e.ts, tts: e.tts });

  // Lede's JS: the content script's evaluation (its first, synchronous run: set-up, detect,
  // extract) and every callback into it (MutationObserver, messages, pointer events).
  const ledeJs = outermost(thread.filter((e) => e.ph === 'X' && e.dur !== undefined && (e.args?.data?.url ?? '').startsWith(extensionOrigin)));
  const gcs = outermost(thread.filter(isGc));
  const gcBetween = (from: number, to: number): number => gcs.reduce((ms, g) => ms + Math.max(0, Math.min(to, g.ts + g.dur!) - Math.max(from, g.ts)) / 1000, 0);
  const slices: LedeSlice[] = ledeJs.map((e) => {
    const inside = markEvents.filter((m) => m.ts >= e.ts && m.ts <= e.ts + e.dur!).map((m) => m.name);
    return {
      wallMs: e.dur! / 1000,
      cpuMs: e.tdur !== undefined ? e.tdur / 1000 : null,
      what: [e.name, ...new Set(inside)].join(' '),
      gcMs: gcBetween(e.ts, e.ts + e.dur!),
    };
  });

  // Promise continuations (the answer from the background, the task after detection) are not
  // wrapped in a trace event: the marks of that synchronous run bound it instead.
  const covered = (ts: number): boolean => ledeJs.some((e) => ts >= e.ts && ts <= e.ts + e.dur!);
  const readSliced = thread.some((e) => e.name === 'lede:longest-slice');
  for (const run of syncRuns(readSliced, marks.has('lede:painting'))) {
    const first = marks.get(run[0]!);
    const lastName = [...run].reverse().find((n) => marks.has(n));
    if (!first || !lastName || lastName === run[0] || covered(first.ts)) continue;
    const last = marks.get(lastName)!;
    const cpu = first.tts !== undefined && last.tts !== undefined ? (last.tts - first.tts) / 1000 : null;
    slices.push({ wallMs: (last.ts - first.ts) / 1000, cpuMs: cpu, what: `${run[0]} → ${lastName}`, gcMs: gcBetween(first.ts, last.ts) });
  }

  const evaluate = ledeJs.find((e) => e.name === 'EvaluateScript' && start.ts >= e.ts && start.ts <= e.ts + e.dur!);
  return { marks, slices, beforeStartMs: evaluate ? (start.ts - evaluate.ts) / 1000 : null };
}

/** Thread-CPU milliseconds between two marks, when the trace has both. */
export function cpuBetween(trace: PageTrace, from: string, to: string): number | null {
  const a = trace.marks.get(from)?.tts;
  const b = trace.marks.get(to)?.tts;
  return a !== undefined && b !== undefined ? (b - a) / 1000 : null;
}
