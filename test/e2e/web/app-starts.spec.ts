// Checks the app opens on the embedded graph: the canvas holds exactly the dataset's entities and relations, with no console errors.
import { expect, test } from '@playwright/test';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { canvasCounts, collectConsoleErrors, openApp } from '../support/app-page';

test('shows the whole embedded graph with its counts and no console errors', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const dataset = loadEmbeddedGraph();
  await openApp(page);

  const counts = await canvasCounts(page);
  expect(counts.nodes).toBe(dataset.order);
  expect(counts.edges).toBe(dataset.size);
  expect(counts.visibleNodes).toBe(dataset.order);
  expect(counts.visibleEdges).toBe(dataset.size);
  await expect(page.getByRole('status', { name: 'Graph counts' })).toHaveText(
    `${dataset.order} entities · ${dataset.size} relations`,
  );
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/app-starts.png' });
  expect(errors).toEqual([]);
});

test('toggles dark mode from the toolbar', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Toggle dark mode' });
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  // The theme lands through an effect after the click's render: wait for it, never read it straight after the click.
  await expect.poll(theme).toMatch(/^(light|dark)$/);
  const before = await theme();
  await toggle.click();
  await expect.poll(theme).toBe(before === 'dark' ? 'light' : 'dark');
  const after = await theme();
  await page.screenshot({ path: `test-results/screenshots/app-theme-${after}.png` });
});
