import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { launchChromium, CHROMIUM_PATH } from './support/chromium';
import { defineOanSuite } from './support/oan-suite';
import { definePopupSuite } from './support/popup-suite';
import { defineRobustSuite } from './support/robust-suite';
import { DIST } from './support/paths';

if (!existsSync(CHROMIUM_PATH) || !existsSync(DIST.chromium)) {
  describe('chromium', () => it.skip(`needs ${CHROMIUM_PATH} and a build in dist/chrome (npm run build)`));
} else {
  defineOanSuite('chromium', () => launchChromium(DIST.chromium));
  definePopupSuite('chromium', () => launchChromium(DIST.chromium));
  defineRobustSuite('chromium', () => launchChromium(DIST.chromium));
}
