// Vite: builds the renderer as a static web page (dist/renderer) that Electron loads and any Chromium can open.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: 'renderer',
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    // ATLAS_RENDERER_OUT lets parallel test runs build into separate folders.
    outDir: process.env.ATLAS_RENDERER_OUT ?? '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
