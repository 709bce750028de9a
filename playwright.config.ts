// Playwright: web end-to-end tests in Debian's Chromium against the built renderer, and Electron tests where the binary exists.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.ATLAS_E2E_PORT ?? 4917);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  // Ceilings, not waits: tests go on as soon as the state they wait for arrives. They are generous because CI machines
  // are shared; a multi-step test took 60 s on a loaded 2-core machine where it takes 20 s alone.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'web', testDir: 'test/e2e/web' },
    { name: 'electron', testDir: 'test/e2e/electron' },
  ],
  webServer: {
    command: `tsx main/launcher/serve-dist.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
