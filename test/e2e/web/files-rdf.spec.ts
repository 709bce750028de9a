// Opens each RDF syntax through the file chooser: canvas counts equal what rdflib computes for the mapping; a dataset offers its named graphs; Save As writes Turtle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { rdflibCounts } from '../../support/rdf-oracle';
import { canvasCounts, collectConsoleErrors, openApp, openThroughChooser, waitForOpened } from '../support/app-page';

const RDF = 'test/fixtures/rdf';
/** Counted by hand in people.ttl, used where rdflib is missing (the oracle prints why). */
const BY_HAND = { entities: 8, relations: 8 };

for (const name of ['people.ttl', 'people.nt', 'people.nq', 'people.trig', 'people.jsonld', 'people.rdf']) {
  test(`opens ${name} through the file chooser with the mapping's counts`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const expected = rdflibCounts(join(RDF, name)) ?? BY_HAND;
    await openApp(page);
    await openThroughChooser(page, [join(RDF, name)]);
    await waitForOpened(page, name);
    const counts = await canvasCounts(page);
    expect([counts.nodes, counts.edges]).toEqual([expected.entities, expected.relations]);
    await expect(page.getByRole('status', { name: 'Graph counts' })).toHaveText(
      `${expected.entities} entities · ${expected.relations} relations`,
    );
    await page.screenshot({ path: `test-results/screenshots/files-rdf-${name.replace(/\W+/g, '-')}.png` });
    expect(errors).toEqual([]);
  });
}

test('a dataset offers its named graphs and shows the one chosen', async ({ page }) => {
  await openApp(page);
  await openThroughChooser(page, [join(RDF, 'people.nq')]);
  await waitForOpened(page, 'people.nq');
  const choice = page.getByRole('combobox', { name: 'RDF graph' });
  await expect(choice).toHaveValue('default');
  await choice.selectOption('http://example.org/graphs/staff');
  const expected = rdflibCounts(join(RDF, 'people.nq'), 'http://example.org/graphs/staff') ?? {
    entities: 3,
    relations: 2,
  };
  await expect(page.getByRole('status', { name: 'Graph counts' })).toHaveText(
    `${expected.entities} entities · ${expected.relations} relations`,
  );
  await page.screenshot({ path: 'test-results/screenshots/files-rdf-named-graph.png' });
});

test('Save As Turtle writes the same triples it read', async ({ page }) => {
  await openApp(page);
  await openThroughChooser(page, [join(RDF, 'people.ttl')]);
  await waitForOpened(page, 'people.ttl');
  await page.getByRole('button', { name: 'Save graph as' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save graph as' });
  await dialog.getByLabel('Format').selectOption('turtle');
  await expect(dialog.getByLabel('IRI base')).toHaveValue('https://alliance-atlas.example/graph/');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('people.ttl');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('@prefix ex: <http://example.org/people/>.');
  expect(text).toContain('ex:alice');
});
