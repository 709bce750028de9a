// Launches the real Electron app (Playwright _electron) and checks it shows the embedded graph; skipped, with the reason, where the binary is absent.
import { _electron as electron, expect, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { INVOKE_CHANNELS, invokeContract } from '../../../graph-data/host-api';
import { electronBinaryPath } from '../../../main/launcher/electron-binary';

const binary = electronBinaryPath(import.meta.url);
const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network): Electron end-to-end test skipped';
if (!binary) console.log(`SKIPPED: ${SKIP_REASON}`);

test('the desktop app opens a hardened window showing the embedded graph', async () => {
  test.skip(!binary, SKIP_REASON);
  const app = await electron.launch({ executablePath: binary, args: ['.'], cwd: process.cwd() });
  try {
    const page = await app.firstWindow();
    await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 30_000 }).toBe(true);
    const dataset = loadEmbeddedGraph();
    const counts = await page.evaluate(() => window.__atlas?.counts() ?? null);
    expect(counts?.nodes).toBe(dataset.order);
    expect(counts?.edges).toBe(dataset.size);
    // No Node in the page, and the bridge offers exactly the contract's functions.
    const probe = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as unknown as Record<string, object>).atlasHost ?? {}).sort(),
    }));
    expect(probe.require).toBe('undefined');
    expect(probe.process).toBe('undefined');
    const expected = [
      ...INVOKE_CHANNELS.map((c) => invokeContract[c].method),
      'onFileOpenFailed',
      'onFileOpened',
      'onMenuCommand',
    ].sort();
    expect(probe.bridge).toEqual(expected);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/electron-app.png' });
  } finally {
    await app.close();
  }
});
