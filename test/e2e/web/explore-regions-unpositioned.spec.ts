// A graph too big to draw entity by entity and without positions (a 52,000-entity edge-list CSV): it is laid out in the worker before it is shown, with progress and Cancel while the open graph stays, then opens as regions of the layout's positions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { seededRandom } from '../../../bench/seeded-random';
import { canvasCounts, collectConsoleErrors, openApp, openThroughChooser } from '../support/app-page';

const ENTITIES = 52_000;

/**
 * An edge list of a network of communities: entities in groups of 20–200, each linked to two others of its group,
 * and one relation in ten between random entities. Every entity is named by at least one row. Seeded.
 */
function edgeListCsv(entities: number, dir: string): { path: string; relations: number } {
  const random = seededRandom(52_000);
  const rows = ['source,target'];
  const seen = new Set<string>();
  const link = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    rows.push(`e${a},e${b}`);
  };
  for (let start = 0; start < entities; ) {
    const size = Math.min(entities - start, 20 + Math.floor(180 * random()));
    for (let i = 0; i < size; i++) {
      const id = start + i;
      // A chain through the group names every entity; one more relation within it.
      if (i > 0) link(id - 1, id);
      link(id, start + Math.floor(random() * size));
    }
    if (size === 1) link(start, Math.floor(random() * entities));
    start += size;
  }
  for (let k = 0; k < entities / 10; k++) link(Math.floor(random() * entities), Math.floor(random() * entities));
  const path = join(dir, 'communities-52k.csv');
  writeFileSync(path, `${rows.join('\n')}\n`);
  return { path, relations: rows.length - 1 };
}

const regions = (page: Page) => page.evaluate(() => window.__atlas?.regions() ?? []);
const graphCounts = (page: Page) => page.getByLabel('Graph counts');

test('a 52,000-entity edge list without positions is laid out first, then opens as regions; Cancel keeps the open graph', async ({
  page,
}) => {
  // Heavy on purpose: two opens of 52,000 entities, one laid out in full.
  test.setTimeout(300_000);
  const errors = collectConsoleErrors(page);
  const { path: file, relations } = edgeListCsv(ENTITIES, mkdtempSync(join(tmpdir(), 'atlas-unpositioned-')));
  await openApp(page);
  const embedded = await graphCounts(page).textContent();

  // Cancel while it is laid out: the embedded graph stays, and the notice says so.
  await openThroughChooser(page, [file]);
  const opening = page.getByRole('status', { name: 'Opening file' });
  await expect(opening).toContainText('laying out its entities (the file has no positions)', { timeout: 120_000 });
  await opening.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText('Opening communities-52k.csv was cancelled. The current graph is unchanged.'),
  ).toBeVisible();
  await expect(opening).toHaveCount(0);
  await expect(graphCounts(page)).toHaveText(embedded ?? '');

  // Opened again and left to finish: how far the layout is shows while the embedded graph is still on show.
  await openThroughChooser(page, [file]);
  await expect(opening).toContainText(/laying out its entities \(the file has no positions\) [1-9]\d?%/, {
    timeout: 120_000,
  });
  await expect(graphCounts(page)).toHaveText(embedded ?? '');
  await page.screenshot({ path: 'test-results/screenshots/regions-52k-laying-out.png' });
  await expect(graphCounts(page)).toHaveText(`${ENTITIES} entities · ${relations} relations`, { timeout: 180_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'laid out first (the file has no positions)' }),
  ).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);

  // Regions of the layout's positions: every entity counted in one, none drawn as itself, layouts off.
  const summary = page.getByRole('status', { name: 'Regions' });
  await expect(summary).toContainText(`${ENTITIES.toLocaleString('en')} entities drawn as`);
  const opened = await regions(page);
  expect(opened.length).toBeGreaterThan(500);
  expect(opened.reduce((sum, region) => sum + region.count, 0)).toBe(ENTITIES);
  expect((await canvasCounts(page)).nodes).toBe(0);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/regions-52k-laid-out.png' });
  expect(errors).toEqual([]);
});
