// Owns the web-facing security policy of the app: the CSP (page and header forms) and which senders and navigations are trusted.

/**
 * The one style element Cytoscape injects into the page (its container rule, in `BRp.init` of its canvas renderer).
 * It is allowed by its hash instead of 'unsafe-inline'; a unit test checks the hash, an end-to-end test that
 * Chromium reports no violation. Element styles set from script (Preact's and Cytoscape's `element.style`) are
 * CSSOM, which style-src does not govern.
 */
export const CYTOSCAPE_STYLE_BLOCK = '.__________cytoscape_container { position: relative; }';
export const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

function policy(connectSrc: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Workers are built files of our own (new Worker(new URL(...))): no blob: workers.
    "worker-src 'self'",
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * Strict CSP for the desktop renderer: only our own scripts and workers, no eval, no inline code, no remote
 * anything. SPARQL requests go through main (IPC), so the page itself never connects anywhere but its own origin.
 */
export const CONTENT_SECURITY_POLICY = policy("'self'");

/**
 * The web build's CSP (the page's <meta> tag, so it covers the web build wherever it is served, and the loopback
 * static server): the same, except that the page may fetch http(s) URLs, which is how it asks a SPARQL endpoint the
 * user entered (with CORS). In Electron the meta tag and main's stricter header both apply, so the desktop renderer
 * stays at connect-src 'self'.
 */
export const WEB_CONTENT_SECURITY_POLICY = policy("'self' http: https:");

/**
 * The policy as a response header: the same, plus what a <meta> policy cannot carry (Chromium ignores, and warns
 * about, frame-ancestors in a meta tag): no page may frame ours.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
export const WEB_CONTENT_SECURITY_POLICY_HEADER = `${WEB_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

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
