// Owns the web-facing security policy of the app: the CSP (page and header forms) and which senders and navigations are trusted.

/**
 * The one style element Cytoscape injects into the page (its container rule, in `BRp.init` of its canvas renderer).
 * It is allowed by its hash instead of 'unsafe-inline'; a unit test checks the hash, an end-to-end test that
 * Chromium reports no violation. Element styles set from script (Preact's and Cytoscape's `element.style`) are
 * CSSOM, which style-src does not govern.
 */
export const CYTOSCAPE_STYLE_BLOCK = '.__________cytoscape_container { position: relative; }';
export const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * Strict CSP for the renderer: only our own scripts and workers, no eval, no inline code, no remote anything. This
 * form is also the page's <meta> tag (renderer/index.html), so the web build is covered wherever it is served.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Workers are built files of our own (new Worker(new URL(...))): no blob: workers.
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * The policy as a response header: the same, plus what a <meta> policy cannot carry (Chromium ignores, and warns
 * about, frame-ancestors in a meta tag): no page may frame ours.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export const APP_SCHEME = 'atlas';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** IPC is answered only for frames showing our own page. */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Navigation inside the window is never allowed except reloading our own entry page. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.pathname === '/index.html';
  } catch {
    return false;
  }
}
