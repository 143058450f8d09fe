// Builds the extension for one browser per run: `vite build --mode chrome` → dist/chrome,
// `vite build --mode firefox` → dist/firefox, from the one manifest.json with per-browser keys.

import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Extension pages load locally; no need for modulepreload polyfills or source maps in the package.
      modulePreload: false,
      sourcemap: false,
      target: ['chrome121', 'firefox142'],
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [
      webExtension({
        browser,
        manifest: 'manifest.json',
        disableAutoLaunch: true,
        skipManifestValidation: true,
      }),
    ],
  };
});
