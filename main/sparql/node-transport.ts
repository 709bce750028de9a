// Owns the SPARQL transport on Node's fetch, shared by the kg CLI and Electron main: the pure fetch transport with Node's network error wording.
import { createFetchTransport, type FetchLike, type FetchResponseLike } from '../../graph-data/sparql/fetch-transport';
import type { SparqlTransport } from '../../graph-data/sparql/sparql-transport';

/** The transport's init is built from the same web-standard AbortController Node's fetch expects; only the static types differ. */
const nodeFetch: FetchLike = (url, init) =>
  fetch(url, init as unknown as RequestInit) as unknown as Promise<FetchResponseLike>;

export function createNodeSparqlTransport(): SparqlTransport {
  return createFetchTransport(nodeFetch);
}
