// The one import of webextension-polyfill: it throws outside an extension, so everything else
// imports `browser` from here and unit tests mock this module.

import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
