// Launches the real Electron app (Playwright _electron) and checks it shows the embedded graph; skipped, with the reason, where the binary is absent.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';

function electronBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network): Electron end-to-end test skipped';
if (!binary) console.log(`SKIPPED: ${SKIP_REASON}`);

test('the desktop app opens a hardened window showing the embedded graph', async () => {
  test.skip(!binary, SKIP_REASON);
  const app = await electron.launch({ executablePath: binary, args: ['.'], cwd: process.cwd() });
  try {
    const window = await app.firstWindow();
    await expect.poll(() => window.evaluate(() => window.__atlas?.ready === true), { timeout: 30_000 }).toBe(true);
    const dataset = loadEmbeddedGraph();
    const counts = await window.evaluate(() => window.__atlas?.counts() ?? null);
    expect(counts?.nodes).toBe(dataset.order);
    expect(counts?.edges).toBe(dataset.size);
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0];
      return w?.webContents.getLastWebPreferences();
    });
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await window.screenshot({ path: 'test-results/screenshots/electron-app.png' });
  } finally {
    await app.close();
  }
});
