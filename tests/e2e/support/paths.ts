import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURES = join(REPO, 'tests', 'fixtures');
export const DIST = { chromium: join(REPO, 'dist', 'chrome'), firefox: join(REPO, 'dist', 'firefox') } as const;
export const ARTIFACTS = join(REPO, 'artifacts', 'e2e');

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
