// Checks in Chromium that the strict CSP (no inline styles but Cytoscape's one block, by hash; workers from our files only) holds while the app works, and that the page cannot be framed.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../../main/web-security';
import {
  collectConsoleErrors,
  exportDownload,
  openApp,
  openExportDialog,
  openPathsTab,
  openThroughChooser,
  waitForOpened,
} from '../support/app-page';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

test('no CSP violation while the app opens files, runs paths, previews and exports; workers load', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __cspViolations: unknown[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

  // The policy is served as a header (with frame-ancestors) and declared in the page.
  const response = await page.request.get('index.html');
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
  await openApp(page);
  expect(
    await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ),
  ).toBe(CONTENT_SECURITY_POLICY);

  // The style block Cytoscape injected is the one the policy allows by hash.
  const block = await page.evaluate(() => document.getElementById('__________cytoscape_stylesheet')?.textContent);
  expect(block).toBeTruthy();
  const hash = createHash('sha256')
    .update(block ?? '', 'utf8')
    .digest('base64');
  expect(CONTENT_SECURITY_POLICY).toContain(`'sha256-${hash}'`);
  // And it applies: an element with only Cytoscape's class (our own CSS positions the real canvas) gets its rule.
  const applied = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = '__________cytoscape_container';
    document.body.append(probe);
    const position = getComputedStyle(probe).position;
    probe.remove();
    return position;
  });
  expect(applied).toBe('relative');

  // The file worker: open a file.
  await openThroughChooser(page, ['test/fixtures/graphs/small.graphml']);
  await waitForOpened(page, 'small.graphml');
  await openApp(page);
  // The path worker: a query with results.
  await openPathsTab(page);
  await page.getByLabel('Query', { exact: true }).fill('ECOWAS -> Liberia all');
  await page.getByLabel('Query', { exact: true }).press('Enter');
  await expect(page.getByRole('list', { name: 'Path results' }).getByRole('listitem').first()).toBeVisible();
  // Hover styles (the tooltip is positioned from script) and the export preview and PDF (svg2pdf, jsPDF).
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await expect(dialog.getByRole('figure')).toHaveAttribute('aria-busy', 'false');
  const pdf = await exportDownload(page, dialog);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the page refuses to be framed by another origin', async ({ page, baseURL }) => {
  // Another origin on loopback (a server of the test's own, on another port) frames ours. A data: or routed page
  // would be stopped by Chromium's local-network checks whatever our headers say, and so prove nothing.
  const frameUrl = new URL('index.html', baseURL).toString();
  const framing = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe title="framed" src="${frameUrl}"></iframe>`);
  });
  await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = framing.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const child = () => page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => child()?.url() ?? 'about:blank').not.toBe('about:blank');
    // Chromium replaces a refused frame with its error page: our app never runs inside another page.
    expect(child()?.url()).toMatch(/^chrome-error:/);
  } finally {
    await new Promise((resolve) => framing.close(resolve));
  }
});
