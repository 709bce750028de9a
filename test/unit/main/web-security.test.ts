// Checks the CSP, the external-link filter, sender trust and navigation rules.
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSenderUrl,
  WEB_CONTENT_SECURITY_POLICY,
} from '../../../main/web-security';

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
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
  });
  it('is the web build policy the page declares in its meta tag (Electron adds its stricter header)', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(WEB_CONTENT_SECURITY_POLICY);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/a?b=c', 'http://example.org'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'https://user:pw@example.org',
    'not a url',
    'data:text/html,<b>x</b>',
  ])('rejects %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
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
