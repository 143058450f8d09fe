// Entities for {"id","text"} lines with a given model file, in the schema the scorers read.
// The same path as `lede annotate --jsonl` for plain text (language gate, buildDoc,
// recognizeEntities) without quotes and summary, so two model files can be compared.
//   tsx scripts/ner/predict.ts [--model FILE] < in.jsonl > pred.jsonl

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { loadNerModel, recognizeEntities } from '../../src/core/entities/index';
import { isEnglish } from '../../src/core/text/language';
import { buildDoc } from '../../src/core/text/sentences';

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--model');
  const path = at >= 0 ? argv[at + 1]! : join(process.cwd(), 'public', 'models', 'ner.bin');
  const model = loadNerModel(new Uint8Array(readFileSync(path)));
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const ok = text.trim() !== '' && isEnglish(text, null);
    const entities = ok ? recognizeEntities(buildDoc(text), model) : [];
    process.stdout.write(JSON.stringify({ id, isArticle: true, article: { text }, entities }) + '\n');
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`predict: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
