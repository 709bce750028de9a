// Owns the contract between the SPARQL client and whoever does the HTTP (main in the desktop app, fetch in the web build, Node in the CLI), and the endpoint URL rules.
import { SparqlError } from './sparql-errors';
import { type PlatformUrl, WebUrl } from './web-platform';

/** Every request has a timeout; these bound what a caller (or a compromised renderer over IPC) may ask for. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 300_000;
/** Largest answer accepted for one query; the client pages and caps its queries far below this. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Longest query text sent; batched VALUES queries stay far below it. */
export const MAX_QUERY_CHARS = 1_000_000;
export const MAX_ENDPOINT_CHARS = 2048;

export const SPARQL_RESULTS_JSON = 'application/sparql-results+json';

/** Structural subset of AbortSignal, so the pure layer needs no DOM types. */
export interface SparqlCancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface SparqlHttpRequest {
  endpoint: string;
  /** The SPARQL query text; sent as an `application/x-www-form-urlencoded` POST (SPARQL 1.1 Protocol §2.1.2). */
  query: string;
  timeoutMs: number;
  signal?: SparqlCancelSignal;
}

/** What came back, uninterpreted: the client decides what a status or a body means. */
export interface SparqlHttpResponse {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

/**
 * Does one HTTP exchange. Resolves with any HTTP answer (error statuses included); rejects only with a SparqlError
 * of kind unreachable, timeout, cancelled, redirect or too-large.
 */
export interface SparqlTransport {
  send(request: SparqlHttpRequest): Promise<SparqlHttpResponse>;
}

/**
 * The endpoint rules every side applies (the dialog, main before any request, the CLI): an absolute http(s) URL,
 * no credentials in it (they would be sent to whoever the URL names, and shown in messages), no fragment.
 * Returns the normalised URL string.
 */
export function checkEndpointUrl(candidate: string): string {
  const text = candidate.trim();
  const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  if (text === '') throw new SparqlError('bad-endpoint', '(none)', 'enter the URL of a SPARQL endpoint');
  if (text.length > MAX_ENDPOINT_CHARS) {
    throw new SparqlError('bad-endpoint', shown, `the URL is longer than ${MAX_ENDPOINT_CHARS} characters`);
  }
  let url: PlatformUrl;
  try {
    url = new WebUrl(text);
  } catch {
    throw new SparqlError('bad-endpoint', shown, 'not a URL (expected e.g. https://example.org/sparql)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SparqlError('bad-endpoint', shown, `only http and https endpoints can be used, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new SparqlError(
      'bad-endpoint',
      `${url.protocol}//${url.host}${url.pathname}`,
      'remove the user name and password from the URL',
    );
  }
  if (url.hash !== '') throw new SparqlError('bad-endpoint', shown, 'an endpoint URL has no #fragment');
  return url.toString();
}

export function clampTimeout(timeoutMs: number | undefined): number {
  const value = timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(value)) return DEFAULT_TIMEOUT_MS;
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, Math.round(value)));
}
