// Checks that the installed Cytoscape carries our patch (patches/, applied by patch-package on install): the element texture cache clears a spot only when it draws into it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the Cytoscape patch', () => {
  it('is applied to both builds the app and the tests load, and re-applied on every install', () => {
    for (const file of ['cytoscape.esm.mjs', 'cytoscape.cjs.js']) {
      const source = readFileSync(join(root, 'node_modules', 'cytoscape', 'dist', file), 'utf8');
      const start = source.indexOf('ETCp.getElement = function');
      const body = source.slice(start, source.indexOf('ETCp.', start + 10));
      // Before the patch the spot was cleared before the early returns of a lower or higher level cache.
      expect(body.indexOf('clearSpot();')).toBeGreaterThan(body.indexOf('if (scalableFrom(oneUpCache))'));
      expect(body).not.toMatch(/\n {2}txr\.context\.clearRect/);
    }
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.postinstall).toBe('patch-package');
  });
});
