// Owns the in-memory graph type shared by every layer: a directed graphology multigraph with typed attributes.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema/atlas-schema';

export type AtlasGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createAtlasGraph(): AtlasGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
}
