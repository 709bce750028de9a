// Checks in Chromium that the strict CSP (no inline styles but Cytoscape's one block, by hash; workers from our files only) holds while the app works, that the page cannot be framed, and that only the web build's page may connect to a SPARQL endpoint (the desktop page's requests must go through main).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { createAppProtocolHandler } from '../../../main/app-protocol';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  WEB_CONTENT_SECURITY_POLICY,
  WEB_CONTENT_SECURITY_POLICY_HEADER,
} from '../../../main/web-security';
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

/** Records the page's CSP violations from its first script on; `violations()` reads them. */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __cspViolations: unknown[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

test('no CSP violation while the app opens files, runs paths, previews and exports; workers load', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  const violations = await watchViolations(page);

  // The web build's policy is served as a header (with frame-ancestors) and declared in the page.
  const response = await page.request.get('index.html');
  expect(response.headers()['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY_HEADER);
  await openApp(page);
  expect(
    await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ),
  ).toBe(WEB_CONTENT_SECURITY_POLICY);

  // The style block Cytoscape injected is the one the policy allows by hash.
  const block = await page.evaluate(() => document.getElementById('__________cytoscape_stylesheet')?.textContent);
  expect(block).toBeTruthy();
  const hash = createHash('sha256')
    .update(block ?? '', 'utf8')
    .digest('base64');
  expect(WEB_CONTENT_SECURITY_POLICY).toContain(`'sha256-${hash}'`);
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

/** A SPARQL endpoint on another loopback origin that allows any origin (CORS) and counts the requests it received. */
async function startCorsEndpoint(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests += 1;
    response
      .writeHead(200, {
        'content-type': 'application/sparql-results+json',
        'access-control-allow-origin': '*',
      })
      .end(JSON.stringify({ head: { vars: ['n'] }, results: { bindings: [] } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What the page gets from `fetch(url)` of a SPARQL query: the HTTP status, or the name of the error it threw. */
function fetchFromPage(page: Page, url: string): Promise<number | string> {
  return page.evaluate(
    (endpoint) =>
      fetch(`${endpoint}?query=${encodeURIComponent('SELECT ?n WHERE { ?n ?p ?o } LIMIT 1')}`).then(
        (response) => response.status,
        (error: Error) => error.name,
      ),
    url,
  );
}

/**
 * The built renderer served on another loopback port by main's own atlas:// handler (so with the header main sends,
 * which Chromium enforces together with the page's meta policy). A real server rather than a routed page: Chromium's
 * local-network checks would refuse a routed page's requests to loopback whatever its policy says.
 */
async function startDesktopPageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const handle = createAppProtocolHandler('dist/renderer', async (file) => new Response(await readFile(file)));
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    void handle(new Request(`${APP_ORIGIN}${pathname}`, { method: request.method })).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('the web build may fetch a SPARQL endpoint with CORS; the desktop page, under the policy main serves, may not', async ({
  page,
}) => {
  const endpoint = await startCorsEndpoint();
  const desktop = await startDesktopPageServer();
  try {
    // The web build (the loopback static server, with the page's own meta policy): the browser asks the endpoint.
    const violations = await watchViolations(page);
    await openApp(page);
    expect(await fetchFromPage(page, endpoint.url)).toBe(200);
    expect(endpoint.requests()).toBe(1);
    expect(await violations()).toEqual([]);

    // The desktop page: its own fetch of the endpoint is refused before any request leaves, with a connect-src
    // violation; in the app the query goes to main over IPC instead.
    const served = await page.goto(desktop.url);
    expect(served?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    await expect.poll(() => page.evaluate(() => window.__atlas?.ready === true), { timeout: 30_000 }).toBe(true);
    expect(await fetchFromPage(page, endpoint.url)).toBe('TypeError');
    expect(endpoint.requests()).toBe(1);
    await expect
      .poll(violations)
      .toEqual([
        { directive: 'connect-src', blocked: expect.stringContaining(new URL(endpoint.url).origin), sample: '' },
      ]);
  } finally {
    await desktop.close();
    await endpoint.close();
  }
});
