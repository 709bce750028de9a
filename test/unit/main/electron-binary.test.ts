// Checks the Electron binary lookup reads the package's path.txt and never requires the package (which, since Electron 42, downloads).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electronBinaryPath } from '../../../main/launcher/electron-binary';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs();

/** A project with a fake `electron` package whose index.js leaves a marker if anything requires it. */
function fakeProject(options: { pathTxt?: string; binary?: boolean }) {
  const root = tempDir('atlas-electron-');
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', main: 'index.js' }));
  const marker = join(root, 'required');
  writeFileSync(join(pkg, 'index.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');`);
  if (options.pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), options.pathTxt);
  if (options.binary) writeFileSync(join(pkg, 'dist', options.pathTxt ?? 'electron'), '');
  return { from: pathToFileURL(join(root, 'main.js')).href, pkg, marker, root };
}

describe('electronBinaryPath', () => {
  it('finds the downloaded binary from path.txt', () => {
    const { from, pkg, marker } = fakeProject({ pathTxt: 'electron', binary: true });
    expect(electronBinaryPath(from, {})).toBe(join(pkg, 'dist', 'electron'));
    expect(existsSync(marker)).toBe(false);
  });
  it('is undefined when the binary was never downloaded, without requiring the package (no download starts)', () => {
    for (const project of [fakeProject({}), fakeProject({ pathTxt: 'electron', binary: false })]) {
      expect(electronBinaryPath(project.from, {})).toBeUndefined();
      expect(existsSync(project.marker)).toBe(false);
    }
  });
  it('honours ELECTRON_OVERRIDE_DIST_PATH like the package does', () => {
    const { from, root } = fakeProject({ pathTxt: 'electron' });
    const dist = join(root, 'custom');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron'), '');
    expect(electronBinaryPath(from, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(join(dist, 'electron'));
  });
  it('is undefined when there is no electron package at all', () => {
    const root = tempDir('atlas-no-electron-');
    expect(electronBinaryPath(pathToFileURL(join(root, 'main.js')).href, {})).toBeUndefined();
  });
});
