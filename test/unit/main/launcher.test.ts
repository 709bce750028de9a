// Checks the npm start fallback: browser discovery, app-mode arguments, and the loopback static server.
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appModeArguments, findBrowser } from '../../../main/launcher/find-browser';
import { type RunningServer, startStaticServer } from '../../../main/launcher/static-server';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs();

describe('findBrowser', () => {
  it('prefers CHROME_PATH when it exists', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome' }, 'linux', (p) => p === '/opt/chrome')).toBe('/opt/chrome');
  });
  it('falls back to the platform locations', () => {
    expect(findBrowser({}, 'linux', (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findBrowser({}, 'linux', () => false)).toBeUndefined();
  });
  it('starts the browser in app mode with a private profile', () => {
    const args = appModeArguments('http://127.0.0.1:1/', '/tmp/p', false);
    expect(args).toContain('--app=http://127.0.0.1:1/');
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args).not.toContain('--no-sandbox');
    expect(appModeArguments('u', '/tmp/p', true)).toContain('--no-sandbox');
  });
});

describe('startStaticServer', () => {
  const root = tempDir('atlas-static-');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  let running: RunningServer | undefined;
  afterAll(() => running?.close());

  it('serves files on loopback with the CSP and refuses traversal', async () => {
    running = await startStaticServer(root);
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(running.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>ok</title>');
    expect((await fetch(`${running.url}missing.js`)).status).toBe(404);
    expect((await fetch(`${running.url}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(running.url, { method: 'POST' })).status).toBe(405);
  });

  it('answers only its own Host (DNS rebinding gets 421) and forbids framing', async () => {
    running ??= await startStaticServer(root);
    const port = Number(new URL(running.url).port);
    expect((await getWithHost(port, `127.0.0.1:${port}`)).status).toBe(200);
    expect((await getWithHost(port, `localhost:${port}`)).status).toBe(200);
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      '127.0.0.1',
      `127.0.0.1:${port + 1}`,
      `localhost.evil:${port}`,
    ]) {
      const answer = await getWithHost(port, host);
      expect(answer.status, host).toBe(421);
      expect(answer.body, host).not.toContain('<title>ok</title>');
    }
    const index = await fetch(running.url);
    expect(index.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(index.headers.get('x-frame-options')).toBe('DENY');
  });
});

/** A GET with a chosen Host header (fetch does not let a caller set Host). */
function getWithHost(port: number, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: '/', headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}
