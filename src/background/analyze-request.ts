// Runs the pure core on an article a content script sent.

import { analyze } from '../core/analyze';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/messages';
import { getModels } from './models';

export async function handleAnalyze(request: AnalyzeRequest): Promise<AnalyzeResponse> {
  try {
    const models = await getModels();
    const t0 = performance.now();
    const analysis = analyze(request.article, models, { summarySentences: request.summarySentences });
    return { ok: true, analysis, ms: performance.now() - t0 };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
