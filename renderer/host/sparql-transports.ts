// Owns the renderer's two ways to reach a SPARQL endpoint: over IPC through main (desktop, CSP connect-src 'self') and with the page's fetch and CORS (web build).
import type { HostBridge } from '../../graph-data/host-api';
import { createFetchTransport, type FetchLike } from '../../graph-data/sparql/fetch-transport';
import { SparqlError } from '../../graph-data/sparql/sparql-errors';
import type { SparqlTransport } from '../../graph-data/sparql/sparql-transport';

/** Desktop: main sends the request; cancelling here cancels it there, so a stopped search frees the connection. */
export function createIpcSparqlTransport(bridge: Pick<HostBridge, 'sparqlQuery' | 'sparqlCancel'>): SparqlTransport {
  let next = 0;
  const session = Math.floor(Math.random() * 0xffffff).toString(36);
  return {
    async send(request) {
      if (request.signal?.aborted) throw new SparqlError('cancelled', request.endpoint, 'the request was cancelled');
      const requestId = `${session}-${(next++).toString(36)}`;
      const onAbort = () => {
        void bridge.sparqlCancel(requestId);
      };
      request.signal?.addEventListener('abort', onAbort);
      try {
        const result = await bridge.sparqlQuery({
          requestId,
          endpoint: request.endpoint,
          query: request.query,
          timeoutMs: request.timeoutMs,
        });
        if (result.ok) return result.response;
        throw new SparqlError(result.kind, request.endpoint, result.detail, result.status);
      } finally {
        request.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

/**
 * Web build: the page fetches the endpoint itself, which works when the endpoint allows cross-origin requests
 * (CORS). A browser reports a refused connection and a missing CORS header alike, so the message names both.
 */
export function createBrowserSparqlTransport(
  fetchImpl: typeof fetch = (...args) => window.fetch(...args),
): SparqlTransport {
  const browserFetch: FetchLike = (url, init) =>
    fetchImpl(url, init as unknown as RequestInit) as unknown as ReturnType<FetchLike>;
  return createFetchTransport(browserFetch, {
    describeNetworkError: () =>
      'unreachable: the browser could not get an answer (the server may be down or the URL wrong, or the endpoint does not allow requests from this page: CORS)',
  });
}
