// Owns the web-facing security policy of the app: the CSP, which external URLs may be opened, and which senders IPC trusts.

function policy(connectSrc: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Cytoscape and Preact set element styles at run time; inline style attributes are needed, inline scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "worker-src 'self' blob:",
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * Strict CSP for the desktop renderer: only our own scripts, no eval, no inline scripts, no remote anything. SPARQL
 * requests go through main (IPC), so the page itself never connects anywhere but its own origin.
 */
export const CONTENT_SECURITY_POLICY = policy("'self'");

/**
 * The web build's CSP (the page's meta tag and the loopback static server): the same, except that the page may
 * fetch http(s) URLs, which is how it asks a SPARQL endpoint the user entered (with CORS). In Electron the meta tag
 * and main's stricter header both apply, so the desktop renderer stays at connect-src 'self'.
 */
export const WEB_CONTENT_SECURITY_POLICY = policy("'self' http: https:");

/** Only plain web links leave the app, and only to the system browser. */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname.length > 0;
}

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
