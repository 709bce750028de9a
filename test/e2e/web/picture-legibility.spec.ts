// The picture (issue 10): on the embedded graph at a laptop and a desktop window, and on graphs other tools wrote, every relation reaches the canvas, no drawn label overlaps another, no entity covers another, and enough labels are drawn at a readable size.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { SaxesParser } from 'saxes';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { STROKE_PX_AT_FIT } from '../../../renderer/canvas/canvas-style';
import { BULK_RASTER_MIN_ELEMENTS } from '../../../renderer/canvas/bulk-raster';
import {
  collectConsoleErrors,
  openApp,
  openThroughChooser,
  waitForCanvasAtRest,
  waitForOpened,
} from '../support/app-page';

const SHOTS = 'test-results/screenshots';
const REAL_TOOLS = 'test/fixtures/graphs/real-tools';

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pairs of boxes whose interiors intersect (touching edges do not count). */
function overlappingPairs(boxes: readonly Box[]): number {
  const sorted = [...boxes].sort((a, b) => a.x1 - b.x1);
  let pairs = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.x1 >= a.x2) break;
      if (b.y1 < a.y2 && a.y1 < b.y2) pairs++;
    }
  }
  return pairs;
}

async function picture(page: Page) {
  // A file whose positions are too dense is first separated in the worker: the picture is the one after that.
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready), { timeout: 120_000 }).toBe(true);
  await waitForCanvasAtRest(page);
  // Labels are placed on the frame after the view settles; wait until two reads agree.
  let previous = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await page.evaluate(() => window.__atlas?.labels().map((l) => l.id)));
      const same = now === previous;
      previous = now;
      return same;
    })
    .toBe(true);
  return page.evaluate(() => ({
    labels: window.__atlas?.labels() ?? [],
    entities: window.__atlas?.entities() ?? [],
    counts: window.__atlas?.counts() ?? null,
  }));
}

/** Counts the <node> and <edge> elements of a GEXF or GraphML file with a plain XML parser (not the app's reader). */
async function elementCounts(path: string): Promise<{ nodes: number; edges: number }> {
  const parser = new SaxesParser();
  let nodes = 0;
  let edges = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'node') nodes++;
    if (tag.name === 'edge') edges++;
  });
  parser.write(await readFile(path, 'utf8')).close();
  return { nodes, edges };
}

const graph = loadEmbeddedGraph();
const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));

for (const { width, height, share } of [
  { width: 1366, height: 768, share: 0.6 },
  { width: 1920, height: 1080, share: 0.9 },
]) {
  test.describe(`the embedded graph at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const scheme of ['light', 'dark'] as const) {
      test(`${scheme}: no overlaps, the hubs labelled, at least ${share * 100}% of entities labelled, no label under 9 px`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const errors = collectConsoleErrors(page);
        await openApp(page);
        const { labels, entities, counts } = await picture(page);
        expect(counts).toEqual({
          nodes: graph.order,
          edges: graph.size,
          visibleNodes: graph.order,
          visibleEdges: graph.size,
        });
        expect(overlappingPairs(labels)).toBe(0);
        expect(entities).toHaveLength(graph.order);
        expect(overlappingPairs(entities)).toBe(0);
        const labelled = new Set(labels.map((l) => l.id));
        for (const key of byDegree.slice(0, 10)) expect(labelled, `${key} is labelled`).toContain(key);
        expect(labels.length / graph.order).toBeGreaterThanOrEqual(share);
        expect(Math.min(...labels.map((l) => l.px))).toBeGreaterThanOrEqual(9);
        // Every label is inside the canvas.
        const canvas = await page.evaluate(() => window.__atlas?.canvasBox());
        for (const l of labels) {
          expect(l.x1).toBeGreaterThanOrEqual((canvas?.x ?? 0) - 0.5);
          expect(l.y2).toBeLessThanOrEqual((canvas?.y ?? 0) + (canvas?.height ?? 0) + 0.5);
        }
        await page.screenshot({ path: `${SHOTS}/picture-embedded-${width}x${height}-${scheme}.png` });
        console.log(
          `embedded ${width}×${height} ${scheme}: ${labels.length}/${graph.order} labelled, smallest ${Math.min(...labels.map((l) => l.px)).toFixed(1)} px`,
        );
        expect(errors).toEqual([]);
      });
    }
  });
}

test.describe('graphs other tools wrote', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  for (const { file, minLabels, zoomedMinLabels, rastered } of [
    { file: 'les-miserables.gexf', minLabels: 30 },
    { file: 'dense-235.graphml', minLabels: 30 },
    // Zoomed in three steps, its bodies are too big and too close for any label to fit between them. Big enough
    // (11,535 elements) to be drawn by the bulk raster.
    { file: 'power-grid-like-4941.gexf', minLabels: 20, zoomedMinLabels: 20, rastered: true },
    { file: 'far-flung-1200.gexf', minLabels: 20 },
  ]) {
    test(`${file}: every relation on the canvas, no label overlaps, entities apart, ${minLabels}+ labels`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const errors = collectConsoleErrors(page);
      const path = `${REAL_TOOLS}/${file}`;
      const expected = await elementCounts(path);
      await openApp(page);
      await openThroughChooser(page, [path]);
      await waitForOpened(page, file);
      // The notice, the status bar and the canvas agree with the file.
      await expect(page.getByRole('status').filter({ hasText: `Opened ${file}` })).toContainText(
        `${expected.nodes} entities, ${expected.edges} relations`,
      );
      await expect(page.getByLabel('Graph counts')).toHaveText(
        `${expected.nodes} entities · ${expected.edges} relations`,
      );
      const { labels, entities, counts } = await picture(page);
      expect(counts).toEqual({
        nodes: expected.nodes,
        edges: expected.edges,
        visibleNodes: expected.nodes,
        visibleEdges: expected.edges,
      });
      expect(overlappingPairs(labels)).toBe(0);
      expect(labels.length).toBeGreaterThanOrEqual(minLabels);
      expect(Math.min(...labels.map((l) => l.px))).toBeGreaterThanOrEqual(9);
      expect(overlappingPairs(entities)).toBeLessThan(0.02 * expected.nodes);
      // Relations are seen, not only counted: at the fit zoom none is drawn thinner than about STROKE_PX_AT_FIT
      // (a Gephi file's coordinates in the thousands fit at a zoom that drew 1-unit relations a twentieth of a pixel).
      const thinnest = await page.evaluate(() => window.__atlas?.thinnestRelationPx() ?? 0);
      expect(thinnest).toBeGreaterThanOrEqual(0.9 * STROKE_PX_AT_FIT);
      // Drawn by the bulk raster above BULK_RASTER_MIN_ELEMENTS, every relation in its picture; by Cytoscape below.
      expect(expected.nodes + expected.edges > BULK_RASTER_MIN_ELEMENTS).toBe(rastered === true);
      if (rastered) {
        await expect
          .poll(() => page.evaluate(() => window.__atlas?.bulkRaster()), { timeout: 30_000 })
          .toMatchObject({ active: true, behind: false, lastNodes: expected.nodes, lastEdges: expected.edges });
      }
      await page.screenshot({ path: `${SHOTS}/picture-${file}.png` });
      console.log(
        `${file}: ${counts?.edges}/${expected.edges} relations, thinnest ${thinnest.toFixed(2)} px, ${labels.length} labels, ${overlappingPairs(entities)} overlapping entity pairs`,
      );
      if (zoomedMinLabels !== undefined) {
        // Zooming in to read never empties the view of labels (it showed none at all three steps in).
        for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Zoom in' }).click();
        const zoomed = await picture(page);
        expect(zoomed.labels.length).toBeGreaterThanOrEqual(zoomedMinLabels);
        expect(overlappingPairs(zoomed.labels)).toBe(0);
        await page.screenshot({ path: `${SHOTS}/picture-${file}-zoomed.png` });
        console.log(`${file}: ${zoomed.labels.length} labels three zoom steps in`);
      }
      expect(errors).toEqual([]);
    });
  }
});

test.describe('strokes follow the positions', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('far-flung coordinates: relations seen, not too thick after a grid layout, seen again after undoing it', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors = collectConsoleErrors(page);
    const file = 'far-flung-1200.gexf';
    await openApp(page);
    await openThroughChooser(page, [`${REAL_TOOLS}/${file}`]);
    await waitForOpened(page, file);
    await waitForCanvasAtRest(page);
    const thinnest = () => page.evaluate(() => window.__atlas?.thinnestRelationPx() ?? 0);
    const zoom = () => page.evaluate(() => window.__atlas?.zoom() ?? 0);
    const asOpened = await thinnest();
    expect(asOpened).toBeGreaterThanOrEqual(0.9 * STROKE_PX_AT_FIT);
    expect(await zoom()).toBeLessThan(0.1);

    // A grid brings the entities to a near zoom: strokes widened for the file's coordinates would be pixels thick.
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('grid');
    await expect(page.getByRole('status').filter({ hasText: /Running .* layout/ })).toHaveCount(0, { timeout: 60_000 });
    await waitForCanvasAtRest(page);
    await expect.poll(zoom, { timeout: 15_000 }).toBeGreaterThan(0.1);
    const laidOut = await thinnest();
    expect(laidOut).toBeGreaterThanOrEqual(0.9 * STROKE_PX_AT_FIT);
    expect(laidOut).toBeLessThan(2.5);

    // Undo takes them back out to the file's coordinates (±6,000): fitted again, the relations must not vanish.
    const extent = () =>
      page.evaluate(() => {
        const xs = Object.values(window.__atlas?.positions() ?? {}).map((p) => p.x);
        return Math.max(...xs) - Math.min(...xs);
      });
    await page.getByRole('button', { name: 'Undo view change' }).click();
    await expect.poll(extent, { timeout: 15_000 }).toBeGreaterThan(10_000);
    await waitForCanvasAtRest(page);
    await page.getByRole('button', { name: 'Fit graph to window' }).click();
    await expect.poll(zoom, { timeout: 15_000 }).toBeLessThan(0.1);
    await waitForCanvasAtRest(page);
    await expect.poll(thinnest, { timeout: 15_000 }).toBeGreaterThanOrEqual(0.9 * STROKE_PX_AT_FIT);
    console.log(
      `${file}: thinnest relation ${asOpened.toFixed(2)} px as opened, ${laidOut.toFixed(2)} px after the layout, ${(await thinnest()).toFixed(2)} px after undo`,
    );
    expect(errors).toEqual([]);
  });
});

test.describe('label priority', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('an entity without a label at the fit gets one while the search finds it, and loses it when the search is cleared', async ({
    page,
  }) => {
    await openApp(page);
    const { labels } = await picture(page);
    const labelled = new Set(labels.map((l) => l.id));
    // The least connected entity left unlabelled: the one the importance order would label last.
    const unlabelled = [...byDegree].reverse().find((key) => !labelled.has(key));
    if (!unlabelled) throw new Error('every entity is labelled at 1366×768: nothing to search for');
    const labelIds = () => page.evaluate(() => (window.__atlas?.labels() ?? []).map((l) => l.id));
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill(graph.getNodeAttribute(unlabelled, 'label'));
    await expect.poll(labelIds).toContain(unlabelled);
    const during = await picture(page);
    expect(overlappingPairs(during.labels)).toBe(0);
    await box.fill('');
    await expect.poll(labelIds).not.toContain(unlabelled);
  });
});
