// Opens each graph format through the toolbar's file chooser: canvas counts equal the file's, title and status follow, types inferred when there is no ontology.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readCsvPair, readGraphFile } from '../../../graph-data/formats/read-graph-file';
import { canvasCounts, collectConsoleErrors, openApp, openThroughChooser, waitForOpened } from '../support/app-page';

const GRAPHS = 'test/fixtures/graphs';
const fixture = (name: string) => join(GRAPHS, name);

for (const name of ['small.json', 'small.gexf', 'small.graphml', 'small-edges.csv']) {
  test(`opens ${name} through the file chooser`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const expected = readGraphFile(name, readFileSync(fixture(name)));
    await openApp(page);
    await openThroughChooser(page, [fixture(name)]);
    await waitForOpened(page, name);

    const counts = await canvasCounts(page);
    expect([counts.nodes, counts.edges]).toEqual([expected.order, expected.size]);
    expect([counts.visibleNodes, counts.visibleEdges]).toEqual([expected.order, expected.size]);
    await expect(page.getByRole('status', { name: 'Graph counts' })).toHaveText(
      `${expected.order} entities · ${expected.size} relations`,
    );
    await expect(page).toHaveTitle(`${name} — Alliance Atlas`);
    await page.screenshot({ path: `test-results/screenshots/files-open-${name.replace(/\W+/g, '-')}.png` });
    expect(errors).toEqual([]);
  });
}

test('opens a nodes + edges CSV pair chosen together', async ({ page }) => {
  const expected = readCsvPair(
    'small-nodes.csv',
    readFileSync(fixture('small-nodes.csv')),
    'small-edges.csv',
    readFileSync(fixture('small-edges.csv')),
  );
  await openApp(page);
  await openThroughChooser(page, [fixture('small-nodes.csv'), fixture('small-edges.csv')]);
  await waitForOpened(page, 'small-edges.csv');
  const counts = await canvasCounts(page);
  expect([counts.nodes, counts.edges]).toEqual([expected.order, expected.size]);
});

test('a file without an ontology gets inferred types and a choice of attribute', async ({ page }) => {
  await openApp(page);
  await openThroughChooser(page, [fixture('small.gexf')]);
  await waitForOpened(page, 'small.gexf');
  await expect(page.getByRole('status').filter({ hasText: 'It has no ontology' })).toBeVisible();
  const choice = page.getByRole('combobox', { name: 'Types from attribute' });
  await expect(choice).toHaveValue('type');
  const legend = page.getByRole('list', { name: 'Entity types' });
  await expect(legend.getByRole('button', { name: /^Alliance: / })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/files-type-choice.png' });

  await choice.selectOption({ label: '(none: one default type)' });
  await waitForOpened(page, 'small.gexf');
  await expect(page.getByRole('status').filter({ hasText: 'none (one default type)' })).toBeVisible();
  await expect(legend.getByRole('button')).toHaveCount(1);
  await expect(legend.getByRole('button', { name: /^Default: / })).toBeVisible();
  await expect(choice).toHaveValue('');
});

test('a large file shows the progress indicator while it is parsed off the UI thread', async ({ page }) => {
  // 3 MB of description text: above the 1 MB mark where the indicator shows at once; positions skip the layout.
  const big = {
    attributes: {},
    nodes: [
      { key: 'a', attributes: { label: 'A', x: 0, y: 0, description: 'x'.repeat(3 * 1024 * 1024) } },
      { key: 'b', attributes: { label: 'B', x: 100, y: 0 } },
    ],
    edges: [{ key: 'e', source: 'a', target: 'b', attributes: {} }],
  };
  await openApp(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[aria-label="Opening file"]');
      if (bar?.textContent) seen.push(bar.textContent);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await (await chooser).setFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(big)),
  });
  await waitForOpened(page, 'big.json');
  const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
  expect(seen.some((text) => /Opening big\.json \(3\.0 MB\)/.test(text))).toBe(true);
  await expect(page.getByRole('status', { name: 'Opening file' })).toBeHidden();
  expect((await canvasCounts(page)).nodes).toBe(2);
});
