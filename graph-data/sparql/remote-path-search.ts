// Owns answering a path query against an endpoint: explore remotely, map what was walked with the RDF mapping, describe the entities on the paths, and run the ordinary path engine on that subgraph.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { idForRef } from '../formats/rdf/rdf-ids';
import { getRdfNodeData, mergeQuadsInto, quadsToAtlasGraph } from '../formats/rdf/rdf-mapping';
import { OWL_SYMMETRIC_PROPERTY, RDF_TYPE } from '../formats/rdf/rdf-vocabulary';
import type { AtlasGraph } from '../model/atlas-graph';
import { findPaths } from '../paths/find-paths';
import { PathQueryError } from '../paths/path-constraints';
import type { NoPathExplanation, PathQuery, PathSearchResult } from '../paths/path-types';
import { type ExploreProgress, type ExploreResult, type ExploreStop, exploreBetween } from './remote-path-explore';
import type { RemoteMappingOptions } from './remote-source';
import type { RequestOptions, SparqlClient } from './sparql-client';
import { symmetricPredicatesQuery } from './sparql-queries';

export interface RemotePathOptions extends RequestOptions {
  onProgress?: (progress: ExploreProgress) => void;
  maxExplored?: number;
  /** Frontier entities per query and rows per query; see ExploreRequest. */
  batchSize?: number;
  rowLimit?: number;
  maxPaths?: number;
  /** Preferred label language and display prefixes, as for files. */
  mapping?: RemoteMappingOptions;
}

/** How complete the remote search was, when it was not: said next to the paths so nobody reads "no path" into a cap. */
export interface RemoteSearchNote {
  stop: ExploreStop;
  explored: number;
  requests: number;
  skippedHubs: string[];
  blankNodesReached: number;
}

export interface RemotePathOutcome {
  /** The mapped subgraph the paths were found in (every relation walked; the path entities described). */
  graph: AtlasGraph;
  result: PathSearchResult;
  /** Only the paths' own triples (relations and descriptions): what the UI adds to the open graph. */
  pathQuads: RDF.Quad[];
  explore: ExploreResult;
  /** Present when a cap or the data's shape may have hidden a path. */
  incomplete?: RemoteSearchNote;
}

/** Modes and constraints whose answer the remote exploration is known to contain. */
function checkSupported(query: PathQuery): void {
  if (query.mode === 'weighted' || query.weightAttribute !== undefined) {
    throw new PathQueryError('weighted paths are not available on a SPARQL endpoint (RDF relations carry no weight)');
  }
  if (query.through !== undefined) {
    throw new PathQueryError('a waypoint (through) is not available on a SPARQL endpoint yet');
  }
  if (query.period !== undefined) {
    throw new PathQueryError('a period filter is not available on a SPARQL endpoint (RDF relations carry no dates)');
  }
}

/** Predicates the endpoint declares owl:SymmetricProperty: the mapping walks them both ways, so the exploration must too. */
async function symmetricPredicates(client: SparqlClient, options: RequestOptions): Promise<string[]> {
  const rows = (await client.select(symmetricPredicatesQuery(client.scope, 10_000), options)).rows;
  return rows.map((row) => client.iri(row, 'p').value);
}

function remoteExplanation(
  query: PathQuery,
  explore: ExploreResult,
  labels: { from: string; to: string },
): NoPathExplanation {
  const searched = `${explore.progress.explored.toLocaleString('en-US')} entities searched on the endpoint`;
  const unconstrained =
    query.direction === 'any' &&
    !query.via?.length &&
    !query.excludeRelationTypes?.length &&
    !query.excludeEntities?.length;
  if (explore.stop === 'exhausted' && unconstrained && explore.blankNodesReached === 0) {
    const side = explore.exhaustedSide === 'to' ? labels.to : labels.from;
    return {
      reason: 'different-components',
      relaxations: [],
      sentence: `${labels.from} and ${labels.to} are not connected: everything connected to ${side} was searched (${searched}).`,
    };
  }
  const limit =
    explore.stop === 'exhausted'
      ? 'under these constraints'
      : `within ${query.maxHops} hop${query.maxHops === 1 ? '' : 's'}`;
  return {
    reason: 'constraint',
    relaxations: explore.stop === 'max-hops' ? [{ kind: 'max-hops', maxHops: query.maxHops + 1 }] : [],
    sentence: `No path from ${labels.from} to ${labels.to} ${limit} (${searched}).`,
  };
}

/**
 * Runs `query` (from/to/exclude are IRIs, via/without predicate IRIs) against the endpoint. The paths are the
 * engine's own answer on the walked subgraph, which contains every shortest path (mode shortest) or every simple
 * path within maxHops (modes all and k-shortest), so they are the paths a file with the same triples gives.
 */
export async function findRemotePaths(
  client: SparqlClient,
  query: PathQuery,
  options: RemotePathOptions = {},
): Promise<RemotePathOutcome> {
  checkSupported(query);
  const request: RequestOptions = { signal: options.signal };
  const symmetric = query.direction === 'any' ? [] : await symmetricPredicates(client, request);
  const explore = await exploreBetween(client, {
    from: query.from,
    to: query.to,
    direction: query.direction,
    maxHops: query.maxHops,
    until: query.mode === 'shortest' ? 'meet' : 'radius',
    predicates: {
      ...(query.via ? { only: query.via } : {}),
      ...(query.excludeRelationTypes ? { never: query.excludeRelationTypes } : {}),
    },
    symmetric,
    excludeEntities: query.excludeEntities ?? [],
    signal: options.signal,
    ...(options.maxExplored !== undefined ? { maxExplored: options.maxExplored } : {}),
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    ...(options.rowLimit !== undefined ? { rowLimit: options.rowLimit } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const a = DataFactory.namedNode(RDF_TYPE);
  const symmetricQuads = symmetric.map((p) =>
    DataFactory.quad(DataFactory.namedNode(p), a, DataFactory.namedNode(OWL_SYMMETRIC_PROPERTY)),
  );
  // Node and edge insertion order breaks ties between equal paths: it comes from the relations alone.
  const relationQuads = [...explore.quads, ...symmetricQuads];
  const mapping = { ...options.mapping, name: client.describeSource() };
  const described = new Map<string, RDF.Quad[]>();
  /** Describes the IRIs not described yet and returns their new quads. */
  const describeMissing = async (iris: Iterable<string>): Promise<RDF.Quad[]> => {
    const missing = [...new Set(iris)].filter((iri) => !described.has(iri) && !iri.startsWith('_:'));
    for (const iri of missing) described.set(iri, []);
    const batch = await client.describe(missing, request);
    for (const quad of batch.quads) described.get(quad.subject.value)?.push(quad);
    return batch.quads;
  };
  const localQuery = (g: AtlasGraph): PathQuery => ({
    ...query,
    from: idForRef(query.from),
    to: idForRef(query.to),
    ...(query.via ? { via: query.via.map(idForRef) } : {}),
    ...(query.excludeRelationTypes ? { excludeRelationTypes: query.excludeRelationTypes.map(idForRef) } : {}),
    // Excluded entities the walk never touched are not in the subgraph, and nothing can cross them anyway.
    excludeEntities: (query.excludeEntities ?? []).map(idForRef).filter((key) => g.hasNode(key)),
  });
  const search = (g: AtlasGraph) =>
    findPaths(g, localQuery(g), {
      ...(options.maxPaths !== undefined ? { maxPaths: options.maxPaths } : {}),
      timeBudgetMs: 30_000,
    });
  // Relations first, then the ends' descriptions (an end the walk never connected still needs its name and type).
  const ends = await describeMissing([query.from, query.to]);
  const graph = quadsToAtlasGraph([...relationQuads, ...ends], mapping);
  let result = search(graph);
  // Then the descriptions of the entities on the paths, merged into the same graph: literals and types only, no
  // relation, so the paths stay the same and only their labels and types are filled in.
  const onPaths = result.paths.flatMap((path) => path.nodes.map((key) => getRdfNodeData(graph, key)?.id ?? key));
  const more = await describeMissing(onPaths);
  if (more.length > 0) {
    mergeQuadsInto(graph, more, options.mapping ?? {});
    result = search(graph);
  }
  const pathQuads = pathTriples(graph, result, relationQuads, described);
  const outcome: RemotePathOutcome = { graph, result, pathQuads, explore };
  const incomplete =
    explore.stop === 'explore-cap' ||
    explore.skippedHubs.length > 0 ||
    (result.paths.length === 0 && explore.blankNodesReached > 0);
  if (incomplete) {
    outcome.incomplete = {
      stop: explore.stop,
      explored: explore.progress.explored,
      requests: explore.progress.requests,
      skippedHubs: explore.skippedHubs,
      blankNodesReached: explore.blankNodesReached,
    };
  }
  if (result.paths.length === 0) {
    delete result.explanation;
    if (explore.stop !== 'explore-cap') {
      result.explanation = remoteExplanation(query, explore, { from: result.from.label, to: result.to.label });
    }
  }
  return outcome;
}

/** The relations on the found paths and the descriptions of their entities: all the UI needs to show the paths. */
function pathTriples(
  graph: AtlasGraph,
  result: PathSearchResult,
  relations: readonly RDF.Quad[],
  described: ReadonlyMap<string, RDF.Quad[]>,
): RDF.Quad[] {
  const onPath = new Set<string>();
  const edgeKeys = new Set(result.paths.flatMap((p) => p.edges));
  for (const path of result.paths) for (const node of path.nodes) onPath.add(node);
  const ends = new Set(
    [...edgeKeys].map(
      (edge) => `${graph.source(edge)}\n${graph.getEdgeAttribute(edge, 'type')}\n${graph.target(edge)}`,
    ),
  );
  const key = (term: RDF.Term) => idForRef(term.termType === 'BlankNode' ? `_:${term.value}` : term.value);
  const quads = relations.filter(
    (q) =>
      q.predicate.value !== RDF_TYPE && ends.has(`${key(q.subject)}\n${idForRef(q.predicate.value)}\n${key(q.object)}`),
  );
  const nodes = new Set([...onPath, result.from.id, result.to.id]);
  for (const [iri, list] of described) if (nodes.has(idForRef(iri))) quads.push(...list);
  return quads;
}
