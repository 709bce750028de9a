// Path UI actions: exports (Markdown, CSV), the canvas right-click menu, and Cancel on a large enumeration.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { collectConsoleErrors, openApp, openPathsTab, pathHighlight, waitForCanvasAtRest } from '../support/app-page';
import { askEngine } from './paths-oracle';

const graph = loadEmbeddedGraph();
const idOf = (label: string) => graph.findNode((_, attrs) => attrs.label === label) as string;
const [ecowasAll, r2pKosovo] = askEngine([
  { text: 'ECOWAS -> Liberia all' },
  { text: '"Responsibility to Protect" -> Kosovo' },
]);

test('exports the results as Markdown and CSV, identical to the engine formatters', async ({ page }) => {
  if (!ecowasAll) throw new Error('no engine answer');
  const { result } = ecowasAll;
  await openApp(page);
  await openPathsTab(page);
  await page.getByLabel('Query', { exact: true }).fill('ECOWAS -> Liberia all');
  await page.getByLabel('Query', { exact: true }).press('Enter');
  await expect(page.getByRole('list', { name: 'Path results' }).getByRole('listitem')).toHaveCount(result.paths.length);

  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toBe('paths-ecowas-to-liberia.md');
  const text = await readFile(await markdown.path(), 'utf8');
  expect(text).toBe(ecowasAll.markdown);
  expect(text).toContain('## Path 1');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(await readFile(await csv.path(), 'utf8')).toBe(ecowasAll.csv);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const parsed = JSON.parse(await readFile(await json.path(), 'utf8'));
  expect(parsed.paths).toHaveLength(result.paths.length);
});

test('right-click on entities: "Path from here", then "Path to here" runs the query', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const from = idOf('Responsibility to Protect');
  const to = idOf('Kosovo');
  if (!r2pKosovo) throw new Error('no engine answer');
  const expected = r2pKosovo.result;
  await openApp(page);
  for (const [id, item] of [
    [from, 'Path from here'],
    [to, 'Path to here'],
  ] as const) {
    // Where the node is drawn once nothing moves the canvas any more.
    await waitForCanvasAtRest(page);
    const point = await page.evaluate((key) => window.__atlasPaths?.pointOf(key) ?? null, id);
    if (!point) throw new Error(`no position for ${id}`);
    await page.mouse.click(point.x, point.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: `Actions for ${graph.getNodeAttribute(id, 'label')}` });
    await expect(menu.getByRole('menuitem', { name: 'Path from here' })).toBeFocused();
    await menu.getByRole('menuitem', { name: item }).click();
    await expect(menu).toHaveCount(0);
  }
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('Responsibility to Protect');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('Kosovo');
  await expect(page.getByRole('list', { name: 'Path results' }).getByRole('listitem')).toHaveCount(
    expected.paths.length,
  );
  await expect.poll(() => pathHighlight(page)).toMatchObject({ nodes: expected.paths[0]?.nodes.length });
  await waitForCanvasAtRest(page);
  await page.screenshot({ path: 'test-results/screenshots/paths-context-menu.png' });
  expect(errors).toEqual([]);
});

test('keyboard: Shift+F10 on the selected entity opens the menu; arrows and Enter choose; dark theme', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  await openPathsTab(page);
  await page.getByLabel('From', { exact: true }).fill('ECOWAS');
  // Select Liberia on the canvas with the keyboard route the explore panel offers (search, Enter).
  const canvas = page.getByRole('application', { name: 'Graph canvas' });
  await canvas.focus();
  await page.keyboard.press('Control+f');
  await page.getByRole('combobox', { name: 'Search entities' }).fill('Liberia');
  await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
  await expect.poll(() => page.evaluate(() => window.__atlasExplore?.selection())).toBe(idOf('Liberia'));
  await canvas.focus();
  // Pressed while the search's centring animation may still run: the moving view must not close the menu (it did).
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions for Liberia' });
  await expect(menu.getByRole('menuitem', { name: 'Path from here' })).toBeFocused();
  // Deterministically now: a wheel zoom moves the view, and the menu stays open next to its node.
  await waitForCanvasAtRest(page);
  const zoomBefore = await page.evaluate(() => window.__atlas?.zoom() ?? 0);
  const canvasBox = await canvas.boundingBox();
  if (!canvasBox) throw new Error('no canvas box');
  await page.mouse.move(canvasBox.x + 40, canvasBox.y + 40);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => page.evaluate(() => window.__atlas?.zoom() ?? 0)).toBeGreaterThan(zoomBefore);
  await waitForCanvasAtRest(page);
  const liberia = await page.evaluate((key) => window.__atlasPaths?.pointOf(key) ?? null, idOf('Liberia'));
  if (!liberia) throw new Error('Liberia is not on the canvas');
  await expect(menu).toBeVisible();
  await expect
    .poll(async () => {
      const box = await menu.boundingBox();
      return box ? Math.hypot(box.x - liberia.x, box.y - liberia.y) : Number.POSITIVE_INFINITY;
    })
    .toBeLessThan(2);
  await expect(menu.getByRole('menuitem', { name: 'Path from here' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Path to here' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('Liberia');
  await expect(page.getByText('1 path from ECOWAS to Liberia.')).toBeVisible();
  await expect.poll(() => pathHighlight(page)).toMatchObject({ nodes: 2, edges: 1 });
  await waitForCanvasAtRest(page);
  await page.screenshot({ path: 'test-results/screenshots/paths-dark-keyboard.png' });
  expect(errors).toEqual([]);
});

test('Cancel stops a large enumeration and keeps what was found', async ({ page }) => {
  await openApp(page);
  await openPathsTab(page);
  await page.getByText('Constraints').click();
  await page.getByLabel('Stop after (paths)').fill('10000000');
  // Long enough that the search is still running when Cancel is pressed, however slow the machine.
  await page.getByLabel('Stop after (seconds)').fill('120');
  await page.getByLabel('Query', { exact: true }).fill('NATO -> Somalia all direction any max 14');
  await page.getByLabel('Query', { exact: true }).press('Enter');
  await expect(page.getByLabel('Path search progress')).toBeVisible();
  // At least one path in hand before Cancel, so there is something to keep.
  await expect(page.getByRole('status').filter({ hasText: /^[1-9]\d* paths? found/ })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screenshots/paths-progress.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Search cancelled; the list is incomplete.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel('Path search progress')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Path results' }).getByRole('listitem').first()).toBeVisible();
});
