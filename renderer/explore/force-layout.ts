// Owns the default force-directed layout as a pure computation (no DOM): fcose up to 2,000 nodes, ForceAtlas2 (Barnes–Hut) beyond; runs in the layout worker and in the benchmark.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Positions } from '../../graph-data/explore/view-types';

cytoscape.use(fcose);

export interface LayoutInput {
  nodes: string[];
  edges: [string, string][];
}

/** Above this many nodes fcose is replaced: its spectral step alone took 20 s on 20k nodes (measured, bench/explore-bench.ts). */
export const FCOSE_MAX_NODES = 2000;
export const LAYOUT_SEED = 1949;

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** fcose options shared by the in-page run (small graphs, animated) and this headless one. */
export function fcoseOptions(nodeCount: number): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: nodeCount <= 300 ? 'proof' : 'default',
    randomize: true,
    nodeRepulsion: () => 22000,
    idealEdgeLength: () => 140,
    nodeSeparation: 110,
    packComponents: true,
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator: fcose draws its initial positions from Math.random. */
export function withSeed<T>(seed: number, fn: () => T): T {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = random;
  }
}

function fcoseLayout(input: LayoutInput, seed: number): Positions {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    ...input.nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...input.edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
  ]);
  cy.nodes().style({ width: 30, height: 30 });
  withSeed(seed, () => cy.layout({ ...fcoseOptions(input.nodes.length), animate: false, fit: false } as never).run());
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return positions;
}

/** Fewer passes on very big graphs: each Barnes–Hut pass is O(n log n) and the first picture matters more than polish. */
export function forceAtlasIterations(nodes: number): number {
  return nodes > 10_000 ? 30 : nodes > 5_000 ? 60 : 100;
}

function forceAtlasLayout(input: LayoutInput, seed: number): Positions {
  const graph = new UndirectedGraph();
  const random = seededRandom(seed);
  const spread = Math.sqrt(input.nodes.length) * 40;
  for (const id of input.nodes) graph.addNode(id, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  for (const [source, target] of input.edges) {
    if (source !== target && !graph.hasEdge(source, target)) graph.addEdge(source, target);
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, barnesHutTheta: 0.8 };
  const positions = forceAtlas2(graph, { iterations: forceAtlasIterations(input.nodes.length), settings });
  // FA2 works in its own units; scale so the mean relation is as long as fcose's ideal length, and zoom levels feel the same.
  let total = 0;
  let count = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    const p = positions[source];
    const q = positions[target];
    if (!p || !q) return;
    total += Math.hypot(p.x - q.x, p.y - q.y);
    count++;
  });
  const factor = count > 0 && total > 0 ? 110 / (total / count) : 1;
  const scaled: Positions = {};
  for (const [id, p] of Object.entries(positions)) scaled[id] = { x: p.x * factor, y: p.y * factor };
  return scaled;
}

export function computeForceLayout(input: LayoutInput, seed = LAYOUT_SEED): Positions {
  return input.nodes.length <= FCOSE_MAX_NODES ? fcoseLayout(input, seed) : forceAtlasLayout(input, seed);
}
