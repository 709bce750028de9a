// Owns loading one entity's neighbourhood from an endpoint, a capped page at a time: the relations to each neighbour and what describes them.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { DEFAULT_EXPANSION_LIMIT, MAX_EXPANSION_LIMIT } from './expansion-text';
import type { RequestOptions, SparqlClient } from './sparql-client';
import { SparqlError } from './sparql-errors';
import { neighbourPageQuery } from './sparql-queries';

export interface NeighbourhoodRequest extends RequestOptions {
  /** Neighbours in this page (the cap per expansion). */
  limit?: number;
  /** Neighbours already loaded by earlier pages of the same entity. */
  offset?: number;
  onProgress?: (step: NeighbourhoodStep) => void;
}

export type NeighbourhoodStep = 'counting' | 'relations' | 'describing';

export interface NeighbourhoodPage {
  center: string;
  /** Relations between the center and this page's neighbours, plus literal/type triples describing them (and the center). */
  quads: RDF.Quad[];
  /** Distinct neighbours the endpoint knows for the center. */
  total: number;
  /** Neighbours in this page. */
  count: number;
  /** Neighbours loaded so far, this page included: the "200" in "showing 200 of 4,312". */
  shown: number;
  /** Offset of the next page, or null when this page reached the last neighbour. */
  nextOffset: number | null;
  /** Some describing triples were left out by a row cap. */
  truncated: boolean;
}

/**
 * Loads the neighbours `offset .. offset+limit` of `iri` (in IRI order) with every relation joining them to it, then
 * describes them. Nothing is merged here: the caller adds the quads to the graph only once every request succeeded.
 */
export async function loadNeighbourhood(
  client: SparqlClient,
  iri: string,
  request: NeighbourhoodRequest = {},
): Promise<NeighbourhoodPage> {
  const limit = Math.min(MAX_EXPANSION_LIMIT, Math.max(1, Math.floor(request.limit ?? DEFAULT_EXPANSION_LIMIT)));
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const options: RequestOptions = { signal: request.signal };
  request.onProgress?.('counting');
  const total = await client.countNeighbours(iri, options);
  if (offset === 0 && total === 0 && !(await client.exists(iri, options))) {
    throw new SparqlError('bad-request', client.endpoint, `no entity ${iri} in ${client.graph ?? 'the default graph'}`);
  }
  request.onProgress?.('relations');
  const center = DataFactory.namedNode(iri);
  const rows = (await client.select(neighbourPageQuery(client.scope, iri, limit, offset), options)).rows;
  const quads: RDF.Quad[] = [];
  const neighbours = new Set<string>();
  const toDescribe = new Set<string>(offset === 0 ? [iri] : []);
  for (const row of rows) {
    const neighbour = client.resource(row, 'n');
    const predicate = client.iri(row, 'p');
    const direction = row.direction?.value;
    if (direction !== 'out' && direction !== 'in') {
      throw new SparqlError('malformed', client.endpoint, 'expected "in" or "out" in ?direction');
    }
    quads.push(
      direction === 'out'
        ? DataFactory.quad(center, predicate, neighbour)
        : DataFactory.quad(neighbour, predicate, center),
    );
    if (neighbour.value === iri && neighbour.termType === 'NamedNode') continue;
    neighbours.add(`${neighbour.termType}:${neighbour.value}`);
    if (neighbour.termType === 'NamedNode') toDescribe.add(neighbour.value);
  }
  request.onProgress?.('describing');
  const described = await client.describe(toDescribe, options);
  quads.push(...described.quads);
  const count = neighbours.size;
  const shown = Math.min(total, offset + count);
  return {
    center: iri,
    quads,
    total,
    count,
    shown,
    nextOffset: count === limit && shown < total ? offset + count : null,
    truncated: described.truncated,
  };
}
