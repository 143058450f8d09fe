// Runs the pure core on an article a content script sent, with the settings it needs.

import { analyze } from '../core/analyze';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/messages';
import { isPaused, type Settings } from '../shared/settings';
import { getModels } from './models';

export async function handleAnalyze(request: AnalyzeRequest, settingsReady: Promise<Settings>): Promise<AnalyzeResponse> {
  try {
    const settings = await settingsReady;
    // Paused on this site: nothing is analyzed; the page hears the settings that say so.
    if (isPaused(settings, request.url)) return { ok: true, analysis: null, settings };
    const models = await getModels();
    const t0 = performance.now();
    const { article: _sent, ...analysis } = analyze(request.article, models, { summarySentences: settings.summarySentences });
    noteTiming(t0, request.article.text.length);
    return { ok: true, analysis, settings };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The last analysis as a user-timing measure, so `npm run bench` can read the background's share
 * of the pipeline. Only one entry is kept: nothing grows in a long-lived background.
 */
function noteTiming(start: number, chars: number): void {
  try {
    performance.clearMeasures('lede:analyze');
    performance.measure('lede:analyze', { start, detail: { chars } });
  } catch {
    // Diagnostics only.
  }
}
