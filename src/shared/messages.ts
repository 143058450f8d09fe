// The typed message protocol. One union per receiver; each request type names its response, so
// senders get typed answers and receivers validate what arrives (messages are untrusted input).

import type { Analysis, Article, Span } from '../core/types';
import { CATEGORIES, type Category } from './categories';
import { parseSettings, type Settings } from './settings';

/** What the content script knows about its page, as the popup shows it. */
export type PageState =
  | { status: 'working' }
  | { status: 'ready'; analysis: Analysis; enabled: Record<Category, boolean>; allHidden: boolean }
  | { status: 'not-article' }
  | { status: 'not-english'; lang: string | null }
  | { status: 'empty' }
  | { status: 'paused'; site: string }
  | { status: 'error'; message: string };

/** The content script's answer to the popup: its page's site and state. */
export interface TabReport {
  site: string | null;
  url: string;
  state: PageState;
}

// ---- to the background (from content scripts)

/**
 * Sent over a port named ANALYZE_PORT, opened when the page is judged an article. The background
 * holds the settings: it answers with them, and analyzes only where Lede is not paused, so the
 * content script needs no storage read of its own.
 */
export interface AnalyzeRequest {
  type: 'analyze';
  article: Article;
  /** The page's address, for the per-site pause. */
  url: string;
}
/**
 * The analysis without its article: the page sent the article and keeps it, so its text (which
 * can be megabytes) crosses between the page and the background once, not twice.
 */
export type AnalysisResult = Omit<Analysis, 'article'>;
/** `analysis` is null when Lede is paused on the page's site. */
export type AnalyzeResponse = { ok: true; analysis: AnalysisResult | null; settings: Settings } | { ok: false; error: string };

export const ANALYZE_PORT = 'lede-analyze';

/** Updates the toolbar badge for the sender's tab. */
export interface PageStatusMessage {
  type: 'page-status';
  status: PageState['status'];
  /** People, organizations and places found, for the badge. */
  entityCount: number;
}

export interface BackgroundMessages {
  'page-status': { request: PageStatusMessage; response: { ok: true } };
}
export type BackgroundRequest = BackgroundMessages[keyof BackgroundMessages]['request'];

// ---- to a tab's content script (from the popup or the background)

export interface GetStateRequest {
  type: 'get-state';
}
export interface ScrollToRequest {
  type: 'scroll-to';
  span: Span;
}
export interface SetEnabledRequest {
  type: 'set-enabled';
  enabled: Record<Category, boolean>;
}
export interface ToggleAllRequest {
  type: 'toggle-all';
}

export interface ContentMessages {
  'get-state': { request: GetStateRequest; response: TabReport };
  'scroll-to': { request: ScrollToRequest; response: { ok: boolean } };
  'set-enabled': { request: SetEnabledRequest; response: { ok: true } };
  'toggle-all': { request: ToggleAllRequest; response: { allHidden: boolean } };
}
export type ContentRequest = ContentMessages[keyof ContentMessages]['request'];

// ---- validation of what arrives

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isSpan(x: unknown): x is Span {
  return isObject(x) && Number.isInteger(x.start) && Number.isInteger(x.end) && (x.start as number) <= (x.end as number);
}

function isEnabledMap(x: unknown): x is Record<Category, boolean> {
  return isObject(x) && CATEGORIES.every((c) => typeof x[c] === 'boolean');
}

function isArticle(x: unknown): x is Article {
  const nullableString = (v: unknown): boolean => v === null || typeof v === 'string';
  return (
    isObject(x) &&
    typeof x.text === 'string' &&
    nullableString(x.title) &&
    nullableString(x.byline) &&
    nullableString(x.siteName) &&
    nullableString(x.publishedTime) &&
    nullableString(x.lang)
  );
}

export function asAnalyzeRequest(x: unknown): AnalyzeRequest | null {
  return isObject(x) && x.type === 'analyze' && isArticle(x.article) && typeof x.url === 'string' ? (x as unknown as AnalyzeRequest) : null;
}

/** The background's answer, as the content script takes it: settings re-parsed, analysis checked for shape. */
export function asAnalyzeResponse(x: unknown): AnalyzeResponse | null {
  if (!isObject(x)) return null;
  if (x.ok === false) return { ok: false, error: typeof x.error === 'string' ? x.error : 'analysis failed' };
  if (x.ok !== true || !isObject(x.settings)) return null;
  const a = x.analysis;
  if (a !== null && !(isObject(a) && Array.isArray(a.entities) && Array.isArray(a.quotes))) return null;
  return { ok: true, analysis: a as AnalysisResult | null, settings: parseSettings(x.settings) };
}

export function asBackgroundRequest(x: unknown): BackgroundRequest | null {
  if (!isObject(x)) return null;
  switch (x.type) {
    case 'page-status':
      return typeof x.status === 'string' && typeof x.entityCount === 'number' ? (x as unknown as PageStatusMessage) : null;
    default:
      return null;
  }
}

export function asContentRequest(x: unknown): ContentRequest | null {
  if (!isObject(x)) return null;
  switch (x.type) {
    case 'get-state':
    case 'toggle-all':
      return { type: x.type };
    case 'scroll-to':
      return isSpan(x.span) ? { type: 'scroll-to', span: { start: x.span.start, end: x.span.end } } : null;
    case 'set-enabled':
      return isEnabledMap(x.enabled) ? { type: 'set-enabled', enabled: { ...x.enabled } } : null;
    default:
      return null;
  }
}
