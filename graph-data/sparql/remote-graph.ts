// Owns reading a whole (bounded) graph from an endpoint, page by page, for whole-graph answers such as `kg stats --sparql`.
import type * as RDF from '@rdfjs/types';
import { quadsToAtlasGraph } from '../formats/rdf/rdf-mapping';
import type { AtlasGraph } from '../model/atlas-graph';
import type { RemoteMappingOptions } from './remote-source';
import type { RequestOptions, SparqlClient } from './sparql-client';
import { SparqlError } from './sparql-errors';
import { triplePageQuery } from './sparql-queries';

/** Above this, whole-graph commands refuse: the app is for looking at parts of big graphs, not copying them. */
export const DEFAULT_MAX_TRIPLES = 500_000;
/** Rows per page: under the 10,000-row cap many public endpoints impose on one answer. */
export const TRIPLE_PAGE_SIZE = 10_000;

export interface WholeGraphOptions extends RequestOptions {
  maxTriples?: number;
  onProgress?: (read: number, total: number) => void;
  mapping?: RemoteMappingOptions;
}

const termKey = (term: RDF.Term) =>
  `${term.termType}:${term.value}${term.termType === 'Literal' ? `@${(term as RDF.Literal).language}^${(term as RDF.Literal).datatype.value}` : ''}`;

/**
 * Every triple of the scope, in pages, checked against a COUNT: an endpoint that silently caps answers (a result
 * size limit) or pages inconsistently would otherwise give a graph with triples missing and nothing to say so.
 */
export async function readWholeGraph(client: SparqlClient, options: WholeGraphOptions = {}): Promise<RDF.Quad[]> {
  const request: RequestOptions = { signal: options.signal };
  const total = await client.countTriples(request);
  const max = options.maxTriples ?? DEFAULT_MAX_TRIPLES;
  if (total > max) {
    throw new SparqlError(
      'bad-request',
      client.endpoint,
      `${client.graph ?? 'the default graph'} has ${total.toLocaleString('en-US')} triples, more than the ${max.toLocaleString('en-US')} a whole-graph command reads (raise it with --max-triples)`,
    );
  }
  const quads: RDF.Quad[] = [];
  const seen = new Set<string>();
  for (let offset = 0; offset < total; offset += TRIPLE_PAGE_SIZE) {
    const rows = (await client.select(triplePageQuery(client.scope, TRIPLE_PAGE_SIZE, offset), request)).rows;
    for (const quad of client.rowsToQuads(rows)) {
      const key = `${termKey(quad.subject)} ${quad.predicate.value} ${termKey(quad.object)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      quads.push(quad);
    }
    options.onProgress?.(quads.length, total);
    if (rows.length < TRIPLE_PAGE_SIZE) break;
  }
  if (quads.length !== total) {
    throw new SparqlError(
      'malformed',
      client.endpoint,
      `it counted ${total.toLocaleString('en-US')} triples but its pages held ${quads.length.toLocaleString('en-US')} distinct ones (does it cap result sizes, or did the data change?)`,
    );
  }
  return quads;
}

/** The whole scope as an AtlasGraph, through the same RDF mapping as a file with the same triples. */
export async function loadWholeGraph(client: SparqlClient, options: WholeGraphOptions = {}): Promise<AtlasGraph> {
  const quads = await readWholeGraph(client, options);
  return quadsToAtlasGraph(quads, { ...options.mapping, name: client.describeSource() });
}
