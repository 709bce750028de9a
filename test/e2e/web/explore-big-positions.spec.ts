// A big graph with its own positions (6,000 entities, 12,000 relations: added to the canvas in slices) opens whole, at the file's positions, framed, labelled, and answers a filter.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateGraph, parseSizes, writeGraphFiles } from '../../../bench/browser/graph-files';
import { canvasCounts, collectConsoleErrors, openApp, openThroughChooser } from '../support/app-page';

test('a 6,000-entity graph with positions is added in slices and opens whole, at its positions, framed and labelled', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectConsoleErrors(page);
  const [spec] = parseSizes('6000/12000');
  if (!spec) throw new Error('no spec');
  const [file] = writeGraphFiles([spec], mkdtempSync(join(tmpdir(), 'atlas-big-')), 11);
  if (!file) throw new Error('no graph file written');
  const graph = generateGraph(spec, file.seed);
  await openApp(page);
  await openThroughChooser(page, [file.path]);
  await expect(page.getByText('6000 entities · 12000 relations')).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);

  // Before its first frame, Cytoscape's layers were filled in slices (layer-warmup.ts), so that frame copied a bitmap
  // instead of drawing 18,000 elements; or its layer would have been too big at this zoom and was left to Cytoscape.
  // A Cytoscape whose renderer no longer has them ('not here') fails here.
  expect(['warmed', 'too big']).toContain(await page.evaluate(() => window.__atlas?.lastWarmup()));
  // Every element is on the canvas and shown.
  expect(await canvasCounts(page)).toEqual({ nodes: 6000, edges: 12000, visibleNodes: 6000, visibleEdges: 12000 });
  // At the file's own positions.
  const positions = await page.evaluate(() => window.__atlas?.positions() ?? {});
  for (const key of ['0', '1', '777', '5999']) {
    expect(positions[key]?.x).toBeCloseTo(Number(graph.getNodeAttribute(key, 'x')), 6);
    expect(positions[key]?.y).toBeCloseTo(Number(graph.getNodeAttribute(key, 'y')), 6);
  }
  // Framed once all were in: every entity's centre is in view, and labels are placed.
  await expect.poll(async () => (await page.evaluate(() => window.__atlas?.entities() ?? [])).length).toBe(6000);
  await expect.poll(async () => (await page.evaluate(() => window.__atlas?.labels() ?? [])).length).toBeGreaterThan(20);
  // The state is written to every element: a degree filter hides exactly the entities under it.
  let lowDegree = 0;
  graph.forEachNode((key) => {
    if (graph.degree(key) < 4) lowDegree++;
  });
  expect(lowDegree).toBeGreaterThan(100);
  await page.getByRole('slider', { name: 'Degree from' }).fill('4');
  await expect.poll(async () => (await canvasCounts(page)).visibleNodes, { timeout: 30_000 }).toBe(6000 - lowDegree);
  // The filter's write went through the warm-up too.
  expect(['warmed', 'too big']).toContain(await page.evaluate(() => window.__atlas?.lastWarmup()));
  expect(errors).toEqual([]);
});
