// The desktop paths of the files UI, against a fake preload bridge that behaves like main (no Electron binary here): command-line open and its failure, recent files, Save writing back, title state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { SAVE_KINDS, saveMakesCurrent } from '../../../graph-data/host-api';
import { canvasCounts, openPathsTab, waitForOpened } from '../support/app-page';

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

/**
 * Installs `window.atlasHost` before the app starts. Like main's FileService, Save writes only to a path of this
 * session that may be written back: one handed over, or saved in a kind the contract's `saveMakesCurrent` names
 * (passed in, since the page cannot import it).
 */
async function installFakeBridge(page: Page): Promise<void> {
  const currentKinds = SAVE_KINDS.filter(saveMakesCurrent);
  await page.addInitScript(
    ({ files, currentKinds }: { files: Record<string, string>; currentKinds: string[] }) => {
      const log = { states: [], savedCurrent: [], savedAs: [] } as {
        states: unknown[];
        savedCurrent: unknown[];
        savedAs: unknown[];
      };
      const w = window as unknown as Record<string, unknown>;
      w.__bridgeLog = log;
      const writable = new Set<string>();
      const recent = ['/data/small.json', '/data/small.gexf', '/data/deleted.json'];
      // Like main: a path with no file is answered with why, in words, instead of bytes.
      const hand = (path: string) => {
        const name = path.split('/').pop() ?? path;
        const content = files[path];
        if (content === undefined) return { path, name, message: 'the file does not exist' };
        writable.add(path);
        return { name, path, bytes: new TextEncoder().encode(content) };
      };
      w.atlasHost = {
        openGraphFile: async () => hand(String(w.__nextOpen)),
        openRecentFile: async (path: string) => (recent.includes(path) ? hand(path) : null),
        listRecentFiles: async () => [...recent],
        saveFileAs: async (request: { suggestedName: string; kind: string }) => {
          log.savedAs.push({ name: request.suggestedName, kind: request.kind });
          const path = `/data/${request.suggestedName}`;
          if (currentKinds.includes(request.kind)) writable.add(path);
          return { path, name: request.suggestedName };
        },
        saveCurrentFile: async (request: { path: string; data: string }) => {
          if (!writable.has(request.path)) return null;
          log.savedCurrent.push({ path: request.path, data: String(request.data) });
          return { path: request.path, name: request.path.split('/').pop() };
        },
        exportPdf: async () => null,
        setDocumentState: async (state: { title: string; dirty: boolean }) => {
          log.states.push(state);
        },
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
        onFileOpenFailed: (listener: unknown) => {
          w.__fileOpenFailed = listener;
          return () => {};
        },
      };
    },
    { files: FILES, currentKinds },
  );
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

test('Save writes back in the file’s own format, still to it after another file failed to open', async ({ page }) => {
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

  // The broken file was handed over too, but the document on show is still small.gexf: Save goes there, never
  // over the file that failed (the renderer names its document's path, main checks it).
  await page.evaluate(() => {
    (window as unknown as { __nextOpen: string }).__nextOpen = '/data/syntax-error.json';
  });
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await expect(page.getByRole('alert')).toContainText('Could not open syntax-error.json:3');
  await page.evaluate(() => (window as unknown as { __menu(c: string): void }).__menu('save'));
  await expect
    .poll(async () => (await bridgeLog(page)).savedCurrent.map((s) => s.path))
    .toEqual(['/data/small.gexf', '/data/small.gexf']);
  await expect(page.getByRole('dialog', { name: 'Save graph as' })).toHaveCount(0);
});

test('Save As GEXF makes that file the one Save writes to; Save As CSV does not', async ({ page }) => {
  await start(page);
  const saveAs = async (format: string, base: string) => {
    await page.evaluate(() => (window as unknown as { __menu(c: string): void }).__menu('save-as'));
    const dialog = page.getByRole('dialog', { name: 'Save graph as' });
    await dialog.getByLabel('File name').fill(base);
    await dialog.getByLabel('Format').selectOption(format);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  };
  await saveAs('gexf', 'exported');
  await expect(page.getByRole('status').filter({ hasText: 'Saved exported.gexf' })).toBeVisible();
  // The window title (main sets it from the document state) names the file Save now writes to.
  await expect
    .poll(async () => (await bridgeLog(page)).states.at(-1))
    .toEqual({ title: 'exported.gexf', dirty: false });
  await page.evaluate(() => (window as unknown as { __menu(c: string): void }).__menu('save'));
  await expect
    .poll(async () => (await bridgeLog(page)).savedCurrent.map((s) => s.path))
    .toEqual(['/data/exported.gexf']);
  expect((await bridgeLog(page)).savedCurrent[0]?.data).toContain('<gexf');

  // A CSV pair is two files: it never becomes the document, so Save keeps writing the GEXF.
  await saveAs('csv', 'tables');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved tables-nodes.csv and tables-edges.csv' }),
  ).toBeVisible();
  await page.evaluate(() => (window as unknown as { __menu(c: string): void }).__menu('save'));
  await expect
    .poll(async () => (await bridgeLog(page)).savedCurrent.map((s) => s.path))
    .toEqual(['/data/exported.gexf', '/data/exported.gexf']);
  expect((await bridgeLog(page)).savedAs.map((s) => s.kind)).toEqual(['gexf', 'csv', 'csv']);
});

test('a file the OS asked us to open that cannot be read is shown as an error, and the graph stays', async ({
  page,
}) => {
  await start(page);
  const before = await canvasCounts(page);
  await page.evaluate(() => {
    const w = window as unknown as { __fileOpenFailed(failure: unknown): void };
    w.__fileOpenFailed({ path: '/data/pipe.json', name: 'pipe.json', message: 'it is not a regular file' });
  });
  await expect(page.getByRole('alert')).toHaveText(
    /Could not open pipe\.json: it is not a regular file\. The current graph is unchanged\./,
  );
  expect(await canvasCounts(page)).toEqual(before);
  await page.screenshot({ path: 'test-results/screenshots/files-os-open-failed.png' });
});

test("path results saved as JSON use their own JSON kind, not Markdown's", async ({ page }) => {
  await start(page);
  await openPathsTab(page);
  await page.getByLabel('Query', { exact: true }).fill('ECOWAS -> Liberia');
  await page.getByLabel('Query', { exact: true }).press('Enter');
  await expect(page.getByRole('list', { name: 'Path results' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export JSON' }).click();
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect
    .poll(async () => (await bridgeLog(page)).savedAs)
    .toEqual([
      { name: 'paths-ecowas-to-liberia.json', kind: 'json-export' },
      { name: 'paths-ecowas-to-liberia.md', kind: 'markdown' },
    ]);
});

test('a chosen or recent file that cannot be read is shown as an error naming it, and the graph stays', async ({
  page,
}) => {
  await start(page);
  const before = await canvasCounts(page);
  await page.evaluate(() => {
    (window as unknown as { __nextOpen: string }).__nextOpen = '/data/vanished.json';
  });
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Could not open vanished\.json: the file does not exist\. The current graph is unchanged\./,
  );
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  const recent = page.getByRole('navigation', { name: 'Recent files' });
  await recent.getByRole('button', { name: 'Recent files' }).click();
  await recent.getByRole('button', { name: 'deleted.json' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Could not open deleted\.json: the file does not exist\. The current graph is unchanged\./,
  );
  expect(await canvasCounts(page)).toEqual(before);
});
