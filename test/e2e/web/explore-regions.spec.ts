// Explore a graph too big to draw entity by entity (60,000 entities in clusters of a laid-out network, written as GEXF): it opens as regions of its own positions, zooming in opens the regions in view, hovering and clicking a region draws its entities, search and selection draw an entity wherever it is, focus draws the ego view, and the regions close again.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { seededRandom } from '../../../bench/seeded-random';
import {
  canvasCounts,
  collectConsoleErrors,
  openApp,
  openThroughChooser,
  waitForCanvasAtRest,
} from '../support/app-page';

const ENTITIES = 60_000;

/**
 * What a force layout of a real network looks like: clusters of very different sizes (a few large, many small),
 * each a Gaussian blob, most relations inside a cluster and a tenth between random entities; a cluster's entities
 * are mostly of one of three types. Seeded: the same file every run.
 */
function clusteredGexf(entities: number, dir: string): { path: string; graph: UndirectedGraph } {
  const random = seededRandom(60_000);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const types = ['person', 'organisation', 'place'];
  const graph = new UndirectedGraph();
  const clusters: number[][] = [];
  for (let c = 0; graph.order < entities; c++) {
    const size = Math.min(entities - graph.order, Math.round(40 + 2500 * random() ** 4));
    const cx = gauss() * 4000;
    const cy = gauss() * 2500;
    const spread = 25 * Math.sqrt(size);
    const members: number[] = [];
    for (let i = 0; i < size; i++) {
      const id = graph.order;
      const type = random() < 0.8 ? types[c % 3] : types[Math.floor(random() * 3)];
      const x = Math.round((cx + gauss() * spread) * 100) / 100;
      const y = Math.round((cy + gauss() * spread) * 100) / 100;
      graph.addNode(String(id), { label: `Entity ${id}`, type, x, y, size: 10 });
      members.push(id);
    }
    clusters.push(members);
  }
  const link = (a: number, b: number) => {
    if (a !== b && !graph.hasEdge(String(a), String(b))) graph.addEdge(String(a), String(b));
  };
  for (const members of clusters) {
    for (const id of members) {
      for (let k = 0; k < 2; k++) link(id, members[Math.floor(random() * members.length)] ?? id);
    }
  }
  for (let k = 0; k < entities / 10; k++) link(Math.floor(random() * entities), Math.floor(random() * entities));
  const path = join(dir, 'clustered-60k.gexf');
  writeFileSync(path, writeGexf(graph, { version: '1.3' }));
  return { path, graph };
}

const regions = (page: Page) => page.evaluate(() => window.__atlas?.regions() ?? []);

test('a 60,000-entity graph opens as regions; a click, a search and a focus draw entities as themselves', async ({
  page,
}) => {
  // Heavy on purpose: the file is 60,000 entities and 120,000 relations.
  test.setTimeout(300_000);
  const errors = collectConsoleErrors(page);
  const { path: file, graph } = clusteredGexf(ENTITIES, mkdtempSync(join(tmpdir(), 'atlas-regions-')));
  await openApp(page);
  await openThroughChooser(page, [file]);
  await expect(page.getByText(new RegExp(`^${ENTITIES} entities · \\d+ relations$`))).toBeVisible({
    timeout: 180_000,
  });
  await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 60_000 }).toBe(true);

  // Every entity is counted in a region; none is drawn as itself; links between regions are drawn, at most 3,000.
  const summary = page.getByRole('status', { name: 'Regions' });
  await expect(summary).toContainText(`${ENTITIES.toLocaleString('en')} entities drawn as`);
  const opened = await regions(page);
  expect(opened.length).toBeGreaterThan(600);
  expect(opened.length).toBeLessThanOrEqual(2100);
  expect(opened.reduce((sum, region) => sum + region.count, 0)).toBe(ENTITIES);
  expect((await canvasCounts(page)).nodes).toBe(0);
  const links = await page.evaluate(() => window.__atlas?.regionLinks() ?? 0);
  expect(links).toBeGreaterThan(0);
  expect(links).toBeLessThanOrEqual(3000);
  // Regions are named over their discs, by their best-connected entity and how many more they hold.
  await expect.poll(async () => (await page.evaluate(() => window.__atlas?.labels() ?? [])).length).toBeGreaterThan(20);
  const names = (await page.evaluate(() => window.__atlas?.labels() ?? [])).map((label) => label.lines.join(' '));
  expect(names.every((name) => /^Entity \d+( \+[\d,]+)?$/.test(name))).toBe(true);
  // Layouts are not offered: the graph stands at its file's positions.
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/regions-60k.png' });

  // Zoomed in, the regions in view open by themselves once they count at most 2,500 entities; fitting the graph
  // again closes them.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const opensBy = async () => {
    for (let click = 0; click < 30; click++) {
      await zoomIn.click();
      // The viewport is decided on after it rests.
      if (
        await expect
          .poll(async () => (await canvasCounts(page)).nodes, { timeout: 1000 })
          .toBeGreaterThan(0)
          .then(
            () => true,
            () => false,
          )
      ) {
        return click + 1;
      }
    }
    return 0;
  };
  expect(await opensBy()).toBeGreaterThan(3);
  const zoomedIn = await canvasCounts(page);
  expect(zoomedIn.nodes).toBeLessThanOrEqual(2500);
  expect((await regions(page)).length).toBeLessThan(opened.length);
  await page.screenshot({ path: 'test-results/screenshots/regions-60k-zoomed-in.png' });
  await page.getByRole('button', { name: 'Fit graph to window' }).click();
  await expect.poll(async () => (await canvasCounts(page)).nodes, { timeout: 10_000 }).toBe(0);
  await expect.poll(async () => (await regions(page)).length).toBe(opened.length);

  // A click on the fullest region whose disc no other disc covers (discs overlap in dense areas) draws its entities
  // and their relations among themselves.
  const box = await page.evaluate(() => window.__atlas?.canvasBox());
  if (!box) throw new Error('no canvas box');
  const inView = (r: { x: number; y: number }) =>
    r.x > box.x + 40 && r.x < box.x + box.width - 40 && r.y > box.y + 120 && r.y < box.y + box.height - 60;
  const apart = (r: (typeof opened)[number]) =>
    opened.every((o) => o === r || Math.hypot(o.x - r.x, o.y - r.y) > o.r + r.r + 2);
  const target = opened.filter((r) => inView(r) && apart(r) && r.r > 3).sort((p, q) => q.count - p.count)[0];
  if (!target) throw new Error('no region stands apart');
  // Hovering a region says what it counts and what a click does.
  await page.mouse.move(target.x, target.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(`${target.count.toLocaleString('en')} entit`);
  await expect(tooltip).toContainText('Click to draw its entities.');
  await page.mouse.click(target.x, target.y);
  await expect.poll(async () => (await canvasCounts(page)).nodes, { timeout: 30_000 }).toBe(target.count);
  const after = await regions(page);
  expect(after.some((region) => region.id === target.id)).toBe(false);
  expect(after.length).toBe(opened.length - 1);
  const openedRelations = (await canvasCounts(page)).edges;
  expect(openedRelations).toBeGreaterThan(0);
  await expect(summary).toContainText(`${target.count} as themselves`);

  // A search draws the entity it selects wherever its region is (one of another region), and names it in the details.
  const drawnIds = new Set(await page.evaluate(() => window.__atlas?.visibleNodeIds() ?? []));
  let pick = 12345;
  while (drawnIds.has(String(pick))) pick++;
  const name = `Entity ${pick}`;
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}\\b`) })
    .first()
    .click();
  await expect(page.getByRole('tabpanel', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(name);
  // With its neighbours, so that its relations are drawn too. (The search centres the camera on it; framed whole
  // again, no region is open because of the view.)
  await waitForCanvasAtRest(page);
  await page.getByRole('button', { name: 'Fit graph to window' }).click();
  const expected = new Set([...drawnIds, String(pick), ...graph.neighbors(String(pick))]);
  await expect
    .poll(async () => new Set(await page.evaluate(() => window.__atlas?.visibleNodeIds() ?? [])))
    .toEqual(expected);
  expect((await canvasCounts(page)).edges).toBeGreaterThanOrEqual(openedRelations + graph.degree(String(pick)));

  // Closing the regions keeps the selected entity and its neighbours drawn; every other entity is counted again.
  await page.getByRole('button', { name: 'Close regions' }).click();
  const pinned = 1 + graph.neighbors(String(pick)).length;
  await expect.poll(async () => (await canvasCounts(page)).nodes).toBe(pinned);
  await expect.poll(async () => (await regions(page)).reduce((sum, r) => sum + r.count, 0)).toBe(ENTITIES - pinned);

  // Focus on it: the ego view is small, so every shown entity is drawn as itself and no region remains.
  await page.getByRole('combobox', { name: 'Focus depth' }).selectOption('1');
  await page.getByRole('button', { name: 'Focus on selected' }).click();
  await expect.poll(async () => (await regions(page)).length, { timeout: 30_000 }).toBe(0);
  const ego = await canvasCounts(page);
  // Depth 1 in both directions: the entity and its neighbours, which were drawn already.
  expect(ego.nodes).toBe(pinned);
  await expect(summary).toHaveCount(0);
  expect(errors).toEqual([]);
});
