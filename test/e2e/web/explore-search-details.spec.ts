// Explore: search (Ctrl+F, fuzzy, accent/case-insensitive) and the details panel of entities and relations, on the embedded graph and on an opened file.
import { expect, type Page, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { collectConsoleErrors, openApp, waitForCanvasAtRest } from '../support/app-page';

const graph = loadEmbeddedGraph();
const label = (key: string) => graph.getNodeAttribute(key, 'label');

async function searchAndPick(page: Page, query: string, optionName: RegExp) {
  await page.keyboard.press('Control+f');
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await expect(box).toBeFocused();
  await box.fill(query);
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toHaveAccessibleName(
    optionName,
  );
  await box.press('Enter');
}

test('Ctrl+F searches fuzzily, case- and accent-insensitively, and Enter selects and centres', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  await page.keyboard.press('Control+f');
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await expect(box).toBeFocused();
  await box.fill('écowàs');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toHaveAccessibleName(/^ECOWAS.*Alliance/);
  await box.fill('ecowsa');
  await expect(results.getByRole('option').first()).toHaveAccessibleName(/^ECOWAS/);
  // An alias finds its entity.
  await box.fill('north atlantic treaty');
  await expect(results.getByRole('option').first()).toHaveAccessibleName(/^NATO.*Alliance/);
  await page.screenshot({ path: 'test-results/screenshots/explore-search.png' });

  const zoomBefore = await page.evaluate(() => window.__atlas?.zoom() ?? 0);
  await box.press('Enter');
  const details = page.getByRole('tabpanel', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('NATO');
  // Centred: once the animation is over the node (with its label below it) sits in the middle of the canvas.
  await waitForCanvasAtRest(page);
  const canvasBox = await page.getByRole('application', { name: 'Graph canvas' }).boundingBox();
  if (!canvasBox) throw new Error('no canvas box');
  const offCentre = async () => {
    const at = await page.evaluate(() => window.__atlasExplore?.nodeOnPage('nato'));
    if (!at) return Number.POSITIVE_INFINITY;
    const dx = Math.abs(at.x - (canvasBox.x + canvasBox.width / 2));
    const dy = Math.abs(at.y - (canvasBox.y + canvasBox.height / 2));
    return Math.max(dx, dy);
  };
  await expect.poll(offCentre).toBeLessThan(30);
  expect(await page.evaluate(() => window.__atlas?.zoom() ?? 0)).toBeGreaterThanOrEqual(Math.min(zoomBefore, 1));

  // Click on an option selects too.
  await box.fill('liberia');
  await results
    .getByRole('option', { name: /^Liberia\b/ })
    .first()
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Liberia');
  expect(errors).toEqual([]);
});

test('details of NATO list its relations grouped by type and direction, including Kosovo and Afghanistan', async ({
  page,
}) => {
  await openApp(page);
  await searchAndPick(page, 'NATO', /^NATO/);
  const details = page.getByRole('tabpanel', { name: 'Details' });
  const nato = graph.getNodeAttributes('nato');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('NATO');
  await expect(details.getByText(nato.description)).toBeVisible();
  await expect(details.getByText(/Alliance · 1949/)).toBeVisible();
  // Provenance: the section titles of the source, not their ids.
  const titles = new Map(graph.getAttribute('sources').flatMap((s) => s.sections.map((x) => [x.id, x.title] as const)));
  const provenance = details.getByRole('list', { name: 'Provenance' });
  await expect(provenance.getByRole('listitem')).toHaveText(nato.provenance.map((id) => titles.get(id) ?? id));
  // Every relation appears under its type heading, as a button to the other end.
  const intervened = details.getByRole('list', { name: 'Intervened in →' });
  const targets = graph
    .filterOutEdges('nato', (_, a) => a.type === 'intervened-in')
    .map((e) => label(graph.target(e)))
    .sort((a, b) => a.localeCompare(b));
  await expect(intervened.getByRole('button', { name: /^(?!Relation)/ })).toHaveText(targets);
  expect(targets).toEqual(expect.arrayContaining(['Kosovo', 'Afghanistan']));
  const incoming = graph.inDegree('nato');
  expect(incoming).toBeGreaterThan(0);
  await expect(details.getByRole('heading', { level: 4, name: /\(from\)$/ }).first()).toBeVisible();
  await expect(details.getByRole('heading', { level: 3, name: `Relations (${graph.degree('nato')})` })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/explore-details-nato.png' });

  // A relation's own details, then back to an entity through its ends.
  const kosovoEdge = graph.filterOutEdges('nato', (_, a, _s, t) => t === 'kosovo' && a.type === 'intervened-in')[0];
  expect(kosovoEdge).toBeDefined();
  await details.getByRole('button', { name: 'Relation: NATO Intervened in Kosovo', exact: true }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('NATO → Kosovo');
  await expect(details.getByText(graph.getEdgeAttribute(kosovoEdge as string, 'description'))).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/explore-details-relation.png' });
  await details.getByRole('button', { name: 'Go to Kosovo (target)' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Kosovo');
  await details.getByRole('button', { name: 'NATO', exact: true }).first().click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('NATO');
  await details.getByRole('button', { name: 'Afghanistan', exact: true }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Afghanistan');
});

test('an opened graph is searchable and its text is shown as text, never as HTML', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  const hostile = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
  const file = {
    attributes: {
      ontology: {
        entityTypes: [{ id: 'thing', label: 'Thing', description: 'A thing', color: '#336699', shape: 'ellipse' }],
        relationTypes: [
          {
            id: 'links',
            label: 'Links',
            description: 'Links',
            polarity: 'neutral',
            symmetric: false,
            lineStyle: 'solid',
            color: '#777777',
          },
        ],
      },
      sources: [],
    },
    nodes: [
      { key: 'h', attributes: { label: hostile, type: 'thing', description: hostile } },
      { key: 'z', attributes: { label: 'Zürich', type: 'thing', description: 'A city' } },
    ],
    edges: [{ key: 'e1', source: 'h', target: 'z', attributes: { type: 'links', description: hostile } }],
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await (await chooser).setFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect.poll(() => page.evaluate(() => window.__atlas?.counts()?.nodes)).toBe(2);
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready)).toBe(true);
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.fill('zurich');
  await box.press('Enter');
  const details = page.getByRole('tabpanel', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Zürich');
  await details.getByRole('button', { name: hostile, exact: true }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(hostile);
  await expect(details.getByText(hostile).last()).toBeVisible();
  expect(await page.locator('.sidebar img, .sidebar b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.getByRole('button', { name: /^Thing: 2 of 2 shown$/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/explore-opened-file.png' });
  expect(errors).toEqual([]);
});
