// Save As through the dialog: a JSON or GEXF download reopens with the same counts; a workspace download restores positions, filters, style and selection.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import {
  canvasCounts,
  openApp,
  openPathsTab,
  openThroughChooser,
  waitForCanvasAtRest,
  waitForOpened,
} from '../support/app-page';

const DOWNLOADS = 'test-results/files-downloads';

/** Saves through the Save As dialog in `format` and returns the downloaded file's path. */
async function saveAsDownload(page: Page, format: string, base: string): Promise<string> {
  await page.getByRole('button', { name: 'Save graph as' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save graph as' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('File name').fill(base);
  await dialog.getByLabel('Format').selectOption(format);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const file = await download;
  mkdirSync(DOWNLOADS, { recursive: true });
  const path = join(DOWNLOADS, file.suggestedFilename());
  await file.saveAs(path);
  await expect(dialog).toBeHidden();
  return path;
}

test('the Save As dialog is modal, named, and closes with Escape', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Save graph as' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save graph as' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByLabel('File name')).toBeFocused();
  await expect(dialog.getByLabel('File name')).toHaveValue('alliance-atlas');
  await dialog.getByLabel('Format').selectOption('csv');
  await expect(dialog).toContainText('alliance-atlas-nodes.csv and alliance-atlas-edges.csv');
  await page.screenshot({ path: 'test-results/screenshots/files-save-dialog.png' });
  await page.keyboard.press('Control+Shift+D');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.screenshot({ path: 'test-results/screenshots/files-save-dialog-dark.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save graph as' })).toBeFocused();
});

for (const [format, extension] of [
  ['json', 'json'],
  ['gexf', 'gexf'],
  ['graphml', 'graphml'],
] as const) {
  test(`Save As ${format} downloads a file that reopens with the same counts`, async ({ page }) => {
    const dataset = loadEmbeddedGraph();
    await openApp(page);
    const path = await saveAsDownload(page, format, `round-trip-${format}`);
    expect(path.endsWith(`round-trip-${format}.${extension}`)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: `Saved round-trip-${format}.${extension}` })).toBeVisible();
    await expect(page).toHaveTitle(`round-trip-${format}.${extension} — Alliance Atlas`);

    await openApp(page);
    await openThroughChooser(page, [path]);
    await waitForOpened(page, `round-trip-${format}.${extension}`);
    const counts = await canvasCounts(page);
    expect([counts.nodes, counts.edges]).toEqual([dataset.order, dataset.size]);
  });
}

test('Save As CSV downloads a pair that reopens together', async ({ page }) => {
  const dataset = loadEmbeddedGraph();
  await openApp(page);
  await page.getByRole('button', { name: 'Save graph as' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save graph as' });
  await dialog.getByLabel('Format').selectOption('csv');
  const downloads: string[] = [];
  const written: Promise<void>[] = [];
  mkdirSync(DOWNLOADS, { recursive: true });
  page.on('download', (d) => {
    const path = join(DOWNLOADS, d.suggestedFilename());
    downloads.push(path);
    written.push(d.saveAs(path));
  });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved alliance-atlas-nodes.csv and alliance-atlas-edges.csv' }),
  ).toBeVisible();
  await expect.poll(() => downloads.length).toBe(2);
  // Both files are on disk once their saveAs promises settle: reopen them only then.
  await Promise.all(written);
  await openThroughChooser(page, downloads);
  await waitForOpened(page, 'alliance-atlas-edges.csv');
  const counts = await canvasCounts(page);
  expect([counts.nodes, counts.edges]).toEqual([dataset.order, dataset.size]);
});

test('a workspace restores positions, filters, focus, style, selection, path query and viewport', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('grid');
  await expect(page.locator('.canvas-activity .working')).toBeHidden({ timeout: 30_000 });
  await waitForCanvasAtRest(page);
  await page.getByRole('list', { name: 'Entity types' }).getByRole('button').first().click();
  await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption('degree');
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill('NATO');
  await search.press('Enter');
  await expect(page.locator('#details-title')).toHaveText('NATO');
  await page.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
  await page.getByRole('button', { name: 'Focus on selected' }).click();
  const crumb = page.getByRole('navigation', { name: 'Focus history' }).locator('[aria-current="step"]');
  await expect(crumb).toHaveText(/^NATO \(2, /);
  const crumbText = await crumb.textContent();
  await openPathsTab(page);
  const query = page.getByLabel('Query', { exact: true });
  await query.fill('ECOWAS -> Liberia all');
  await query.press('Enter');
  const results = page.getByRole('list', { name: 'Path results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const pathCount = await results.count();
  const queryText = await query.inputValue();
  // The user's own framing after the path result framed itself: the workspace must keep this one. The path's
  // framing animation must be over first, or it would carry on and undo the zoom.
  await waitForCanvasAtRest(page);
  const framed = await page.evaluate(() => window.__atlas?.zoom() ?? 0);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => page.evaluate(() => window.__atlas?.zoom() ?? 0)).toBeLessThan(framed);
  await waitForCanvasAtRest(page);
  const saved = {
    positions: await page.evaluate(() => window.__atlas?.positions()),
    counts: await canvasCounts(page),
    zoom: await page.evaluate(() => window.__atlas?.zoom()),
  };
  const path = await saveAsDownload(page, 'workspace', 'my-view');
  expect(path.endsWith('my-view.atlas.json')).toBe(true);

  await openApp(page);
  expect(await canvasCounts(page)).not.toEqual(saved.counts);
  await openThroughChooser(page, [path]);
  await waitForOpened(page, 'workspace my-view.atlas.json');
  await expect.poll(() => canvasCounts(page)).toEqual(saved.counts);
  // Positions and viewport are restored once the graph is shown: poll for them rather than read them once.
  const savedPositions = Object.entries(saved.positions ?? {});
  expect(savedPositions.length).toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const positions = await page.evaluate(() => window.__atlas?.positions() ?? {});
      return savedPositions.filter(([key, p]) => {
        const q = positions[key];
        return !q || Math.abs(q.x - p.x) >= 0.05 || Math.abs(q.y - p.y) >= 0.05;
      }).length;
    })
    .toBe(0);
  await expect.poll(() => page.evaluate(() => window.__atlas?.zoom() ?? 0)).toBeCloseTo(saved.zoom ?? 0, 3);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('grid');
  await expect(page.getByRole('combobox', { name: 'Size nodes by' })).toHaveValue('degree');
  await expect(page.getByRole('list', { name: 'Entity types' }).getByRole('button').first()).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.locator('#details-title')).toHaveText('NATO');
  await expect(crumb).toHaveText(crumbText ?? '');
  await expect(page.getByRole('combobox', { name: 'Focus depth' })).toHaveValue('2');
  await expect(page).toHaveTitle('my-view.atlas.json — Alliance Atlas');
  await openPathsTab(page);
  await expect(page.getByLabel('Query', { exact: true })).toHaveValue(queryText);
  await expect(results).toHaveCount(pathCount);
  await page.screenshot({ path: 'test-results/screenshots/files-workspace-restored.png' });
});
