// Owns the summary numbers of a graph (counts by type, components, density) used by `kg stats` and the UI.
import { connectedComponents } from 'graphology-components';
import type { AtlasGraph } from './atlas-graph';

export interface GraphStats {
  name: string;
  nodes: number;
  edges: number;
  entityTypes: Record<string, number>;
  relationTypes: Record<string, number>;
  /** Weakly connected components, largest first, each as its node keys. */
  components: string[][];
  /** Directed density: edges / (n * (n - 1)); parallel edges can push it above what a simple graph allows. */
  density: number;
}

function countBy(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export function computeGraphStats(graph: AtlasGraph): GraphStats {
  const n = graph.order;
  const components = connectedComponents(graph).sort(
    (a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''),
  );
  return {
    name: graph.getAttribute('name') ?? '',
    nodes: n,
    edges: graph.size,
    entityTypes: countBy(graph.mapNodes((_, attrs) => attrs.type)),
    relationTypes: countBy(graph.mapEdges((_, attrs) => attrs.type)),
    components,
    density: n > 1 ? graph.size / (n * (n - 1)) : 0,
  };
}
