// Explore a graph too big to draw entity by entity (60,000 entities written as GEXF): it opens as regions of its own positions, a click opens a region, search and selection draw an entity wherever it is, focus draws the ego view, and the regions close again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parseSizes, writeGraphFiles } from '../../../bench/browser/graph-files';
import { canvasCounts, collectConsoleErrors, openApp, openThroughChooser } from '../support/app-page';

const ENTITIES = 60_000;

const regions = (page: Page) => page.evaluate(() => window.__atlas?.regions() ?? []);

test('a 60,000-entity graph opens as regions; a click, a search and a focus draw entities as themselves', async ({
  page,
}) => {
  // Heavy on purpose: the file is 60,000 entities and 120,000 relations.
  test.setTimeout(300_000);
  const errors = collectConsoleErrors(page);
  const [file] = writeGraphFiles(parseSizes(`${ENTITIES}/120000`), mkdtempSync(join(tmpdir(), 'atlas-regions-')), 7);
  if (!file) throw new Error('no graph file written');
  await openApp(page);
  await openThroughChooser(page, [file.path]);
  await expect(page.getByText(`${ENTITIES} entities · 120000 relations`)).toBeVisible({ timeout: 180_000 });
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);

  // Every entity is counted in a region; none is drawn as itself; links between regions are drawn, at most 3,000.
  const summary = page.getByRole('status', { name: 'Regions' });
  await expect(summary).toContainText(`${ENTITIES.toLocaleString('en')} entities drawn as`);
  const opened = await regions(page);
  expect(opened.length).toBeGreaterThan(600);
  expect(opened.length).toBeLessThanOrEqual(2100);
  expect(opened.reduce((sum, region) => sum + region.count, 0)).toBe(ENTITIES);
  expect((await canvasCounts(page)).nodes).toBe(0);
  const links = await page.evaluate(() => window.__atlas?.regionLinks() ?? 0);
  expect(links).toBeGreaterThan(0);
  expect(links).toBeLessThanOrEqual(3000);
  // Regions are named over their discs, by their best-connected entity and how many more they hold.
  await expect.poll(async () => (await page.evaluate(() => window.__atlas?.labels() ?? [])).length).toBeGreaterThan(20);
  const names = (await page.evaluate(() => window.__atlas?.labels() ?? [])).map((label) => label.lines.join(' '));
  expect(names.every((name) => /^Entity \d+ \+\d+$/.test(name))).toBe(true);
  // Layouts are not offered: the graph stands at its file's positions.
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/regions-60k.png' });

  // A click on the region nearest the canvas's centre draws its entities and their relations among themselves.
  const box = await page.evaluate(() => window.__atlas?.canvasBox());
  if (!box) throw new Error('no canvas box');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const target = [...opened].sort(
    (p, q) => Math.hypot(p.x - centre.x, p.y - centre.y) - Math.hypot(q.x - centre.x, q.y - centre.y),
  )[0];
  if (!target) throw new Error('no region drawn');
  // Hovering a region says what it counts and what a click does.
  await page.mouse.move(target.x, target.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(`${target.count.toLocaleString('en')} entit`);
  await expect(tooltip).toContainText('Click to draw its entities.');
  await page.mouse.click(target.x, target.y);
  await expect.poll(async () => (await canvasCounts(page)).nodes, { timeout: 30_000 }).toBe(target.count);
  const after = await regions(page);
  expect(after.some((region) => region.id === target.id)).toBe(false);
  expect(after.length).toBe(opened.length - 1);
  const openedRelations = (await canvasCounts(page)).edges;
  expect(openedRelations).toBeGreaterThan(0);
  await expect(summary).toContainText(`${target.count} as themselves`);

  // A search draws the entity it selects wherever its region is, and names it in the details.
  const box2 = page.getByRole('combobox', { name: 'Search entities' });
  await box2.fill('Entity 12345');
  await page
    .getByRole('option', { name: /^Entity 12345\b/ })
    .first()
    .click();
  await expect(page.getByRole('tabpanel', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Entity 12345',
  );
  await expect.poll(async () => (await canvasCounts(page)).nodes).toBe(target.count + 1);
  expect(await page.evaluate(() => window.__atlas?.visibleNodeIds().includes('12345'))).toBe(true);

  // Closing the regions keeps the selected entity drawn; every other entity is counted in its region again.
  await page.getByRole('button', { name: 'Close regions' }).click();
  await expect.poll(async () => (await canvasCounts(page)).nodes).toBe(1);
  await expect.poll(async () => (await regions(page)).reduce((sum, r) => sum + r.count, 0)).toBe(ENTITIES - 1);

  // Focus on it: the ego view is small, so every shown entity is drawn as itself and no region remains.
  await page.getByRole('combobox', { name: 'Focus depth' }).selectOption('1');
  await page.getByRole('button', { name: 'Focus on selected' }).click();
  await expect.poll(async () => (await regions(page)).length, { timeout: 30_000 }).toBe(0);
  const ego = await canvasCounts(page);
  expect(ego.nodes).toBeGreaterThan(1);
  expect(ego.nodes).toBeLessThan(40);
  await expect(summary).toHaveCount(0);
  expect(errors).toEqual([]);
});
