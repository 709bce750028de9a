// Owns access to the embedded default graph (built from the source essay), validated through the same loader as any user file.
import type { AtlasGraph } from '../model/atlas-graph';
import { buildAtlasGraph } from '../model/load-atlas-graph';
import embedded from './alliance-atlas.json' with { type: 'json' };

export const EMBEDDED_GRAPH_FILE_NAME = 'alliance-atlas.json';

/** The raw serialization, for tests and exports that need the file as shipped. */
export const embeddedGraphData: unknown = embedded;

export function loadEmbeddedGraph(): AtlasGraph {
  return buildAtlasGraph(embeddedGraphData, EMBEDDED_GRAPH_FILE_NAME);
}
