// Dev tool: detection + extraction only (no NLP), on linkedom, for fast iteration. Same input and
// output lines as `lede annotate --jsonl`, minus the analysis fields.
//   npx tsx scripts/extraction/predict.ts < in.jsonl > pred.jsonl

import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../src/page/detect';
import { extractArticle } from '../../src/page/extract';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { id, html, url } = JSON.parse(line) as { id: string; html: string; url?: string };
  const doc = parseHTML(html).document as unknown as Document;
  const detection = detectArticle(doc, url);
  const { article } = extractArticle(doc, url);
  process.stdout.write(JSON.stringify({ id, isArticle: detection.isArticle, detection, article }) + '\n');
}
