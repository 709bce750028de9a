// Owns shared steps of the web end-to-end tests: open the app, wait for the first layout, collect console errors, read counts.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface CanvasCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** Starts collecting console errors and page errors before navigation, so none is missed. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('index.html');
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 30_000 }).toBe(true);
}

/** Waits until no layout is running and no framing, layout or undo animation is moving the canvas (screenshots and positions are then final). */
export async function waitForCanvasAtRest(page: Page): Promise<void> {
  // A layout in the worker (its Stop button is shown) will still move entities when it lands.
  await expect(page.getByRole('button', { name: 'Stop layout' })).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => window.__atlas?.animating() === false), { timeout: 15_000 }).toBe(true);
}

export async function canvasCounts(page: Page): Promise<CanvasCounts> {
  const counts = await page.evaluate(() => window.__atlas?.counts() ?? null);
  if (!counts) throw new Error('the app exposes no canvas counts');
  return counts;
}

/** Opens the Paths tab of the right sidebar. */
export async function openPathsTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Paths' }).click();
  await expect(page.getByLabel('From', { exact: true })).toBeVisible();
}

/** Counts of canvas elements the path highlight marked. */
export async function pathHighlight(
  page: Page,
): Promise<{ nodes: number; edges: number; faded: number; hidden: number }> {
  return page.evaluate(() => {
    const probe = window.__atlasPaths;
    if (!probe) throw new Error('the app exposes no path probe');
    return { ...probe.highlighted(), faded: probe.faded(), hidden: probe.hidden() };
  });
}

/** Opens files through the toolbar's "Open graph file" button and the page's file chooser. */
export async function openThroughChooser(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await (await chooser).setFiles(paths);
}

/** Waits for the "Opened …" notice and the new graph's first layout. */
export async function waitForOpened(page: Page, fileName: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: `Opened ${fileName}` })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 30_000 }).toBe(true);
}

/** Opens the "Export image" dialog from the toolbar and waits for its preview. */
export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export PNG image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Export preview' })).toBeVisible({ timeout: 30_000 });
  return dialog;
}

/** Clicks Export in the dialog and returns the downloaded file's name and bytes. */
export async function exportDownload(page: Page, dialog: Locator): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  // An export that fails says so in the dialog: report that instead of waiting out the download.
  const failed = dialog
    .getByRole('alert')
    .waitFor({ timeout: 120_000 })
    .then(
      async () => {
        throw new Error(`export failed: ${await dialog.getByRole('alert').textContent()}`);
      },
      () => new Promise<never>(() => undefined),
    );
  const file = await Promise.race([download, failed]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}
