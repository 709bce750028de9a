// Owns `npm start`: build if needed, then run Electron; without the Electron binary, serve the UI on loopback and open it in Chromium app mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinaryPath } from './electron-binary';
import { appModeArguments, findBrowser } from './find-browser';
import { startStaticServer } from './static-server';

const root = resolve(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['main', 'renderer', 'graph-data'];
const OUTPUTS = ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const outputs = OUTPUTS.map((o) => join(root, o));
  const oldestOutput = outputs.every(existsSync) ? Math.min(...outputs.map((o) => statSync(o).mtimeMs)) : 0;
  const newestSource = Math.max(...SOURCE_DIRS.map((d) => newestMtime(join(root, d))));
  if (oldestOutput > newestSource) return;
  console.log('Building Alliance Atlas…');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('Build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

function electronBinary(): string | undefined {
  return electronBinaryPath(import.meta.url);
}

async function runInBrowser(): Promise<void> {
  const server = await startStaticServer(join(root, 'dist', 'renderer'), Number(process.env.ATLAS_PORT ?? 0));
  const browser = findBrowser(process.env, process.platform);
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!browser || headless) {
    const why = browser ? 'there is no display' : 'no Chromium or Chrome was found (set CHROME_PATH)';
    console.log(`Open ${server.url} in a browser (${why}). Press Ctrl+C to stop.`);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'alliance-atlas-'));
  const child = spawn(browser, appModeArguments(server.url, profile, process.getuid?.() === 0), { stdio: 'ignore' });
  console.log(`Opened ${server.url} in ${browser} (app mode). Close the window or press Ctrl+C to stop.`);
  child.on('exit', () => void server.close().then(() => process.exit(0)));
  child.on('error', (error) => {
    console.error(`Could not start ${browser}: ${error.message}. Open ${server.url} yourself.`);
  });
}

/**
 * Since Electron 42 `npm install` never downloads the binary (the package has no postinstall; it downloads on first
 * use). Fetch it here once, quietly, with the package's own installer (its `install-electron` script), unless the
 * user opted out; if that fails (offline, or a Node older than the installer needs), the browser fallback runs.
 */
function tryDownloadElectron(): string | undefined {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return undefined;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return undefined;
  console.log('Fetching the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [installer], {
    cwd: join(root, 'node_modules', 'electron'),
    stdio: 'ignore',
    timeout: 300_000,
  });
  return result.status === 0 ? electronBinary() : undefined;
}

buildIfNeeded();
const electron = electronBinary() ?? tryDownloadElectron();
if (electron) {
  const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron binary not available (offline install, download host unreachable or ELECTRON_SKIP_BINARY_DOWNLOAD): opening the same UI in a browser instead.',
  );
  await runInBrowser();
}
