// Smoke: the explore shell renders with no console errors.
import { expect, test } from '@playwright/test';
import { collectConsoleErrors, openApp } from '../support/app-page';

test('explore shell renders', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await openApp(page);
  await page.screenshot({ path: 'test-results/screenshots/explore-smoke.png' });
  expect(errors).toEqual([]);
});
