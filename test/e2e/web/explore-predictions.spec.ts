// Predictions and the questions of issue 12 in the UI: predicted relations read "(predicted)" in the details panel and the path narration, and Peacebuilding's details say what undermines it.
import { expect, type Page, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { collectConsoleErrors, openApp, openPathsTab } from '../support/app-page';
import { askEngine } from './paths-oracle';

const graph = loadEmbeddedGraph();
const label = (key: string) => graph.getNodeAttribute(key, 'label');
const relationLabel = (type: string) =>
  graph.getAttribute('ontology').relationTypes.find((t) => t.id === type)?.label ?? type;

// A predicted relation of the dataset, found by its flag (no id or label is hard-coded).
const predictedEdge = graph.findEdge((_, a) => a.future === true && a.type === 'addresses');
if (!predictedEdge) throw new Error('the embedded graph has no predicted "addresses" relation');
const source = label(graph.source(predictedEdge));
const target = label(graph.target(predictedEdge));
const typeLabel = relationLabel('addresses');
const [shortest] = askEngine([{ text: `"${source}" -> "${target}"` }]);

async function selectEntity(page: Page, name: string) {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.fill(name);
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  const details = page.getByRole('tabpanel', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
  return details;
}

test('a predicted relation reads "(predicted)" in the entity details and "predicted" in its own details', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  const details = await selectEntity(page, target);
  const incoming = details.getByRole('list', { name: `← ${typeLabel} (from)` });
  await expect(incoming.getByRole('listitem').filter({ hasText: source })).toContainText('(predicted)');
  // Relations that are not predictions carry no mark.
  const unmarked = graph
    .inEdges(graph.target(predictedEdge))
    .filter((e) => graph.getEdgeAttribute(e, 'future') !== true);
  for (const edge of unmarked) {
    const name = `Relation: ${label(graph.source(edge))} ${relationLabel(graph.getEdgeAttribute(edge, 'type'))} ${target}`;
    await expect(details.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/screenshots/explore-details-predicted.png' });

  await details
    .getByRole('button', { name: `Relation: ${source} ${typeLabel} ${target} (predicted)`, exact: true })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(`${source} → ${target}`);
  await expect(details.locator('.details-type')).toContainText('implied · predicted, not reported as fact');
  await expect(details.getByText(graph.getEdgeAttribute(predictedEdge, 'description'))).toBeVisible();
  expect(errors).toEqual([]);
});

test('the path narration marks the predicted hop in the chain, the evidence and the hop list', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  if (!shortest) throw new Error('no engine answer');
  const chain = shortest.chains[0] ?? '';
  expect(chain).toContain('(predicted)');
  await openApp(page);
  await openPathsTab(page);
  const bar = page.getByLabel('Query', { exact: true });
  await bar.fill(`"${source}" -> "${target}"`);
  await bar.press('Enter');
  const results = page.getByRole('list', { name: 'Path results' }).getByRole('listitem');
  await expect(results.first().locator('.path-chain')).toHaveText(chain);
  await expect(results.first()).toContainText('1 predicted');
  const hops = page.getByRole('list', { name: 'Hops of the selected path' }).getByRole('listitem');
  await expect(hops.first()).toContainText(`${typeLabel} (predicted)`);
  await expect(page.getByText(/Evidence: .*1 predicted\./)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/paths-predicted.png' });
  expect(errors).toEqual([]);
});

test('Peacebuilding\'s details answer "what undermines peacebuilding?" in one hop', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const peacebuilding = graph.findNode((_, a) => a.label === 'Peacebuilding');
  if (!peacebuilding) throw new Error('no Peacebuilding entity');
  const underminers = graph
    .inEdges(peacebuilding)
    .filter((e) => graph.getEdgeAttribute(e, 'type') === 'undermines')
    .map((e) => label(graph.source(e)))
    .sort((a, b) => a.localeCompare(b));
  expect(underminers.length).toBeGreaterThanOrEqual(4);
  await openApp(page);
  const details = await selectEntity(page, 'Peacebuilding');
  const list = details.getByRole('list', { name: `← ${relationLabel('undermines')} (from)` });
  await expect(list.getByRole('button', { name: /^(?!Relation)/ })).toHaveText(underminers);
  await page.screenshot({ path: 'test-results/screenshots/explore-details-peacebuilding.png' });
  expect(errors).toEqual([]);
});
