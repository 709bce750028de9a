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
