// User settings: what is highlighted, in which colours, and where Lede is paused.
// Stored data is never trusted: anything corrupted or from an older format falls back to defaults.

import { CATEGORIES, DEFAULT_COLORS, type Category } from './categories';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  enabled: Record<Category, boolean>;
  colors: Record<Category, string>;
  /** Hostnames where Lede does nothing ("example.com"). */
  pausedSites: string[];
  /** Key sentences in the popup. */
  summarySentences: number;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: { person: true, organization: true, place: true, quote: true },
    colors: { ...DEFAULT_COLORS },
    pausedSites: [],
    summarySentences: 3,
  };
}

const COLOR_RE = /^#[0-9a-f]{6}$/i;
const HOST_RE = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/i;

/** Settings from whatever was stored: each valid field is kept, everything else is the default. */
export function parseSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  const enabled = r.enabled;
  const colors = r.colors;
  for (const c of CATEGORIES) {
    if (enabled && typeof enabled === 'object') {
      const v = (enabled as Record<string, unknown>)[c];
      if (typeof v === 'boolean') out.enabled[c] = v;
    }
    if (colors && typeof colors === 'object') {
      const v = (colors as Record<string, unknown>)[c];
      if (typeof v === 'string' && COLOR_RE.test(v)) out.colors[c] = v.toLowerCase();
    }
  }
  if (Array.isArray(r.pausedSites)) {
    out.pausedSites = [...new Set(r.pausedSites.filter((h): h is string => typeof h === 'string' && HOST_RE.test(h)).map((h) => h.toLowerCase()))];
  }
  if (typeof r.summarySentences === 'number' && Number.isInteger(r.summarySentences)) {
    out.summarySentences = Math.min(7, Math.max(1, r.summarySentences));
  }
  return out;
}

/** A site key for pausing: the hostname, with the port when there is one. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isPaused(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && settings.pausedSites.includes(site);
}
