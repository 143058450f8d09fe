import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { launchFirefox, FIREFOX_PATH } from './support/firefox';
import { defineOanSuite } from './support/oan-suite';
import { definePopupSuite } from './support/popup-suite';
import { defineRobustSuite } from './support/robust-suite';
import { DIST } from './support/paths';

if (!existsSync(FIREFOX_PATH) || !existsSync(DIST.firefox)) {
  describe('firefox', () => it.skip(`needs ${FIREFOX_PATH} and a build in dist/firefox (npm run build)`));
} else {
  defineOanSuite('firefox', () => launchFirefox(DIST.firefox));
  definePopupSuite('firefox', () => launchFirefox(DIST.firefox));
  defineRobustSuite('firefox', () => launchFirefox(DIST.firefox));
}
