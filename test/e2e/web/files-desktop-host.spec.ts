// The desktop paths of the files UI, against a fake preload bridge that behaves like main (no Electron binary here): command-line open, recent files, Save writing back, title state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { canvasCounts, waitForOpened } from '../support/app-page';

interface BridgeLog {
  states: { title: string; dirty: boolean }[];
  savedCurrent: { path: string; data: string }[];
  savedAs: { name: string; kind: string }[];
}

const FILES: Record<string, string> = {
  '/data/small.json': readFileSync('test/fixtures/graphs/small.json', 'utf8'),
  '/data/small.gexf': readFileSync('test/fixtures/graphs/small.gexf', 'utf8'),
  '/data/syntax-error.json': readFileSync(join('test/fixtures/malformed/syntax-error.json'), 'utf8'),
};

/** Installs `window.atlasHost` before the app starts; like main's FileService, any file handed over becomes "current". */
async function installFakeBridge(page: Page): Promise<void> {
  await page.addInitScript((files: Record<string, string>) => {
    const log = { states: [], savedCurrent: [], savedAs: [] } as {
      states: unknown[];
      savedCurrent: unknown[];
      savedAs: unknown[];
    };
    const w = window as unknown as Record<string, unknown>;
    w.__bridgeLog = log;
    let current: string | null = null;
    const recent = ['/data/small.json', '/data/small.gexf'];
    const hand = (path: string) => {
      current = path;
      return { name: path.split('/').pop() ?? path, path, bytes: new TextEncoder().encode(files[path] ?? '') };
    };
    w.atlasHost = {
      openGraphFile: async () => hand(String(w.__nextOpen)),
      openRecentFile: async (path: string) => (recent.includes(path) ? hand(path) : null),
      listRecentFiles: async () => [...recent],
      saveFileAs: async (request: { suggestedName: string; kind: string }) => {
        log.savedAs.push({ name: request.suggestedName, kind: request.kind });
        const path = `/data/${request.suggestedName}`;
        if (request.kind === 'graph-json' || request.kind === 'workspace') current = path;
        return { path, name: request.suggestedName };
      },
      saveCurrentFile: async (request: { data: string }) => {
        if (!current) return null;
        log.savedCurrent.push({ path: current, data: String(request.data) });
        return { path: current, name: current.split('/').pop() };
      },
      exportPdf: async () => null,
      setDocumentState: async (state: { title: string; dirty: boolean }) => {
        log.states.push(state);
      },
      openExternal: async () => true,
      showItemInFolder: async () => true,
      getAppInfo: async () => ({ name: 'Alliance Atlas', version: '0.0.0', platform: 'linux', isPackaged: false }),
      onMenuCommand: (listener: unknown) => {
        w.__menu = listener;
        return () => {};
      },
      onFileOpened: (listener: unknown) => {
        w.__fileOpened = listener;
        return () => {};
      },
    };
  }, FILES);
}

const bridgeLog = (page: Page) => page.evaluate(() => (window as unknown as { __bridgeLog: BridgeLog }).__bridgeLog);

async function start(page: Page): Promise<void> {
  await installFakeBridge(page);
  await page.goto('index.html');
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 30_000 }).toBe(true);
}

test('a file from the command line opens, and the window title state follows', async ({ page }) => {
  await start(page);
  await page.evaluate((text) => {
    const w = window as unknown as { __fileOpened(file: unknown): void };
    w.__fileOpened({ name: 'small.gexf', path: '/data/small.gexf', bytes: new TextEncoder().encode(text) });
  }, FILES['/data/small.gexf']);
  await waitForOpened(page, 'small.gexf');
  expect((await canvasCounts(page)).nodes).toBe(3);
  expect((await bridgeLog(page)).states.at(-1)).toEqual({ title: 'small.gexf', dirty: false });
});

test('the recent-files list reopens a file', async ({ page }) => {
  await start(page);
  const recent = page.getByRole('navigation', { name: 'Recent files' });
  await recent.getByRole('button', { name: 'Recent files' }).click();
  await expect(recent.getByRole('button', { name: 'small.gexf' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/files-recent-list.png' });
  await recent.getByRole('button', { name: 'small.json' }).click();
  await waitForOpened(page, 'small.json');
  expect((await canvasCounts(page)).edges).toBeGreaterThan(0);
});

test('Save writes back in the file’s own format; after a failed open it asks instead', async ({ page }) => {
  await start(page);
  await page.evaluate(() => {
    (window as unknown as { __nextOpen: string }).__nextOpen = '/data/small.gexf';
  });
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await waitForOpened(page, 'small.gexf');
  await page.evaluate(() => (window as unknown as { __menu(c: string): void }).__menu('save'));
  await expect(page.getByRole('status').filter({ hasText: 'Saved small.gexf' })).toBeVisible();
  const saved = (await bridgeLog(page)).savedCurrent;
  expect(saved.map((s) => s.path)).toEqual(['/data/small.gexf']);
  expect(saved[0]?.data).toContain('<gexf');

  // Main now holds the broken file as "current"; Save must not overwrite it with this graph.
  await page.evaluate(() => {
    (window as unknown as { __nextOpen: string }).__nextOpen = '/data/syntax-error.json';
  });
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await expect(page.getByRole('alert')).toContainText('Could not open syntax-error.json:3');
  await page.evaluate(() => (window as unknown as { __menu(c: string): void }).__menu('save'));
  await expect(page.getByRole('dialog', { name: 'Save graph as' })).toBeVisible();
  expect((await bridgeLog(page)).savedCurrent).toHaveLength(1);
});
