// Checks the CSP (style hash, workers, header-only directives), sender trust and navigation rules.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  CYTOSCAPE_STYLE_BLOCK,
  CYTOSCAPE_STYLE_HASH,
  isAllowedNavigation,
  isTrustedSenderUrl,
  WEB_CONTENT_SECURITY_POLICY,
  WEB_CONTENT_SECURITY_POLICY_HEADER,
} from '../../../main/web-security';

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('content security policy', () => {
  const directives = directivesOf(CONTENT_SECURITY_POLICY);
  it('allows only our own scripts, with no inline code or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });
  it('keeps the desktop renderer at connect-src self: SPARQL requests go through main', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
  it('lets only the web build fetch http(s) endpoints, and changes nothing else', () => {
    expect(WEB_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' http: https:"),
    );
    expect(WEB_CONTENT_SECURITY_POLICY_HEADER).toBe(`${WEB_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
  it('is the web build policy the page declares in its meta tag (Electron adds its stricter header)', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(WEB_CONTENT_SECURITY_POLICY);
  });
  it("allows styles from our files and Cytoscape's one style block by its hash, never any inline style", () => {
    expect(directives.get('style-src')).toEqual(["'self'", CYTOSCAPE_STYLE_HASH]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes');
    const digest = createHash('sha256').update(CYTOSCAPE_STYLE_BLOCK, 'utf8').digest('base64');
    expect(CYTOSCAPE_STYLE_HASH).toBe(`'sha256-${digest}'`);
  });
  it('names the style block the Cytoscape we bundle injects', () => {
    // Cytoscape builds it as '.' + className + ' { position: relative; }' in its canvas renderer's init; an upgrade
    // that changes it fails here (and the end-to-end CSP test sees the violation in Chromium).
    const bundle = readFileSync('node_modules/cytoscape/dist/cytoscape.esm.mjs', 'utf8');
    const className = /var className = '([^']+)';/.exec(bundle)?.[1];
    expect(className).toBeDefined();
    expect(bundle).toContain("stylesheet.textContent = '.' + className + ' { position: relative; }';");
    expect(CYTOSCAPE_STYLE_BLOCK).toBe(`.${className} { position: relative; }`);
  });
  it('runs workers only from our own files, not from blob: URLs', () => {
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });
  it('sends frame-ancestors only in the header form (a meta tag cannot carry it)', () => {
    expect(directives.has('frame-ancestors')).toBe(false);
    const header = directivesOf(CONTENT_SECURITY_POLICY_HEADER);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, values] of directives) expect(header.get(name), name).toEqual(values);
  });
});

describe('sender trust and navigation', () => {
  it('trusts only frames of our app origin', () => {
    expect(isTrustedSenderUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSenderUrl('https://app/index.html')).toBe(false);
    expect(isTrustedSenderUrl('atlas://evil/index.html')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isTrustedSenderUrl('file:///index.html')).toBe(false);
  });
  it('allows navigation only to our entry page', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('https://example.org')).toBe(false);
    expect(isAllowedNavigation('atlas://app/other.html')).toBe(false);
  });
});
