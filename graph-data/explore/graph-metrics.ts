// Owns node metrics for sizing, colouring and the table: degree, betweenness, PageRank (graphology-metrics) and Louvain communities.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { AtlasGraph } from '../model/atlas-graph';

export type MetricName = 'degree' | 'betweenness' | 'pagerank' | 'community';
export type MetricValues = Map<string, number>;

/** Parallel relations collapse into one weighted edge and self-loops go: the centralities are about who connects whom. */
function simpleDirected(graph: AtlasGraph): DirectedGraph {
  const simple = new DirectedGraph();
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_key, _attrs, source, target) => {
    if (source === target) return;
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (w: number) => w + 1);
    else simple.addEdge(source, target, { weight: 1 });
  });
  return simple;
}

function simpleUndirected(graph: AtlasGraph): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_key, _attrs, source, target) => {
    if (source === target) return;
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (w: number) => w + 1);
    else simple.addEdge(source, target, { weight: 1 });
  });
  return simple;
}

/** Deterministic generator so community colours do not change between runs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function toMap(record: Record<string, number>): MetricValues {
  return new Map(Object.entries(record));
}

export function computeMetric(graph: AtlasGraph, metric: MetricName): MetricValues {
  switch (metric) {
    case 'degree':
      return new Map(graph.mapNodes((key) => [key, graph.degree(key)] as const));
    case 'betweenness':
      // Unweighted on purpose: hop counts, as a reader follows relations.
      return toMap(betweenness(simpleDirected(graph), { normalized: true }));
    case 'pagerank':
      return toMap(pagerank(simpleDirected(graph), { getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-8 }));
    case 'community': {
      if (graph.size === 0) return new Map(graph.mapNodes((key) => [key, 0] as const));
      return toMap(louvain(simpleUndirected(graph), { getEdgeWeight: 'weight', rng: seeded(7) }));
    }
  }
}

/** Caches metrics per graph object: each is computed the first time it is asked for (betweenness is O(V·E)). */
export class MetricCache {
  private graph: AtlasGraph | null = null;
  private values = new Map<MetricName, MetricValues>();

  get(graph: AtlasGraph, metric: MetricName): MetricValues {
    if (graph !== this.graph) {
      this.graph = graph;
      this.values.clear();
    }
    let values = this.values.get(metric);
    if (!values) {
      values = computeMetric(graph, metric);
      this.values.set(metric, values);
    }
    return values;
  }
}

/** Maps metric values to node diameters between `min` and `max` (square root, so area tracks the value). */
export function sizesFor(values: MetricValues, min = 18, max = 70): Map<string, number> {
  let top = 0;
  for (const v of values.values()) top = Math.max(top, v);
  const sizes = new Map<string, number>();
  for (const [key, v] of values) sizes.set(key, top > 0 ? min + (max - min) * Math.sqrt(v / top) : min);
  return sizes;
}

/** A colour-blind-safe qualitative palette (Paul Tol's "muted" + extras) cycled over community ids. */
export const COMMUNITY_PALETTE = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#DDDDDD',
  '#E69F00',
  '#0072B2',
];

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length] ?? '#888888';
}
