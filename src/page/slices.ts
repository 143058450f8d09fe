// Work on the page's main thread comes in slices, so that a huge page never freezes its tab. The
// long walks (the detection scan, the body walk) are generators: they check a Budget every few
// hundred nodes and yield when the slice is spent. The CLI and the tests run them to the end in
// one go; the content script runs them a slice per task, letting the page handle input between.

/** Steps of one piece of work: each `yield` is a point where it may pause. */
export type Steps<T> = Generator<void, T, void>;

/** Tells a walk when its slice of time is spent. */
export interface Budget {
  due(): boolean;
}

/** Never due: the work runs to the end without pausing. */
export const UNLIMITED: Budget = { due: () => false };

/**
 * How many nodes a walk visits between two looks at the clock (a power of two, minus one). The two
 * big walks (scan, body) run batches of CHECK_EVERY + 1 nodes in a plain function; smaller loops
 * test `(++n & CHECK_EVERY) === 0 && budget.due()` inline. Either way no helper is called per
 * node: the walks run cold on every page load, where such a call costs more than the test.
 */
export const CHECK_EVERY = 255;

/** Runs the steps to the end, synchronously. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** A budget of `sliceMs` from the moment `start()` is called. */
export class SliceClock implements Budget {
  private deadline = Infinity;

  constructor(private readonly sliceMs: number) {}

  /** Starts a slice; returns its start time. */
  start(): number {
    const now = performance.now();
    this.deadline = now + this.sliceMs;
    return now;
  }

  due(): boolean {
    return performance.now() >= this.deadline;
  }
}

/**
 * Runs the steps a slice per task: the first slice at once, each next one in a task of its own,
 * where the browser's profiler sees the work as ours. In a visible tab the next slice is a timer,
 * queued behind the page's own timers and rendering (Firefox runs a stream of message tasks
 * before any timer: the page's clocks stood still for 300 ms); in a hidden tab, where timers are
 * throttled to one a second, it is a MessageChannel message. Resolves with the result, or null
 * when `alive()` turns false between slices (a newer run took over). `onPause` is called when the
 * work first pauses, i.e. when it will not be done in this task. Work that took several slices
 * leaves its longest one on the page's performance timeline, as the measure named `measure`.
 */
export function runInSlices<T>(
  steps: Steps<T>,
  clock: SliceClock,
  alive: () => boolean,
  onPause?: () => void,
  measure = 'lede:longest-slice',
): Promise<T | null> {
  return new Promise((resolve, reject) => {
    let channel: MessageChannel | null = null;
    let paused = false;
    const longest = { start: 0, ms: 0 };
    const finish = (): void => {
      channel?.port1.close();
      channel = null;
      if (paused) measureLongest(measure, longest.start, longest.ms);
    };
    const step = (): void => {
      if (!alive()) {
        finish();
        steps.return(null as never);
        return resolve(null);
      }
      const start = clock.start();
      let r: IteratorResult<void, T>;
      try {
        r = steps.next();
      } catch (e) {
        finish();
        return reject(e);
      }
      const ms = performance.now() - start;
      if (ms > longest.ms) Object.assign(longest, { start, ms });
      if (r.done) {
        finish();
        return resolve(r.value);
      }
      if (!paused) {
        paused = true;
        onPause?.();
      }
      if (globalThis.document?.visibilityState !== 'hidden') {
        setTimeout(step, 0);
        return;
      }
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = step;
      }
      channel.port2.postMessage(null);
    };
    step();
  });
}

function measureLongest(name: string, start: number, duration: number): void {
  try {
    performance.measure(name, { start, duration });
  } catch {
    // Diagnostics only.
  }
}
