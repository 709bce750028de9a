// Checks the atlas:// handler serves every kind of built file (page, scripts, styles, workers, fonts, images) with its type and the CSP, and nothing else.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../main/app-protocol';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY_HEADER } from '../../../main/web-security';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs();

/** What Electron's net.fetch does for a file URL, from the disk. */
const readFromDisk = async (file: string) => new Response(await readFile(file));

function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A built renderer with one file of every kind Vite emits or the page could load. */
function fakeBuild(): { root: string; expected: Record<string, RegExp> } {
  const root = tempDir('atlas-protocol-');
  mkdirSync(join(root, 'assets'));
  const expected: Record<string, RegExp> = {
    'index.html': /^text\/html/,
    'assets/index-abc123.js': /^text\/javascript/,
    'assets/index-abc123.css': /^text\/css/,
    'assets/layout.worker-abc123.js': /^text\/javascript/,
    'assets/path-query.worker-abc123.js': /^text\/javascript/,
    'assets/index-abc123.js.map': /^application\/json/,
    'assets/font-abc123.woff2': /^font\/woff2$/,
    'assets/font-abc123.woff': /^font\/woff$/,
    'assets/font-abc123.ttf': /^font\/ttf$/,
    'assets/logo.svg': /^image\/svg\+xml$/,
    'assets/icon.png': /^image\/png$/,
    'assets/module.wasm': /^application\/wasm$/,
  };
  for (const name of Object.keys(expected)) writeFileSync(join(root, name), `content of ${name}`);
  return { root, expected };
}

describe('the atlas:// protocol handler', () => {
  it('serves every kind of built file with its content type, nosniff and the CSP header', async () => {
    const { root, expected } = fakeBuild();
    const handle = createAppProtocolHandler(root, readFromDisk);
    for (const [name, type] of Object.entries(expected)) {
      const response = await handle(new Request(`${APP_ORIGIN}/${name}`));
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toMatch(type);
      expect(response.headers.get('content-security-policy'), name).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(await response.text(), name).toBe(`content of ${name}`);
    }
    const root404 = await handle(new Request(`${APP_ORIGIN}/`));
    expect(await root404.text()).toBe('content of index.html');
  });

  it('serves every file of the real build, when one exists', async () => {
    const dist = 'dist/renderer';
    if (!existsSync(join(dist, 'index.html'))) {
      console.log(
        'dist/renderer is not built (unit tests run before the build in npm test): only the fake build is checked',
      );
      return;
    }
    const handle = createAppProtocolHandler(dist, readFromDisk);
    const files = filesUnder(dist);
    expect(files.some((f) => /\.worker-[\w-]+\.js$/.test(f))).toBe(true);
    for (const file of files) {
      const path = relative(dist, file).split(sep).join('/');
      const response = await handle(new Request(`${APP_ORIGIN}/${path}`));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).not.toBe('application/octet-stream');
      // Buffer.equals, not toEqual: a deep compare of megabytes element by element takes seconds.
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(file)), path).toBe(true);
    }
    console.log(`atlas:// served all ${files.length} files of dist/renderer`);
  });

  it('refuses other hosts, traversal, missing files and methods other than GET and HEAD', async () => {
    const { root } = fakeBuild();
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    const handle = createAppProtocolHandler(root, readFromDisk);
    expect((await handle(new Request('atlas://evil/index.html'))).status).toBe(404);
    expect((await handle(new Request(`${APP_ORIGIN}/%2e%2e/secret.txt`))).status).toBe(404);
    expect((await handle(new Request(`${APP_ORIGIN}/missing.js`))).status).toBe(404);
    expect((await handle(new Request(`${APP_ORIGIN}/assets`))).status).toBe(404);
    expect((await handle(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request(`${APP_ORIGIN}/index.html`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
