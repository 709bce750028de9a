// A positioned graph of more than 40,000 elements (14,000 entities, 28,000 relations) is drawn by the bulk raster: one picture made in a worker, under Cytoscape's canvas, which follows filters.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { generateGraph, parseSizes, writeGraphFiles } from '../../../bench/browser/graph-files';
import { canvasCounts, collectConsoleErrors, openApp, openThroughChooser } from '../support/app-page';

/** Share of the bulk raster's canvas that is painted (alpha > 0), read from its pixels. */
const paintedShare = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.bulk-raster');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted / (canvas.width * canvas.height);
  });

test('a 14,000-entity graph is drawn by the bulk raster, whose picture holds every element in view and follows a filter', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  const [spec] = parseSizes('14000/28000');
  if (!spec) throw new Error('no spec');
  const [file] = writeGraphFiles([spec], mkdtempSync(join(tmpdir(), 'atlas-raster-')), 5);
  if (!file) throw new Error('no graph file written');
  const graph = generateGraph(spec, file.seed);
  await openApp(page);
  await openThroughChooser(page, [file.path]);
  await expect(page.getByText('14000 entities · 28000 relations')).toBeVisible({ timeout: 120_000 });
  // Ready includes the bulk raster's picture of the current elements.
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);
  expect(await canvasCounts(page)).toEqual({ nodes: 14000, edges: 28000, visibleNodes: 14000, visibleEdges: 28000 });
  const inView = (await page.evaluate(() => window.__atlas?.entities() ?? [])).length;
  expect(inView).toBe(14000);
  const status = await page.evaluate(() => window.__atlas?.bulkRaster());
  expect(status).toMatchObject({ active: true, behind: false, error: null });
  expect(status?.pictures).toBeGreaterThanOrEqual(1);
  // Framed whole: every entity and relation is in the picture.
  expect(status?.lastNodes).toBe(14000);
  expect(status?.lastEdges).toBe(28000);
  // And it is on screen: a fit graph of 14,000 bodies covers a good part of the canvas.
  expect(await paintedShare(page)).toBeGreaterThan(0.1);
  await page.screenshot({ path: 'test-results/screenshots/bulk-raster-14k.png' });
  // The overview map shows every entity: its dots fill its lower third too (drawn while the elements were still
  // being added, they once stayed a band along its top: 1,933 painted pixels there, against 5,299 drawn whole).
  const overviewLowerThird = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.overview-map');
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return 0;
      const top = Math.floor((canvas.height * 2) / 3);
      const { data } = context.getImageData(0, top, canvas.width, canvas.height - top);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
      return painted;
    });
  console.log(`overview lower third: ${await overviewLowerThird()} painted pixels`);
  await expect.poll(overviewLowerThird, { timeout: 10_000 }).toBeGreaterThan(4000);

  // A degree filter: the next picture holds exactly the entities left (all still in view).
  let lowDegree = 0;
  graph.forEachNode((key) => {
    if (graph.degree(key) < 4) lowDegree++;
  });
  expect(lowDegree).toBeGreaterThan(100);
  await page.getByRole('slider', { name: 'Degree from' }).fill('4');
  await expect.poll(async () => (await canvasCounts(page)).visibleNodes, { timeout: 60_000 }).toBe(14000 - lowDegree);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const s = window.__atlas?.bulkRaster();
          return window.__atlas?.ready === true && s ? s.lastNodes : -1;
        }),
      { timeout: 60_000 },
    )
    .toBe(14000 - lowDegree);
  await page.screenshot({ path: 'test-results/screenshots/bulk-raster-14k-filtered.png' });
  expect(errors).toEqual([]);
});
