// Drag and drop onto the window: the overlay appears while dragging; a dropped graph file or CSV pair opens like one chosen in the dialog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { readCsvPair, readGraphFile } from '../../../graph-data/formats/read-graph-file';
import { canvasCounts, openApp, waitForOpened } from '../support/app-page';

const GRAPHS = 'test/fixtures/graphs';

/** Builds a DataTransfer in the page with the files' text and dispatches drag events on the body (they bubble to the window). */
async function drag(page: Page, names: string[], events: string[]): Promise<void> {
  const files = names.map((name) => ({ name, text: readFileSync(join(GRAPHS, name), 'utf8') }));
  await page.evaluate(
    ({ files, events }) => {
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([f.text], f.name));
      for (const type of events) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { files, events },
  );
}

test('dropping a GraphML file opens it, with an overlay while dragging', async ({ page }) => {
  const expected = readGraphFile('small.graphml', readFileSync(join(GRAPHS, 'small.graphml')));
  await openApp(page);
  await drag(page, ['small.graphml'], ['dragenter', 'dragover']);
  const overlay = page.getByRole('status', { name: 'Drop to open' });
  await expect(overlay).toContainText('Drop a graph file to open it');
  await page.screenshot({ path: 'test-results/screenshots/files-drop-overlay.png' });
  await drag(page, ['small.graphml'], ['drop']);
  await expect(overlay).toBeHidden();
  await waitForOpened(page, 'small.graphml');
  const counts = await canvasCounts(page);
  expect([counts.nodes, counts.edges]).toEqual([expected.order, expected.size]);
});

test('dropping a nodes + edges CSV pair opens them as one graph', async ({ page }) => {
  const expected = readCsvPair(
    'small-nodes.csv',
    readFileSync(join(GRAPHS, 'small-nodes.csv')),
    'small-edges.csv',
    readFileSync(join(GRAPHS, 'small-edges.csv')),
  );
  await openApp(page);
  await drag(page, ['small-edges.csv', 'small-nodes.csv'], ['dragenter', 'dragover', 'drop']);
  await waitForOpened(page, 'small-edges.csv');
  const counts = await canvasCounts(page);
  expect([counts.nodes, counts.edges]).toEqual([expected.order, expected.size]);
});

test('dropping two unrelated files explains and keeps the graph', async ({ page }) => {
  await openApp(page);
  const before = await canvasCounts(page);
  await drag(page, ['small.json', 'small.gexf'], ['dragenter', 'dragover', 'drop']);
  await expect(page.getByRole('alert')).toContainText('Open one graph file, or a nodes + edges CSV pair');
  expect(await canvasCounts(page)).toEqual(before);
});
