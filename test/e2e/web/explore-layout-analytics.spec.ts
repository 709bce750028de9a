// Explore: every layout runs (animated, undoable), manual node moves undo, node sizing by metric, community colours, and the sortable metrics table.
import { expect, type Page, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { COMMUNITY_PALETTE, computeMetric } from '../../../graph-data/explore/graph-metrics';
import { collectConsoleErrors, openApp } from '../support/app-page';

const graph = loadEmbeddedGraph();
type Positions = Record<string, { x: number; y: number }>;
const positions = (page: Page) => page.evaluate(() => window.__atlas?.positions() ?? {});

function moved(a: Positions, b: Positions): number {
  return Object.keys(a).filter((k) => {
    const p = a[k];
    const q = b[k];
    return p && q && Math.hypot(p.x - q.x, p.y - q.y) > 1;
  }).length;
}

async function settle(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Running .* layout/ })).toHaveCount(0);
  await page.waitForTimeout(700);
}

test('each layout rearranges the graph and undo puts the previous positions back', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  const layout = page.getByRole('combobox', { name: 'Layout' });
  const names = ['dagre', 'concentric', 'circle', 'grid', 'by-type', 'fcose'];
  let before = await positions(page);
  for (const name of names) {
    await layout.selectOption(name);
    await settle(page);
    const after = await positions(page);
    expect(moved(before, after), `${name} moved nodes`).toBeGreaterThan(graph.order / 2);
    if (name === 'dagre' || name === 'by-type' || name === 'concentric') {
      await page.screenshot({ path: `test-results/screenshots/explore-layout-${name}.png` });
    }
    before = after;
  }
  // By type: every column holds one entity type.
  await layout.selectOption('by-type');
  await settle(page);
  const byType = await positions(page);
  const columns = new Map<number, Set<string>>();
  graph.forEachNode((key, attrs) => {
    const x = Math.round(byType[key]?.x ?? Number.NaN);
    columns.set(x, (columns.get(x) ?? new Set()).add(attrs.type));
  });
  for (const types of columns.values()) expect(types.size).toBe(1);

  await page.getByRole('button', { name: 'Undo view change' }).click();
  // The undo animates back; poll rather than guess how long that takes on a loaded machine.
  await expect.poll(async () => moved(before, await positions(page)), { timeout: 15_000 }).toBe(0);
  await expect(layout).toHaveValue('fcose');
  expect(errors).toEqual([]);
});

test('dragging a node moves it, and Ctrl+Z moves it back', async ({ page }) => {
  await openApp(page);
  const start = await page.evaluate(() => window.__atlasExplore?.nodeOnPage('ecowas'));
  expect(start).toBeTruthy();
  if (!start) return;
  const before = await positions(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 8 });
  await page.mouse.up();
  const after = await positions(page);
  expect(moved(before, after)).toBe(1);
  await page.getByRole('application', { name: 'Graph canvas' }).focus();
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(600);
  expect(moved(before, await positions(page))).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForTimeout(600);
  expect(moved(after, await positions(page))).toBe(0);
});

test('nodes size by degree, betweenness or PageRank and colour by Louvain community', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  const style = (id: string) => page.evaluate((key) => window.__atlasExplore?.nodeStyle(key), id);
  const degree = computeMetric(graph, 'degree');
  const [top] = [...degree].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const [low] = [...degree].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
  expect((await style(top))?.size).toBe(30);
  const sizeBy = page.getByRole('combobox', { name: 'Size nodes by' });
  await sizeBy.selectOption('degree');
  await expect.poll(async () => (await style(top))?.size).toBeGreaterThan(60);
  expect((await style(low))?.size ?? 99).toBeLessThan(30);
  for (const metric of ['betweenness', 'pagerank'] as const) {
    await sizeBy.selectOption(metric);
    const values = computeMetric(graph, metric);
    const [best] = [...values].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    await expect.poll(async () => (await style(best))?.size).toBe(70);
  }
  await page.screenshot({ path: 'test-results/screenshots/explore-size-pagerank.png' });

  await page.getByRole('combobox', { name: 'Colour nodes by' }).selectOption('community');
  const communities = computeMetric(graph, 'community');
  const fills = await page.evaluate(
    (keys) => keys.map((k) => window.__atlasExplore?.nodeStyle(k)?.fill ?? ''),
    [...communities.keys()],
  );
  const palette = COMMUNITY_PALETTE.map((c) => c.toLowerCase());
  for (const fill of fills) expect(palette).toContain(fill.toLowerCase());
  expect(new Set(fills).size).toBe(Math.min(new Set(communities.values()).size, palette.length));
  await page.screenshot({ path: 'test-results/screenshots/explore-communities.png' });
  expect(errors).toEqual([]);
});

test('the table lists entities sortable by metric; clicking a row selects the entity', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Entity metrics' });
  await expect(table).toBeVisible();
  const degree = computeMetric(graph, 'degree');
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const byDegree = [...degree].sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])));
  const firstRowHeader = () => table.getByRole('row').nth(1).getByRole('rowheader');
  await expect(firstRowHeader()).toHaveText(label(byDegree[0]?.[0] ?? ''));
  await expect(table.getByRole('columnheader', { name: /Degree/ })).toHaveAttribute('aria-sort', 'descending');

  const pagerank = computeMetric(graph, 'pagerank');
  const best = [...pagerank].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  await table.getByRole('button', { name: 'Sort by PageRank' }).click();
  await expect(firstRowHeader()).toHaveText(label(best));
  await table.getByRole('button', { name: 'Sort by Entity' }).click();
  const alphabetical = graph.mapNodes((_, a) => a.label).sort((a, b) => a.localeCompare(b));
  await expect(firstRowHeader()).toHaveText(alphabetical[0] ?? '');
  await expect(table.getByRole('row')).toHaveCount(graph.order + 1);
  await page.screenshot({ path: 'test-results/screenshots/explore-table.png' });

  await table.getByRole('button', { name: 'Sort by Betweenness' }).click();
  const row = table.getByRole('row').nth(1);
  const name = (await row.getByRole('rowheader').textContent()) ?? '';
  await row.getByRole('cell').first().click();
  expect(await page.evaluate(() => window.__atlasExplore?.selection())).toBe(
    graph.findNode((_, a) => a.label === name),
  );
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(name);
});
