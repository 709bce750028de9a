// Explore: legend toggles, period and degree filters, reset, undo/redo of filters, and the focus (ego) views with their breadcrumb.
import { expect, type Page, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { egoNeighbourhood } from '../../../graph-data/explore/ego-view';
import { yearBounds } from '../../../graph-data/explore/time-span';
import { DEFAULT_VIEW_STATE } from '../../../graph-data/explore/view-types';
import { computeVisibility } from '../../../graph-data/explore/visibility';
import { canvasCounts, collectConsoleErrors, openApp } from '../support/app-page';

const graph = loadEmbeddedGraph();
const ontology = graph.getAttribute('ontology');
const typeLabel = (id: string) => ontology.entityTypes.find((t) => t.id === id)?.label ?? id;
const relationLabel = (id: string) => ontology.relationTypes.find((t) => t.id === id)?.label ?? id;
const visibleIds = (page: Page) => page.evaluate(() => (window.__atlas?.visibleNodeIds() ?? []).sort());
/** Polls, because the canvas applies a view change in the same task but the test reads it from another process. */
const visibleNodes = (page: Page) => expect.poll(async () => (await canvasCounts(page)).visibleNodes);
const visibleEdges = (page: Page) => expect.poll(async () => (await canvasCounts(page)).visibleEdges);

async function select(page: Page, query: string, name: string) {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.fill(query);
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await expect(page.getByRole('tabpanel', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(name);
}

test('legend entries toggle entity and relation types, counts update live, undo and redo restore them', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  const regions = graph.filterNodes((_, a) => a.type === 'region');
  const expected = computeVisibility(graph, { ...DEFAULT_VIEW_STATE, hiddenEntityTypes: ['region'] });
  const entry = page.getByRole('button', {
    name: `${typeLabel('region')}: ${regions.length} of ${regions.length} shown`,
  });
  await expect(entry).toHaveAttribute('aria-pressed', 'true');
  await entry.click();
  await expect(
    page.getByRole('button', { name: `${typeLabel('region')}: 0 of ${regions.length} shown` }),
  ).toHaveAttribute('aria-pressed', 'false');
  await visibleNodes(page).toBe(graph.order - regions.length);
  await visibleEdges(page).toBe(expected.edges.size);
  await expect(page.getByRole('status', { name: 'Graph counts' })).toContainText(
    `showing ${expected.nodes.size} · ${expected.edges.size}`,
  );
  await page.screenshot({ path: 'test-results/screenshots/explore-filter-type.png' });

  // A relation type too; its count in the legend follows.
  const contributes = graph.filterEdges((_, a) => a.type === 'contributes-to');
  const both = computeVisibility(graph, {
    ...DEFAULT_VIEW_STATE,
    hiddenEntityTypes: ['region'],
    hiddenRelationTypes: ['contributes-to'],
  });
  await page.getByRole('button', { name: new RegExp(`^${relationLabel('contributes-to')} \\(supportive\\):`) }).click();
  await visibleEdges(page).toBe(both.edges.size);
  expect(contributes.length).toBeGreaterThan(0);

  // Undo twice (Ctrl+Z with the canvas focused) restores the counts step by step; redo re-applies.
  await page.getByRole('application', { name: 'Graph canvas' }).focus();
  await page.keyboard.press('Control+z');
  await visibleEdges(page).toBe(expected.edges.size);
  await page.keyboard.press('Control+z');
  await visibleNodes(page).toBe(graph.order);
  await visibleEdges(page).toBe(graph.size);
  await page.keyboard.press('Control+Shift+z');
  await visibleNodes(page).toBe(graph.order - regions.length);
  // The toolbar buttons do the same.
  await page.getByRole('button', { name: 'Undo view change' }).click();
  await visibleNodes(page).toBe(graph.order);
  await expect(page.getByRole('button', { name: 'Redo view change' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('period and degree ranges filter, and reset filters shows everything again', async ({ page }) => {
  await openApp(page);
  const bounds = yearBounds(graph);
  expect(bounds).not.toBeNull();
  const [first, last] = bounds ?? [0, 0];
  const range: [number, number] = [1990, 2000];
  const expected = computeVisibility(graph, { ...DEFAULT_VIEW_STATE, yearRange: range });
  await page.getByRole('slider', { name: 'Period from' }).fill(String(range[0]));
  await page.getByRole('slider', { name: 'Period to' }).fill(String(range[1]));
  await expect(page.getByRole('status', { name: 'Period range' }).or(page.getByLabel('Period range'))).toHaveText(
    `${range[0]} – ${range[1]}`,
  );
  await visibleNodes(page).toBe(expected.nodes.size);
  await visibleEdges(page).toBe(expected.edges.size);
  expect(expected.nodes.size).toBeLessThan(graph.order);
  expect(first).toBeLessThan(range[0]);
  expect(last).toBeGreaterThan(range[1]);
  await page.screenshot({ path: 'test-results/screenshots/explore-filter-period.png' });

  const degree = computeVisibility(graph, { ...DEFAULT_VIEW_STATE, yearRange: range, degreeRange: [5, 1000] });
  await page.getByRole('slider', { name: 'Degree from' }).fill('5');
  await visibleNodes(page).toBe(degree.nodes.size);
  await expect(page.getByText(`Showing ${degree.nodes.size} of ${graph.order} entities`)).toBeVisible();

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await visibleNodes(page).toBe(graph.order);
  await visibleEdges(page).toBe(graph.size);
  await expect(page.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
});

test('the ego view of ECOWAS at depth 1 contains exactly its neighbours; depth, direction and the breadcrumb work', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  await select(page, 'ECOWAS', 'ECOWAS');
  await page.getByRole('combobox', { name: 'Focus depth' }).selectOption('1');
  await page.getByRole('button', { name: 'Focus on selected' }).click();
  const depth1 = ['ecowas', ...graph.neighbors('ecowas')].sort();
  await expect.poll(() => visibleIds(page)).toEqual(depth1);
  const crumbs = page.getByRole('navigation', { name: 'Focus history' });
  await expect(crumbs.getByRole('button', { name: 'ECOWAS (1, both ways)' })).toHaveAttribute('aria-current', 'step');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/screenshots/explore-ego-ecowas.png' });

  await page.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
  await page.getByRole('button', { name: 'Focus on selected' }).click();
  await expect.poll(() => visibleIds(page)).toEqual([...egoNeighbourhood(graph, 'ecowas', 2, 'both')].sort());

  await page.getByRole('combobox', { name: 'Focus direction' }).selectOption('out');
  await page.getByRole('button', { name: 'Focus on selected' }).click();
  await expect.poll(() => visibleIds(page)).toEqual([...egoNeighbourhood(graph, 'ecowas', 2, 'out')].sort());

  // Back and forward along the trail.
  await crumbs.getByRole('button', { name: 'Back to previous focus' }).click();
  await expect.poll(() => visibleIds(page)).toEqual([...egoNeighbourhood(graph, 'ecowas', 2, 'both')].sort());
  await crumbs.getByRole('button', { name: 'Back to previous focus' }).click();
  await expect.poll(() => visibleIds(page)).toEqual(depth1);
  await crumbs.getByRole('button', { name: 'Forward to next focus' }).click();
  await expect
    .poll(async () => (await visibleIds(page)).length)
    .toBe(egoNeighbourhood(graph, 'ecowas', 2, 'both').size);
  await crumbs.getByRole('button', { name: 'Whole graph' }).click();
  await visibleNodes(page).toBe(graph.order);
  expect(errors).toEqual([]);
});

test('hide selected, show only the selection, show all, and undo of a hide', async ({ page }) => {
  await openApp(page);
  await select(page, 'NATO', 'NATO');
  await page.getByRole('button', { name: 'Hide selected' }).click();
  await visibleNodes(page).toBe(graph.order - 1);
  await expect.poll(() => visibleIds(page)).not.toContain('nato');
  await expect(page.getByRole('button', { name: 'Show NATO again' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo view change' }).click();
  await visibleNodes(page).toBe(graph.order);

  await select(page, 'Kosovo', 'Kosovo');
  await page.getByRole('button', { name: 'Only selected + neighbours' }).click();
  await expect.poll(() => visibleIds(page)).toEqual(['kosovo', ...new Set(graph.neighbors('kosovo'))].sort());
  await page.getByRole('button', { name: 'Show all' }).click();
  await visibleNodes(page).toBe(graph.order);
});
