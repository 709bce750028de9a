// A positioned graph of more than 40,000 elements (14,000 entities, 28,000 relations) is drawn by the bulk raster: one picture made in a worker, under Cytoscape's canvas, which follows filters.
import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { generateGraph, parseSizes, writeGraphFiles } from '../../../bench/browser/graph-files';
import {
  canvasCounts,
  collectConsoleErrors,
  exportDownload,
  openApp,
  openExportDialog,
  openThroughChooser,
} from '../support/app-page';

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

/** Opens the generated 14,000-entity graph (seeded) through the file chooser and waits until it is drawn. */
async function openFourteenThousand(page: Page) {
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
  return graph;
}

test('a 14,000-entity graph is drawn by the bulk raster, whose picture holds every element in view and follows a filter', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  const graph = await openFourteenThousand(page);
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

  // An export draws every shown element itself (Cytoscape's renderer, which sees only the raised ones on screen).
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'Current view' }).check();
  await dialog.getByLabel('Scale factor').selectOption('1');
  await expect(dialog.getByRole('figure')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const { bytes } = await exportDownload(page, dialog);
  await mkdir('test-results/screenshots', { recursive: true });
  await writeFile('test-results/screenshots/bulk-raster-14k-export.png', bytes);
  const png = PNG.sync.read(bytes);
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 3 * 255 - 24) ink++;
  }
  console.log(`export: ${png.width} × ${png.height}, ${ink} inked pixels`);
  expect(ink).toBeGreaterThan(png.width * png.height * 0.05);
  expect(errors).toEqual([]);
});

interface Body {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Zooms in by `steps` clicks of the toolbar button (1.25× each), then waits until the canvas is drawn again. */
async function zoomIn(page: Page, steps: number): Promise<void> {
  const zoom = () => page.evaluate(() => window.__atlas?.zoom() ?? 0);
  const fitZoom = await zoom();
  for (let i = 1; i <= steps; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoom).toBeCloseTo(fitZoom * 1.25 ** i, 5);
  }
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);
}

/** Entities on the page whose body is at least 1.5 px wide and has no other body within 4 px of its edge. */
function isolatedBodies(boxes: { id: string; x1: number; y1: number; x2: number; y2: number }[]): Body[] {
  const bodies = boxes.map((b) => ({ id: b.id, x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, r: (b.x2 - b.x1) / 2 }));
  const CELL = 32;
  const grid = new Map<string, Body[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
  for (const body of bodies) grid.set(cell(body.x, body.y), [...(grid.get(cell(body.x, body.y)) ?? []), body]);
  return bodies.filter((body) => {
    if (body.r < 0.75) return false;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of grid.get(cell(body.x + dx * CELL, body.y + dy * CELL)) ?? []) {
          if (other !== body && Math.hypot(other.x - body.x, other.y - body.y) < body.r + other.r + 4) return false;
        }
      }
    }
    return true;
  });
}

test('on the bulk raster, a click and a hover find the entity under the pointer, and a hidden one is never hit', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  const graph = await openFourteenThousand(page);
  expect(await page.evaluate(() => window.__atlas?.bulkRaster()?.active)).toBe(true);
  // Zoomed in where bodies stand apart, so a pointer can aim at one.
  await zoomIn(page, 10);
  const bodies = isolatedBodies(await page.evaluate(() => window.__atlas?.entities() ?? []));
  const lowDegree = bodies.filter((b) => graph.degree(b.id) < 4);
  const highDegree = bodies.filter((b) => graph.degree(b.id) >= 4);
  console.log(`isolated bodies: ${bodies.length} (${lowDegree.length} of degree under 4)`);
  const [hidden] = lowDegree;
  const [clicked, hovered] = highDegree;
  if (!hidden || !clicked || !hovered) throw new Error('no isolated entities to point at');
  const selection = () => page.evaluate(() => window.__atlasExplore?.selection() ?? null);

  // A click on an entity drawn only by the raster selects it: Cytoscape finds it through the spatial index.
  await page.mouse.click(clicked.x, clicked.y);
  await expect.poll(selection).toBe(clicked.id);
  await expect(page.locator('#details-title')).toHaveText(String(graph.getNodeAttribute(clicked.id, 'label')));
  // Hovering another one shows its tooltip.
  await page.mouse.move(hovered.x, hovered.y);
  await expect(page.getByRole('tooltip')).toContainText(String(graph.getNodeAttribute(hovered.id, 'label')));
  // The entity that the filter will hide is hit while shown...
  await page.mouse.click(hidden.x, hidden.y);
  await expect.poll(selection).toBe(hidden.id);
  await page.mouse.click(clicked.x, clicked.y);
  await expect.poll(selection).toBe(clicked.id);
  // ...and not once hidden: the click lands on the background (or a relation passing there), never on it.
  await page.getByRole('slider', { name: 'Degree from' }).fill('4');
  await expect.poll(async () => (await canvasCounts(page)).visibleNodes, { timeout: 60_000 }).toBeLessThan(14000);
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);
  await page.mouse.click(hidden.x, hidden.y);
  await expect.poll(selection).not.toBe(clicked.id);
  expect(await selection()).not.toBe(hidden.id);
  // The selected entity still is hit after the filter.
  await page.mouse.click(clicked.x, clicked.y);
  await expect.poll(selection).toBe(clicked.id);
  expect(errors).toEqual([]);
});

/** Squared distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const along = length > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length)) : 0;
  return Math.hypot(ax + along * dx - x, ay + along * dy - y);
}

/** Alpha of one page pixel of Cytoscape's element layer (which draws only raised elements over the raster). */
const elementLayerAlpha = (page: Page, at: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return -1;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const px = Math.round((x - box.left) * ratio);
    const py = Math.round((y - box.top) * ratio);
    let alpha = 0;
    // A 5×5 patch: the line is thin and antialiased.
    const { data } = context.getImageData(px - 2, py - 2, 5, 5);
    for (let i = 3; i < data.length; i += 4) alpha = Math.max(alpha, data[i] ?? 0);
    return alpha;
  }, at);

test('on the bulk raster, Cytoscape holds no relation until one is hit or raised: a click selects a relation, drawn over the picture', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  const graph = await openFourteenThousand(page);
  const held = () => page.evaluate(() => window.__atlas?.heldRelations() ?? -1);
  // 28,000 relations drawn and counted, none of them a Cytoscape element.
  expect((await canvasCounts(page)).visibleEdges).toBe(28000);
  expect(await held()).toBe(0);
  const zoom = () => page.evaluate(() => window.__atlas?.zoom() ?? 0);
  await zoomIn(page, 16);
  // Where every entity and relation is on the page: page = model × zoom + offset, read off one body in view.
  const boxes = await page.evaluate(() => window.__atlas?.entities() ?? []);
  const positions = await page.evaluate(() => window.__atlas?.positions() ?? {});
  const k = await zoom();
  const [first] = boxes;
  const firstAt = first ? positions[first.id] : undefined;
  if (!first || !firstAt) throw new Error('no entity in view');
  const offset = { x: (first.x1 + first.x2) / 2 - firstAt.x * k, y: (first.y1 + first.y2) / 2 - firstAt.y * k };
  const onPage = (key: string) => {
    const p = positions[key] ?? { x: 0, y: 0 };
    return { x: p.x * k + offset.x, y: p.y * k + offset.y };
  };
  const canvas = await page.evaluate(() => window.__atlas?.canvasBox());
  if (!canvas) throw new Error('no canvas');
  const inCanvas = (p: { x: number; y: number }) =>
    p.x > canvas.x + 40 &&
    p.x < canvas.x + canvas.width - 40 &&
    p.y > canvas.y + 40 &&
    p.y < canvas.y + canvas.height - 40;
  const spans = graph.mapEdges((key, _a, source, target) => ({ key, s: onPage(source), t: onPage(target) }));
  // A relation whose midpoint is well inside the canvas, 6 px from every body and 4 px from every other span (a hit
  // test takes the nearest relation within 8 px: this one, at 0).
  const target = spans.find(({ key, s, t }) => {
    const mid = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
    if (!inCanvas(mid) || Math.hypot(s.x - t.x, s.y - t.y) < 60) return false;
    if (boxes.some((b) => Math.hypot((b.x1 + b.x2) / 2 - mid.x, (b.y1 + b.y2) / 2 - mid.y) < (b.x2 - b.x1) / 2 + 6)) {
      return false;
    }
    return spans.every((o) => o.key === key || segmentDistance(mid.x, mid.y, o.s.x, o.s.y, o.t.x, o.t.y) > 4);
  });
  const midsInCanvas = spans.filter(({ s, t }) => inCanvas({ x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 })).length;
  console.log(`relations with a midpoint in the canvas: ${midsInCanvas}; zoom ${k}`);
  if (!target) throw new Error('no relation stands clear of the others');
  const mid = { x: (target.s.x + target.t.x) / 2, y: (target.s.y + target.t.y) / 2 };
  // Drawn by the raster only: nothing of it on Cytoscape's element layer.
  expect(await elementLayerAlpha(page, mid)).toBe(0);
  const selection = () => page.evaluate(() => window.__atlasExplore?.selection() ?? null);
  await page.mouse.click(mid.x, mid.y);
  await expect.poll(selection).toBe(target.key);
  // Cytoscape now holds it (and the few other candidates of the hover and click), and draws it raised.
  const heldNow = await held();
  expect(heldNow).toBeGreaterThanOrEqual(1);
  expect(heldNow).toBeLessThanOrEqual(8);
  await expect.poll(() => elementLayerAlpha(page, mid)).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/screenshots/bulk-raster-14k-relation-selected.png' });
  // Cleared (Escape), it falls back into the picture: no longer drawn by Cytoscape.
  await page.keyboard.press('Escape');
  await expect.poll(selection).toBeNull();
  await expect.poll(() => elementLayerAlpha(page, mid)).toBe(0);
  expect(errors).toEqual([]);
});

test('a layout rerun on the bulk raster is seen forming, with no label left over the moving picture, and ends labelled', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  await openFourteenThousand(page);
  await expect.poll(async () => (await page.evaluate(() => window.__atlas?.labels() ?? [])).length).toBeGreaterThan(20);
  const before = await page.evaluate(() => window.__atlas?.positions()['0']);
  const pictures = () => page.evaluate(() => window.__atlas?.bulkRaster()?.pictures ?? 0);
  const atStart = await pictures();
  const running = page.getByRole('status').filter({ hasText: 'Running force layout' });
  await page.getByRole('button', { name: 'Run layout again' }).click();
  await expect(running).toBeVisible();
  // Streamed: new pictures come while the layout runs, a report about every RASTER_REPORT_MS (by the size rule,
  // every 4.2 s here: three in the run)...
  await expect.poll(pictures, { timeout: 60_000 }).toBeGreaterThanOrEqual(atStart + 6);
  await expect(running).toBeVisible();
  // ...and no label is drawn over them: labels stood at Cytoscape's old positions while the picture moved.
  expect(await page.evaluate(() => window.__atlas?.labels().length)).toBe(0);
  // From here, each frame's label count and zoom: the layout's end (positions, sizes, camera) comes in steps.
  await page.evaluate(() => {
    const frames: { labels: number; zoom: number }[] = [];
    (window as unknown as { labelFrames: typeof frames }).labelFrames = frames;
    const record = () => {
      const atlas = window.__atlas;
      if (atlas) frames.push({ labels: atlas.labels().length, zoom: atlas.zoom() });
      if (frames.length < 50_000) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await expect(running).toBeHidden({ timeout: 120_000 });
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);
  // The final positions are written, and labelled again.
  await expect.poll(async () => (await page.evaluate(() => window.__atlas?.labels() ?? [])).length).toBeGreaterThan(20);
  // Labelled once the end is complete: the first frame with labels already has the camera's final zoom (placed after
  // the positions were written, before the camera moved, they were placed again for each step).
  const finalZoom = await page.evaluate(() => window.__atlas?.zoom());
  const firstLabelled = await page.evaluate(() =>
    (window as unknown as { labelFrames: { labels: number; zoom: number }[] }).labelFrames.find((f) => f.labels > 0),
  );
  expect(firstLabelled?.zoom).toBe(finalZoom);
  const after = await page.evaluate(() => window.__atlas?.positions()['0']);
  expect(after).toBeDefined();
  expect(after).not.toEqual(before);
  await page.screenshot({ path: 'test-results/screenshots/bulk-raster-14k-relaid.png' });
  expect(errors).toEqual([]);
});
