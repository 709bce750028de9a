// The picture in exports (issue 10): PNG and SVG of the embedded graph at default settings use the window's label placement at their own scale: no two labels overlap (measured from the SVG's own text boxes), every entity labelled on screen is labelled in the export, and a 4× export labels more than the screen.
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { collectConsoleErrors, exportDownload, openApp, openExportDialog } from '../support/app-page';

const SHOTS = 'test-results/screenshots';
const graph = loadEmbeddedGraph();

interface TextBox {
  entity: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Renders the SVG in a page and reads each label line's box from the browser's own text layout (getBBox). */
async function svgLabelBoxes(page: Page, svg: string): Promise<TextBox[]> {
  const view = await page.context().newPage();
  await view.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  const boxes = await view.evaluate(() =>
    [...document.querySelectorAll('g.atlas-labels text')].map((text) => {
      const box = (text as SVGTextElement).getBBox();
      return {
        entity: text.getAttribute('data-entity') ?? `relation:${text.getAttribute('data-relation')}`,
        x1: box.x,
        y1: box.y,
        x2: box.x + box.width,
        y2: box.y + box.height,
      };
    }),
  );
  await view.close();
  return boxes;
}

/** Pairs of boxes of different labels whose interiors intersect (the lines of one label stack without overlapping). */
function overlapsBetweenLabels(boxes: readonly TextBox[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b || a.entity === b.entity) continue;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs++;
    }
  }
  return pairs;
}

test.describe('labels in exports', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('SVG at default settings: no overlapping text boxes, every label of the screen', async ({ page }) => {
    test.setTimeout(180_000);
    const errors = collectConsoleErrors(page);
    await openApp(page);
    const onScreen = new Set(await page.evaluate(() => window.__atlas?.labels().map((l) => l.id) ?? []));
    expect(onScreen.size).toBeGreaterThan(graph.order * 0.9);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    const { bytes } = await exportDownload(page, dialog);
    const svg = bytes.toString('utf8');
    await mkdir(SHOTS, { recursive: true });
    await writeFile(`${SHOTS}/export-labels-default.svg`, svg);
    const boxes = await svgLabelBoxes(page, svg);
    const entities = new Set(boxes.map((b) => b.entity).filter((e) => !e.startsWith('relation:')));
    for (const key of onScreen) expect(entities, `${key} is labelled in the SVG`).toContain(key);
    expect(overlapsBetweenLabels(boxes)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a 4× PNG places more labels than the 1× one, and the PNG is the export size', async ({ page }) => {
    test.setTimeout(240_000);
    await openApp(page);
    const counts: number[] = [];
    for (const scale of ['1', '4']) {
      const dialog = await openExportDialog(page);
      await dialog.getByRole('radio', { name: 'SVG' }).check();
      await dialog.getByLabel('Scale factor').selectOption(scale);
      const { bytes } = await exportDownload(page, dialog);
      const boxes = await svgLabelBoxes(page, bytes.toString('utf8'));
      expect(overlapsBetweenLabels(boxes)).toBe(0);
      counts.push(new Set(boxes.map((b) => b.entity)).size);
    }
    expect(counts[1]).toBeGreaterThanOrEqual(counts[0] ?? 0);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'PNG' }).check();
    const readout = await dialog.getByTestId('export-size').textContent();
    const { bytes } = await exportDownload(page, dialog);
    const png = PNG.sync.read(bytes);
    expect(readout).toContain(`${png.width} × ${png.height} px`);
    await writeFile(`${SHOTS}/export-labels-default.png`, bytes);
  });
});
