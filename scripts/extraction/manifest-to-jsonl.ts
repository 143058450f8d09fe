// Dev tool: turns the extraction corpus manifest into {"id","html","url"} JSONL for
// `npm run lede -- annotate --jsonl`. Reads the pages from ../shared in place; copies nothing.
//   npx tsx scripts/extraction/manifest-to-jsonl.ts [--manifest PATH] [--group G] [--id REGEX] > in.jsonl

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface ManifestDoc {
  id: string;
  group: string;
  path: string;
  url: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const manifestPath = resolve(arg('--manifest') ?? '../shared/corpus/extraction/manifest.json');
const group = arg('--group');
const idRe = arg('--id') ? new RegExp(arg('--id')!) : null;
const { docs } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { docs: ManifestDoc[] };
const root = dirname(manifestPath);
for (const d of docs) {
  if (group && d.group !== group) continue;
  if (idRe && !idRe.test(d.id)) continue;
  const html = readFileSync(join(root, d.path), 'utf8');
  process.stdout.write(JSON.stringify({ id: d.id, html, url: d.url }) + '\n');
}
