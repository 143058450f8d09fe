// One page's annotation life cycle: detect → extract → (background) analyze → paint, again when
// the page changes, and the state the popup reads. Messaging is injected, so this runs the same
// in the extension and in tests.

import type { Analysis, Article, Span } from '../core/types';
import { DEFAULT_COLORS, type Category } from '../shared/categories';
import type { AnalyzeResponse, PageState } from '../shared/messages';
import { isPaused, siteOf, type Settings } from '../shared/settings';
import { detectSteps } from './detect';
import { extractSteps, type Extraction } from './extract';
import { HitTester } from './hit-test';
import { highlightsSupported, Painter, type PaintedItem } from './highlight';
import { applyHighlightStyles } from './highlight-style';
import { HoverCard } from './hover-card';
import { runInSlices, SliceClock, type Steps } from './slices';
import type { TextIndex } from './text-index';

/** The way to the background for one analysis (see src/content/channel.ts). */
export interface AnalysisChannel {
  /** Resolves with the background's answer, the settings included; never rejects. */
  analyze(article: Article, url: string): Promise<AnalyzeResponse>;
  close(): void;
}

export interface AnnotatorDeps {
  /**
   * Called as soon as the page is judged an article, so the channel opens while extraction runs.
   * The first call is also when the content script starts listening for settings and the pointer,
   * which non-article pages never need.
   */
  openAnalysis: () => AnalysisChannel;
  reportStatus: (status: PageState['status'], entityCount: number) => void;
}

/**
 * Reading the page (detection, extraction) runs in slices of this many milliseconds, so the page
 * (input, rendering) runs in between even on a huge page; the usual page needs one slice.
 */
const SLICE_MS = 16;

/** After this long without an answer, the badge shows that Lede is working. */
const SLOW_ANALYSIS_MS = 300;

export class PageAnnotator {
  private state: PageState = { status: 'not-article' };
  private readonly painter: Painter;
  private readonly card: HoverCard;
  private index: TextIndex | null = null;
  private hit: HitTester | null = null;
  private lastText: string | null = null;
  private settings: Settings | null = null;
  private run = 0;
  private channel: AnalysisChannel | null = null;
  private prepared = false;
  private reported: PageState['status'] = 'not-article';
  private pointer = { x: 0, y: 0, pending: false };

  constructor(
    private readonly doc: Document,
    private readonly deps: AnnotatorDeps,
  ) {
    this.painter = new Painter(doc);
    this.card = new HoverCard(doc);
  }

  getState(): PageState {
    if (this.state.status === 'ready') {
      return { ...this.state, enabled: this.painter.getEnabled(), allHidden: this.painter.isAllHidden() };
    }
    return this.state;
  }

  /** Runs the pipeline on the page as it is now. Safe to call again at any time. */
  async update(): Promise<void> {
    const run = ++this.run;
    this.channel?.close();
    this.channel = null;
    const url = this.doc.defaultView?.location.href ?? '';
    const clock = new SliceClock(SLICE_MS);
    // A page that takes more than one slice to read is "working" meanwhile, not "not an article"
    // (the popup may ask between slices); an annotated page stays as it is until the new answer.
    const working = (): void => {
      if (this.state.status !== 'ready') this.state = { status: 'working' };
    };
    const read = await runInSlices(this.readPage(url, clock), clock, () => run === this.run, working);
    if (!read) return; // a newer run took over
    if (read === 'not-article') return this.settle({ status: 'not-article' });
    const { channel, extraction } = read;
    const { article, index } = extraction;
    if (!this.prepared) {
      // After extraction: the style sheet it adds makes the browser restyle the page, which a
      // visibility check during extraction would otherwise force at once.
      this.prepared = true;
      setTimeout(() => this.preparePaint(), 0);
    }
    const done = (state: PageState | null): void => {
      channel.close();
      this.channel = null;
      if (state) this.settle(state);
    };
    if (this.settings && isPaused(this.settings, url)) return done({ status: 'paused', site: siteOf(url) ?? '' });
    if (!article.text.trim()) return done({ status: 'empty' });
    if (article.text === this.lastText && this.index?.isLive() && this.state.status === 'ready') return done(null);

    // The popup sees "working" at once; the badge hears of it only if analysis is slow, so the
    // usual article costs no extra message to the background.
    this.state = { status: 'working' };
    const slow = setTimeout(() => this.state.status === 'working' && this.setState(this.state), SLOW_ANALYSIS_MS);
    const response = await channel.analyze(article, url);
    clearTimeout(slow);
    mark('lede:analyzed');
    if (run !== this.run) return; // a newer run started while we waited
    this.channel = null;
    if (!response.ok) return this.settle({ status: 'error', message: response.error });
    this.settings = response.settings;
    const analysis: Analysis | null = response.analysis && { ...response.analysis, article };
    if (!analysis) return this.settle({ status: 'paused', site: siteOf(url) ?? '' });
    if (analysis.skipped === 'not-english') return this.settle({ status: 'not-english', lang: article.lang });
    if (analysis.skipped) return this.settle({ status: analysis.skipped === 'empty' ? 'empty' : 'not-article' });

    applyHighlightStyles(this.doc, this.settings.colors);
    const enabled = this.settings.enabled;
    const steps = this.painter.paintSteps(analysis, index, enabled, clock);
    const painting = (): void => mark('lede:painting'); // the paint goes on in later tasks
    const painted = await runInSlices(steps, clock, () => run === this.run, painting, 'lede:longest-paint-slice');
    if (painted === null) return; // a newer run took over between slices
    this.index = index;
    this.lastText = article.text;
    this.hit = new HitTester(index);
    mark('lede:painted');
    this.setState({ status: 'ready', analysis, enabled, allHidden: this.painter.isAllHidden() });
  }

  /** Detection, then on an article extraction: one piece of work, run a slice per task. */
  private *readPage(url: string, clock: SliceClock): Steps<'not-article' | { channel: AnalysisChannel; extraction: Extraction }> {
    const detection = yield* detectSteps(this.doc, url, clock);
    mark('lede:decided');
    if (!detection.isArticle) return 'not-article';
    const channel = (this.channel = this.deps.openAnalysis());
    // A detection that used up its slice leaves extraction to the next one.
    if (clock.due()) yield;
    mark('lede:extracting');
    const extraction = yield* extractSteps(this.doc, url, clock);
    mark('lede:extracted');
    return { channel, extraction };
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    applyHighlightStyles(this.doc, settings.colors);
    this.painter.setEnabled(settings.enabled);
    if (this.state.status === 'ready' && isPaused(settings, this.doc.defaultView?.location.href ?? '')) {
      this.settle({ status: 'paused', site: siteOf(this.doc.defaultView!.location.href) ?? '' });
    }
  }

  setEnabled(enabled: Record<Category, boolean>): void {
    this.painter.setEnabled(enabled);
  }

  toggleAll(): boolean {
    this.card.hide();
    return this.painter.toggleAll();
  }

  scrollTo(span: Span): boolean {
    return this.index ? this.painter.scrollTo(span, this.index) : false;
  }

  /** Pointer moved: show or hide the hover card (at most once per frame). */
  onPointerMove(x: number, y: number): void {
    this.pointer.x = x;
    this.pointer.y = y;
    if (this.pointer.pending || !this.hit) return;
    this.pointer.pending = true;
    requestAnimationFrame(() => {
      this.pointer.pending = false;
      const item = this.itemUnderPointer();
      if (item) this.card.show(item, this.pointer.x, this.pointer.y, this.settings?.colors[item.category] ?? DEFAULT_COLORS[item.category]);
      else this.card.hide();
    });
  }

  isOwnNode(node: Node): boolean {
    return node.nodeName === 'LEDE-HOVER-CARD';
  }

  destroy(): void {
    this.painter.clear();
    this.card.destroy();
  }

  private itemUnderPointer(): PaintedItem | null {
    if (!this.hit || this.painter.isAllHidden()) return null;
    const enabled = this.painter.getEnabled();
    return this.hit.itemAt(this.doc, this.pointer.x, this.pointer.y, this.painter.paintedItems(), (i) => enabled[i.category]);
  }

  /**
   * The first use of the highlight registry and of a constructed style sheet costs the page about
   * a millisecond: spent in a task of its own while the background analyzes, not after its answer.
   */
  private preparePaint(): void {
    const win = this.doc.defaultView;
    if (win) highlightsSupported(win as Window & typeof globalThis);
    applyHighlightStyles(this.doc, this.settings?.colors ?? DEFAULT_COLORS);
  }

  private settle(state: PageState): void {
    // Nothing painted yet (the usual non-article page): leave the highlight registry alone, whose
    // first use costs the page more than the whole decision.
    if (this.index || this.painter.paintedItems().length) this.painter.clear();
    this.card.hide();
    this.index = null;
    this.hit = null;
    this.lastText = null;
    this.setState(state);
  }

  private setState(state: PageState): void {
    this.state = state;
    const count = state.status === 'ready' ? state.analysis.entities.length : 0;
    // A fresh non-article page needs no message (the badge starts empty): keep those pages free.
    if (state.status === this.reported && state.status !== 'ready') return;
    this.reported = state.status;
    this.deps.reportStatus(state.status, count);
  }
}

/**
 * User-timing marks ("lede:decided", "lede:extracting", "lede:extracted", "lede:analyzed", "lede:painting" when the
 * paint takes several slices, "lede:painted") let the benchmark read each stage's cost from the page's performance
 * timeline; a mark costs microseconds.
 */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // Marks are diagnostics only.
  }
}
