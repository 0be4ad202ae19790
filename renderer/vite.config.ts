// Builds the renderer into dist/renderer with relative URLs, so Electron can load it from
// file:// and the browser shell can serve it from any path.

import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Every asset stays a file: the Content-Security-Policy allows data: URLs for images only.
    assetsInlineLimit: 0,
    // Electron's Chromium and every current browser support modulepreload natively.
    modulePreload: { polyfill: false },
  },
});
