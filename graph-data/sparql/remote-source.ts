// Owns turning endpoint answers into edits of the open graph: every request first, then one merge through the RDF mapping, so a failure changes nothing.
import type * as RDF from '@rdfjs/types';
import { idForRef } from '../formats/rdf/rdf-ids';
import {
  type MergeResult,
  mergeQuadsInto,
  quadsToAtlasGraph,
  type RdfMappingOptions,
} from '../formats/rdf/rdf-mapping';
import { RESOURCE_TYPE_ID } from '../formats/rdf/rdf-ontology';
import type { AtlasGraph } from '../model/atlas-graph';
import { loadNeighbourhood, type NeighbourhoodPage, type NeighbourhoodRequest } from './remote-neighbourhood';
import type { RequestOptions, SparqlClient } from './sparql-client';

/** A change to apply to the open graph, built only after every request it needed succeeded. */
export type GraphEdit = (graph: AtlasGraph) => MergeResult;

/**
 * What the mapping takes from the user rather than the data: the preferred label language, and prefixes (an
 * endpoint declares none, so an unnamed entity shows its local name unless the user gives the file's prefixes).
 */
export type RemoteMappingOptions = Pick<RdfMappingOptions, 'language' | 'prefixes'>;

export interface SearchHit {
  iri: string;
  label: string;
  /** Label of the display type, or "Resource". */
  typeLabel: string;
  description: string;
}

/** Quads → an edit that merges them with the same mapping as a file (entity keys are IRIs, so nothing is duplicated). */
export function mergeEdit(quads: readonly RDF.Quad[], mapping: RemoteMappingOptions = {}): GraphEdit {
  const list = [...quads];
  return (graph) => mergeQuadsInto(graph, list, mapping);
}

/** An empty graph for a new connection: RDF-origin, named after the source, ready for merges. */
export function emptyRemoteGraph(client: SparqlClient, mapping: RemoteMappingOptions = {}): AtlasGraph {
  return quadsToAtlasGraph([], { ...mapping, name: client.describeSource() });
}

/** Entities whose name contains `text`, with the label and type the mapping gives them, best first. */
export async function searchEntities(
  client: SparqlClient,
  text: string,
  limit: number,
  options: RequestOptions & RemoteMappingOptions = {},
): Promise<SearchHit[]> {
  const iris = await client.search(text, limit, options);
  if (iris.length === 0) return [];
  const described = await client.describe(iris, options);
  const graph = quadsToAtlasGraph(described.quads, {
    ...(options.language ? { language: options.language } : {}),
    ...(options.prefixes ? { prefixes: options.prefixes } : {}),
  });
  const ontology = graph.getAttribute('ontology');
  return iris.map((iri) => {
    const key = idForRef(iri);
    const attrs = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    const type = attrs?.type ?? RESOURCE_TYPE_ID;
    return {
      iri,
      label: attrs?.label ?? iri,
      typeLabel: ontology.entityTypes.find((t) => t.id === type)?.label ?? 'Resource',
      description: attrs?.description ?? '',
    };
  });
}

export interface PreparedExpansion {
  page: NeighbourhoodPage;
  edit: GraphEdit;
}

/** Loads a page of `iri`'s neighbourhood and returns the edit that adds it (the entity itself included). */
export async function prepareExpansion(
  client: SparqlClient,
  iri: string,
  request: NeighbourhoodRequest & { mapping?: RemoteMappingOptions } = {},
): Promise<PreparedExpansion> {
  const page = await loadNeighbourhood(client, iri, request);
  return { page, edit: mergeEdit(page.quads, request.mapping) };
}
