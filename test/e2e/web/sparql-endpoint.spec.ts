// The SPARQL UI against a real Virtuoso: connect, search, load with the per-expansion cap, expand again, remote paths, errors that leave the graph as it was, and saving what was loaded.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SYNTHETIC_GRAPH } from '../../support/sparql-fixtures/load-fixtures';
import { startMisbehavingEndpoint } from '../../support/sparql-fixtures/misbehaving-endpoint';
import { EX } from '../../support/sparql-fixtures/synthetic-rdf';
import { canvasCounts, collectConsoleErrors, openApp, waitForCanvasAtRest } from '../support/app-page';
import { expect, test, VIRTUOSO_MISSING } from '../support/virtuoso-fixture';

const SHOTS = 'test-results/screenshots';

/** Waits until the canvas shows the graph with these counts, laid out (what the user sees, not only the store). */
async function expectCanvas(page: Page, nodes: number, edges: number): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(async () => canvasCounts(page), { timeout: 30_000 })
    .toEqual({
      nodes,
      edges,
      visibleNodes: nodes,
      visibleEdges: edges,
    });
  await expect(page.getByLabel('Graph counts')).toHaveText(`${nodes} entities · ${edges} relations`);
}

async function connect(page: Page, endpoint: string, graph: string, timeoutSeconds?: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Connect to SPARQL endpoint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect to SPARQL endpoint' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByLabel('Endpoint URL')).toBeFocused();
  await dialog.getByLabel('Endpoint URL').fill(endpoint);
  await dialog.getByLabel('Named graph (optional)').fill(graph);
  if (timeoutSeconds !== undefined)
    await dialog.getByLabel('Timeout per request (seconds)').fill(String(timeoutSeconds));
  await dialog.getByRole('button', { name: 'Connect' }).click();
  return dialog;
}

/** Saves the open graph as JSON through the Save As dialog and returns the parsed download. */
async function savedGraph(
  page: Page,
): Promise<{ nodes: { key: string; attributes: { label: string } }[]; edges: unknown[] }> {
  await page.getByRole('button', { name: 'Save graph as' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save graph as' });
  await dialog.getByLabel('File name').fill('from-endpoint');
  await dialog.getByLabel('Format').selectOption('json');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const file = await download;
  mkdirSync('test-results/sparql-downloads', { recursive: true });
  const path = join('test-results/sparql-downloads', `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8'));
}

test('connects to the endpoint, loads and expands entities with a visible cap, finds a path, and saves what was loaded', async ({
  page,
  virtuoso,
}) => {
  test.skip(virtuoso === null, VIRTUOSO_MISSING);
  if (!virtuoso) return;
  const errors = collectConsoleErrors(page);
  await openApp(page);
  const dialog = await connect(page, virtuoso.endpoint, SYNTHETIC_GRAPH);
  await expect(dialog).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'SPARQL endpoint' });
  await expect(panel).toContainText(`${virtuoso.endpoint} (graph ${SYNTHETIC_GRAPH})`);
  await expect(panel.getByRole('status', { name: 'SPARQL result' })).toHaveText(
    `Connected: ${virtuoso.syntheticTriples.toLocaleString('en-US')} triples. Search for an entity to load it.`,
  );
  await expect(page.locator('.status-file')).toHaveText(`${virtuoso.endpoint} (graph ${SYNTHETIC_GRAPH})`);

  await panel.getByLabel('Search the endpoint').fill('central hub');
  await panel.getByRole('button', { name: 'Search' }).click();
  const matches = panel.getByRole('list', { name: 'Endpoint matches' });
  await expect(matches.getByRole('listitem')).toHaveCount(1);
  await expect(matches).toContainText('Central Hub');
  await expect(matches).toContainText('Organisation');
  await page.screenshot({ path: `${SHOTS}/sparql-search.png` });

  await matches.getByRole('button', { name: 'Load Central Hub' }).click();
  const result = panel.getByRole('status', { name: 'SPARQL result' });
  await expect(result).toHaveText(
    'Central Hub: showing 200 of 451 neighbours (201 new entities; 201 entities and 200 relations in the graph). Expand again for more.',
  );
  await expectCanvas(page, 201, 200);
  await matches.getByRole('button', { name: 'Load Central Hub' }).click();
  await expect(result).toHaveText(
    'Central Hub: showing 400 of 451 neighbours (200 new entities; 401 entities and 400 relations in the graph). Expand again for more.',
  );
  await expectCanvas(page, 401, 400);
  await waitForCanvasAtRest(page);
  await page.screenshot({ path: `${SHOTS}/sparql-expanded.png` });

  // Double-clicking the hub expands it where it stands: the new neighbours join, the entities already there stay put.
  const positions = () => page.evaluate(() => window.__atlas?.positions() ?? {});
  const before = await positions();
  const hub = await page.evaluate((key) => window.__atlasExplore?.nodeOnPage(key) ?? null, `${EX}hub`);
  if (!hub) throw new Error('the hub is not on the canvas');
  await page.mouse.dblclick(hub.x, hub.y);
  await expect(result).toHaveText(
    'Central Hub: all 451 neighbours (51 new entities; 452 entities and 451 relations in the graph).',
  );
  await expectCanvas(page, 452, 451);
  // The details of the hub (selected by the double-click) follow the edit.
  await expect(page.getByRole('heading', { name: 'Relations (451)' })).toBeVisible();
  await waitForCanvasAtRest(page);
  const after = await positions();
  const moved = Object.entries(before).map(([key, p]) =>
    Math.hypot((after[key]?.x ?? 0) - p.x, (after[key]?.y ?? 0) - p.y),
  );
  const xs = Object.values(before).map((p) => p.x);
  const width = Math.max(...xs) - Math.min(...xs);
  moved.sort((a, b) => a - b);
  // Most entities keep their place (a separation pass may nudge a few); a fresh layout would move nearly all.
  expect(moved[Math.floor(moved.length / 2)] ?? Number.POSITIVE_INFINITY).toBeLessThan(width * 0.02);
  await page.screenshot({ path: `${SHOTS}/sparql-expanded-in-place.png` });

  const paths = panel.getByRole('form', { name: 'Paths on the endpoint' });
  await paths.getByLabel('From').fill('chain stop 1');
  await paths.getByLabel('To').fill(`${EX}chain5`);
  await paths.getByRole('button', { name: 'Find paths' }).click();
  const outcome = panel.getByLabel('Endpoint path result');
  await expect(outcome).toContainText('Shortest path: 4 hops, added to the graph.');
  await expect(outcome.getByRole('listitem')).toHaveText([
    'Chain Stop 1 —next→ Chain Stop 2 —next→ Chain Stop 3 —next→ Chain Stop 4 —next→ Chain Stop 5',
  ]);
  await expectCanvas(page, 457, 455);
  await page.screenshot({ path: `${SHOTS}/sparql-path.png` });

  // Everything loaded is an ordinary graph: saved as JSON, it holds the hub, its 451 neighbours and the chain.
  const saved = await savedGraph(page);
  expect(saved.nodes).toHaveLength(457);
  expect(saved.edges).toHaveLength(455);
  expect(saved.nodes.find((n) => n.key === `${EX}hub`)?.attributes.label).toBe('Central Hub');
  expect(errors).toEqual([]);
});

test('a failed request says what failed and leaves the graph exactly as it was', async ({ page, virtuoso }) => {
  test.skip(virtuoso === null, VIRTUOSO_MISSING);
  if (!virtuoso) return;
  await openApp(page);
  await connect(page, virtuoso.endpoint, SYNTHETIC_GRAPH);
  const panel = page.getByRole('complementary', { name: 'SPARQL endpoint' });
  await panel.getByLabel('Search the endpoint').fill('Diamond');
  await panel.getByRole('button', { name: 'Search' }).click();
  await panel.getByRole('button', { name: 'Load Diamond Top' }).click();
  const result = panel.getByRole('status', { name: 'SPARQL result' });
  await expect(result).toContainText('Diamond Top: all 2 neighbours');
  const before = await savedGraph(page);

  // The endpoint now fails every query with its own message.
  await page.route(virtuoso.endpoint, (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'Virtuoso 42000 Error SR483: out of memory' }),
  );
  await panel.getByRole('button', { name: 'Load Diamond Left' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    `SPARQL endpoint ${virtuoso.endpoint}: HTTP 500 Internal Server Error: Virtuoso 42000 Error SR483: out of memory`,
  );
  await page.screenshot({ path: `${SHOTS}/sparql-http-error.png` });
  await page.unroute(virtuoso.endpoint);
  const after = await savedGraph(page);
  expect(after).toEqual(before);
});

test('timeouts, a stopped server and a page that is not an endpoint are refused with the endpoint named', async ({
  page,
}) => {
  const broken = await startMisbehavingEndpoint();
  try {
    await openApp(page);
    const hang = await connect(page, broken.url('/hang'), '', 1);
    await expect(hang.getByRole('alert')).toHaveText(
      `SPARQL endpoint ${broken.url('/hang')}: no answer within 1 s (timed out)`,
    );
    await page.screenshot({ path: `${SHOTS}/sparql-timeout.png` });
    await hang.getByLabel('Endpoint URL').fill('ftp://example.org/sparql');
    await hang.getByRole('button', { name: 'Connect' }).click();
    await expect(hang.getByRole('alert')).toContainText('only http and https endpoints can be used, not ftp:');
    await broken.close();
    await hang.getByLabel('Endpoint URL').fill(broken.url('/ok'));
    await hang.getByRole('button', { name: 'Connect' }).click();
    await expect(hang.getByRole('alert')).toContainText(`SPARQL endpoint ${broken.url('/ok')}: unreachable`);
    await hang.getByRole('button', { name: 'Cancel' }).click();
    await expect(hang).toBeHidden();
    // Nothing was connected, and the open graph is still the embedded one.
    await expect(page.getByRole('complementary', { name: 'SPARQL endpoint' })).toHaveCount(0);
    await expect(page.locator('.status-file')).toHaveText('alliance-atlas.json');
  } finally {
    await broken.close();
  }
});
