// Checks that asset paths resolve inside the renderer folder and traversal attempts are refused.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveStaticAsset } from '../../../main/static-assets';

const root = resolve('/srv/app/renderer');

describe('resolveStaticAsset', () => {
  it('maps / to index.html and nested paths inside the root', () => {
    expect(resolveStaticAsset(root, '/')).toBe(resolve(root, 'index.html'));
    expect(resolveStaticAsset(root, '/assets/index.js')).toBe(resolve(root, 'assets/index.js'));
  });
  it.each(['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/a%00b', '/%E0%A4%A'])('refuses %s', (path) => {
    expect(resolveStaticAsset(root, path)).toBeNull();
  });
  it('gives the right content types', () => {
    expect(mimeTypeFor('a/index.html')).toMatch(/text\/html/);
    expect(mimeTypeFor('a/x.js')).toMatch(/javascript/);
    expect(mimeTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });
});
