// Path queries in the UI on the embedded graph: results and chains match the engine, the canvas highlights the path, no-path explanations.
import { expect, type Page, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import {
  canvasCounts,
  collectConsoleErrors,
  openApp,
  openPathsTab,
  pathHighlight,
  waitForCanvasAtRest,
} from '../support/app-page';
import { askEngine } from './paths-oracle';

const graph = loadEmbeddedGraph();
const QUERY_TEXT = 'ECOWAS -> Liberia via intervened-in,deployed max 3';
const [ecowasAll, r2pKosovo, textQuery, noPath] = askEngine([
  { text: 'ECOWAS -> Liberia all' },
  { text: '"Responsibility to Protect" -> Kosovo' },
  { text: QUERY_TEXT },
  { text: 'Liberia -> ECOWAS' },
]);

async function runForm(page: Page, from: string, to: string, mode: string) {
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  await page.getByLabel('Mode', { exact: true }).selectOption(mode);
  await page.getByRole('button', { name: 'Find paths' }).click();
}

function results(page: Page) {
  return page.getByRole('list', { name: 'Path results' }).getByRole('listitem');
}

test('ECOWAS to Liberia, all paths: the list and the first chain match the engine, the path is highlighted', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  if (!ecowasAll) throw new Error('no engine answer');
  const { result, chains } = ecowasAll;
  expect(result.paths.length).toBeGreaterThan(1);
  await openApp(page);
  await openPathsTab(page);
  await runForm(page, 'ECOWAS', 'Liberia', 'all');

  await expect(results(page)).toHaveCount(result.paths.length);
  await expect(results(page).first().locator('.path-chain')).toHaveText(chains[0] as string);
  await expect(page.getByText(`${result.paths.length} paths from ECOWAS to Liberia.`)).toBeVisible();
  const first = result.paths[0];
  if (!first) throw new Error('no first path');
  await expect.poll(() => pathHighlight(page)).toMatchObject({ nodes: first.nodes.length, edges: first.edges.length });
  const counts = await canvasCounts(page);
  await expect
    .poll(async () => (await pathHighlight(page)).faded)
    .toBe(counts.nodes + counts.edges - first.nodes.length - first.edges.length);
  // Badges are text: hops, polarity, evidence.
  await expect(results(page).first()).toContainText(`${first.length} hop`);
  await expect(results(page).first()).toContainText(/stated|implied|unsourced/);
  // The narration of the selected path, hop by hop.
  const hops = page.getByRole('list', { name: 'Hops of the selected path' }).getByRole('listitem');
  await expect(hops).toHaveCount(ecowasAll.hopCounts[0] ?? 0);
  await expect(hops.first()).toContainText(ecowasAll.firstHops[0] ?? '');
  await waitForCanvasAtRest(page);
  await page.screenshot({ path: 'test-results/screenshots/paths-ecowas-liberia.png' });

  // Selecting another result moves the highlight to it.
  const second = result.paths[1];
  if (!second) throw new Error('no second path');
  await results(page).nth(1).getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Path 2' })).toBeVisible();
  await expect
    .poll(() => pathHighlight(page))
    .toMatchObject({ nodes: second.nodes.length, edges: second.edges.length });
  await waitForCanvasAtRest(page);
  await page.screenshot({ path: 'test-results/screenshots/paths-ecowas-liberia-second.png' });

  // Hovering a result previews it; leaving the list goes back to the selected one.
  const third = result.paths[2];
  if (!third) throw new Error('no third path');
  await results(page).nth(2).getByRole('button').hover();
  await expect.poll(() => pathHighlight(page)).toMatchObject({ nodes: third.nodes.length, edges: third.edges.length });
  await page.mouse.move(5, 5);
  await expect
    .poll(() => pathHighlight(page))
    .toMatchObject({ nodes: second.nodes.length, edges: second.edges.length });
  // Arrow keys move the selection along the list.
  await results(page).nth(1).getByRole('button').focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(2).getByRole('button')).toBeFocused();
  await expect(results(page).nth(2).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('the Responsibility to Protect to Kosovo: shortest path, then "show only paths"', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  if (!r2pKosovo) throw new Error('no engine answer');
  const { result, chains } = r2pKosovo;
  const path = result.paths[0];
  if (!path) throw new Error('the engine finds no path');
  await openApp(page);
  await openPathsTab(page);
  await runForm(page, 'Responsibility to Protect', 'Kosovo', 'shortest');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first().locator('.path-chain')).toHaveText(chains[0] as string);
  await expect.poll(() => pathHighlight(page)).toMatchObject({ nodes: path.nodes.length, edges: path.edges.length });
  await waitForCanvasAtRest(page);
  await page.screenshot({ path: 'test-results/screenshots/paths-r2p-kosovo.png' });

  await page.getByLabel('Show only paths').check();
  const counts = await canvasCounts(page);
  await expect.poll(async () => (await canvasCounts(page)).visibleNodes).toBe(path.nodes.length);
  await expect
    .poll(async () => (await pathHighlight(page)).hidden)
    .toBe(counts.nodes + counts.edges - path.nodes.length - path.edges.length);
  await page.screenshot({ path: 'test-results/screenshots/paths-r2p-kosovo-only.png' });

  // Clearing gives the whole graph back, with nothing highlighted.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect.poll(async () => (await canvasCounts(page)).visibleNodes).toBe(graph.order);
  await expect.poll(() => pathHighlight(page)).toMatchObject({ nodes: 0, edges: 0, faded: 0, hidden: 0 });
  expect(errors).toEqual([]);
});

test('the text query bar runs the short form and keeps it in history', async ({ page }) => {
  const text = QUERY_TEXT;
  if (!textQuery) throw new Error('no engine answer');
  const { result, chains } = textQuery;
  await openApp(page);
  await openPathsTab(page);
  const bar = page.getByLabel('Query', { exact: true });
  await bar.fill(text);
  await bar.press('Enter');
  await expect(results(page)).toHaveCount(result.paths.length);
  await expect(results(page).first().locator('.path-chain')).toHaveText(chains[0] as string);
  // The form shows the parsed query, and the history offers it again.
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('ECOWAS');
  await expect(page.getByLabel('Max hops')).toHaveValue('3');
  await expect(page.locator('#path-history-list option').first()).toHaveAttribute('value', text);

  // A recent query runs again from the visible history list.
  await bar.fill('');
  await page.getByText('Recent queries').click();
  await page.getByRole('list', { name: 'Recent queries' }).getByRole('button', { name: text }).click();
  await expect(bar).toHaveValue(text);
  await expect(results(page)).toHaveCount(result.paths.length);

  await bar.fill('ECOWAS -> ');
  await bar.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Query:');
});

test('a query with no path shows the engine explanation', async ({ page }) => {
  if (!noPath) throw new Error('no engine answer');
  const { result } = noPath;
  expect(result.paths).toHaveLength(0);
  const sentence = result.explanation?.sentence ?? '';
  expect(sentence).not.toBe('');
  await openApp(page);
  await openPathsTab(page);
  await runForm(page, 'Liberia', 'ECOWAS', 'shortest');
  await expect(page.getByText('No path from Liberia to ECOWAS.')).toBeVisible();
  await expect(page.getByText(sentence)).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  expect(await pathHighlight(page)).toMatchObject({ nodes: 0, edges: 0 });
  await page.screenshot({ path: 'test-results/screenshots/paths-no-path.png' });

  await runForm(page, 'Libera', 'ECOWAS', 'shortest');
  await expect(page.getByRole('alert')).toContainText('Liberia');
  // A close name is a button: it replaces the misspelt name and runs again.
  await page.getByRole('alert').getByRole('button', { name: 'Liberia', exact: true }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('Liberia');
  await expect(page.getByText(sentence)).toBeVisible();
});
