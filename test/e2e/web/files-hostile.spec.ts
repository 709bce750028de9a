// Opens hostile files from the corpus through the UI: each shows an alert naming the file, and the graph, view, selection and undo stay exactly as they were.
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { canvasCounts, openApp, openThroughChooser, waitForOpened } from '../support/app-page';

const MALFORMED = 'test/fixtures/malformed';

/** File and what its alert must say (the file name, and the line or element where the corpus README gives one). */
const HOSTILE: [string, RegExp][] = [
  ['syntax-error.json', /syntax-error\.json:3/],
  ['truncated.gexf', /truncated\.gexf:9/],
  ['billion-laughs.gexf', /billion-laughs\.gexf:2.*DOCTYPE/],
  ['xxe-external-entity.graphml', /xxe-external-entity\.graphml:2.*DOCTYPE/],
  ['dangling-edge.json', /dangling-edge\.json at edges\[0\] "e1".*ghost/],
  ['duplicate-node-id.graphml', /duplicate-node-id\.graphml:6/],
  ['ragged-row-edges.csv', /ragged-row-edges\.csv:3/],
  ['png-header.json', /png-header\.json.*binary/],
  ['deeply-nested.json', /deeply-nested\.json:1.*nested deeper/],
  ['proto-attribute-key.json', /proto-attribute-key\.json.*__proto__/],
  ['unknown-extension.dot', /unknown-extension\.dot.*unknown file type/],
];

/** Everything a failed open must leave alone, read from the page. */
async function snapshot(page: Page) {
  return {
    counts: await canvasCounts(page),
    status: await page.getByRole('status', { name: 'Graph counts' }).textContent(),
    file: await page.locator('.status-file').textContent(),
    title: await page.title(),
    positions: await page.evaluate(() => window.__atlas?.positions()),
    details: await page.locator('#details-title').textContent(),
    undo: await page.getByRole('button', { name: 'Undo view change' }).isEnabled(),
    legend: await page
      .getByRole('list', { name: 'Entity types' })
      .getByRole('button')
      .first()
      .getAttribute('aria-pressed'),
  };
}

test('hostile files show an error naming the file and change nothing else', async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page);
  // A user mid-exploration: one entity type hidden (undoable) and an entity selected.
  await page.getByRole('list', { name: 'Entity types' }).getByRole('button').first().click();
  await page.getByRole('combobox', { name: 'Search entities' }).fill('NATO');
  await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
  await expect(page.locator('#details-title')).toBeVisible();
  const before = await snapshot(page);
  expect(before.undo).toBe(true);
  expect(before.legend).toBe('false');

  for (const [name, message] of HOSTILE) {
    await openThroughChooser(page, [join(MALFORMED, name)]);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`Could not open ${name}`);
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('The current graph is unchanged.');
    expect(await snapshot(page), name).toEqual(before);
    if (name === 'billion-laughs.gexf') {
      await page.screenshot({ path: 'test-results/screenshots/files-hostile-error.png' });
    }
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  }
  expect(dialogs).toEqual([]);
});

test('labels with markup show as literal text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const label = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  await openApp(page);
  await openThroughChooser(page, [join(MALFORMED, 'html-labels.json')]);
  await waitForOpened(page, 'html-labels.json');
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill('script');
  await expect(page.getByRole('option').first()).toContainText(label);
  await search.press('Enter');
  await expect(page.locator('#details-title')).toHaveText(label);
  await expect(page.getByText('<b>bold</b> &amp; <i>not</i>')).toBeVisible();
  expect(await page.locator('.details img, .details script, .details b').count()).toBe(0);
  await page.screenshot({ path: 'test-results/screenshots/files-literal-labels.png' });
  expect(dialogs).toEqual([]);
});
