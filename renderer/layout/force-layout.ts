// Owns the force-directed layouts as pure computations (no DOM), run in the layout worker and the benchmarks: fcose for small sparse graphs, ForceAtlas2 (Barnes–Hut) streamed in batches for the rest.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
// The iteration step and matrix helpers of graphology-layout-forceatlas2: keeping the matrices between batches is
// what lets positions stream out while the layout runs (the library's synchronous call rebuilds them per call).
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import helpers from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { Positions } from '../../graph-data/explore/view-types';

cytoscape.use(fcose);

export interface LayoutNode {
  id: string;
  /** Diameter in model units. */
  size: number;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: [string, string][];
}

export const LAYOUT_SEED = 1949;

/**
 * fcose gives the best pictures but its cost grows fast: its spectral step took 20 s on 20k nodes, springs on a dense
 * 500-node / 18k-edge graph took 21 s, and on uniform random graphs (the layout bench's) it took 1.3 s at 400/800,
 * 2.2 s at 400/1200, 3.4 s at 500/1500, 6.9 s at 800/2000 and 12 s at 1000/3000. It runs where it finishes in about
 * 2 s; past these limits ForceAtlas2 with Barnes–Hut runs instead.
 */
export const FCOSE_MAX_NODES = 400;
export const FCOSE_MAX_EDGES = 1000;
/** fcose's 'proof' quality doubles its time (2.0 s against 0.8 s at 300/600): only on small graphs. */
export const FCOSE_PROOF_MAX_NODES = 200;

export function usesFcose(input: { nodes: readonly unknown[]; edges: readonly unknown[] }): boolean {
  return input.nodes.length <= FCOSE_MAX_NODES && input.edges.length <= FCOSE_MAX_EDGES;
}

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

/** fcose options: spacing grows with the graph's busiest hubs so their neighbourhoods do not pile up. */
export function fcoseOptions(nodeCount: number): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: nodeCount <= FCOSE_PROOF_MAX_NODES ? 'proof' : 'default',
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

export function fcoseLayout(input: LayoutInput, seed: number): Positions {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size } })),
    ...input.edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
  ]);
  cy.nodes().forEach((node) => {
    const size = Number(node.data('size')) || 30;
    node.style({ width: size, height: size });
  });
  withSeed(seed, () => cy.layout({ ...fcoseOptions(input.nodes.length), animate: false, fit: false } as never).run());
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return positions;
}

/** Mean relation length the force layouts are scaled to, so every layout has the same feel at the same zoom. */
export const IDEAL_EDGE_LENGTH = 110;

export interface ForceAtlasProgress {
  positions: Positions;
  iterations: number;
  /** True on the last report: converged or out of iterations. */
  done: boolean;
}

/** A run stops after this long whatever its progress: the picture it streamed is usable, and Stop is always there. */
export const FORCE_ATLAS_MAX_MS = 15_000;

/** Most iterations a run makes; big graphs converge in fewer (each Barnes–Hut pass is O(n log n + m)). */
export function forceAtlasMaxIterations(nodes: number): number {
  return nodes > 20_000 ? 150 : nodes > 5_000 ? 300 : 500;
}

/**
 * A run also stops once it only jitters: after STALL_MIN_ITERATIONS, when the movement over the last STALL_WINDOW
 * iterations is more than STALL_RATIO of the window before (under 10% less).
 */
export const STALL_WINDOW = 50;
export const STALL_RATIO = 0.9;
export const STALL_MIN_ITERATIONS = 150;

/**
 * Dense graphs (mean degree at least DENSE_MEAN_DEGREE) settle their shape early and then swing: their stall rule
 * looks at windows of 25 iterations from iteration 100. Measured against the rule above and against 500 iterations
 * (random graphs, uniform and with six planted communities): at 500/5,000, 1,000/15,000 and 500/18,000 it stopped
 * after 100–175 iterations instead of 200–300, with community separation and relation length within 2% of the rule
 * above. On sparse graphs (mean degree 4–6) it cost 3–9% of either measure, so they keep the rule above.
 */
export const DENSE_MEAN_DEGREE = 20;
export const DENSE_STALL_WINDOW = 25;
export const DENSE_STALL_MIN_ITERATIONS = 100;

/** The stall rule's window and first iteration it applies from, for a graph of this many entities and relations. */
export function stallRule(nodes: number, edges: number): { window: number; minIterations: number } {
  const dense = nodes > 0 && (2 * edges) / nodes >= DENSE_MEAN_DEGREE;
  return dense
    ? { window: DENSE_STALL_WINDOW, minIterations: DENSE_STALL_MIN_ITERATIONS }
    : { window: STALL_WINDOW, minIterations: STALL_MIN_ITERATIONS };
}

/** FA2 works in its own units; model units per FA2 unit, so that the mean relation is IDEAL_EDGE_LENGTH long. */
function scaleFactor(graph: UndirectedGraph, positions: Positions): number {
  let total = 0;
  let count = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    const p = positions[source];
    const q = positions[target];
    if (!p || !q) return;
    total += Math.hypot(p.x - q.x, p.y - q.y);
    count++;
  });
  return count > 0 && total > 0 ? IDEAL_EDGE_LENGTH / (total / count) : 1;
}

function scaled(graph: UndirectedGraph, positions: Positions): Positions {
  const factor = scaleFactor(graph, positions);
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: p.x * factor, y: p.y * factor };
  return out;
}

/**
 * ForceAtlas2 with Barnes–Hut, reporting positions every `reportEveryMs` so the canvas shows the layout forming,
 * and stopping once nodes barely move (mean step under 0.1% of the layout's extent), once they only jitter (see
 * STALL_WINDOW), or after the iteration cap.
 */
export interface ForceAtlasOptions {
  onProgress?: (progress: ForceAtlasProgress) => void;
  /** How often onProgress hears of a running layout, in ms (150). */
  reportEveryMs?: number;
  /** A run stops after this long (FORCE_ATLAS_MAX_MS). */
  maxMs?: number;
  /** Called once, with the positions after the first iteration: the layout's scale is set from there. */
  onFirstIteration?: (positions: Positions) => void;
  /**
   * How far the run is (0–1: the larger of its share of the iteration cap and of the time cap), every
   * `reportEveryMs`; unlike onProgress it copies no positions, so a run nobody watches forming stays cheap.
   */
  onFraction?: (fraction: number) => void;
}

export function forceAtlasLayout(input: LayoutInput, seed: number, options: ForceAtlasOptions = {}): Positions {
  const { onProgress, reportEveryMs = 150, maxMs = FORCE_ATLAS_MAX_MS, onFirstIteration, onFraction } = options;
  const started = Date.now();
  const graph = new UndirectedGraph();
  const random = seededRandom(seed);
  const spread = Math.sqrt(input.nodes.length) * 40;
  for (const node of input.nodes) {
    graph.addNode(node.id, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread, size: node.size / 2 });
  }
  for (const [source, target] of input.edges) {
    if (source !== target && graph.hasNode(source) && graph.hasNode(target) && !graph.hasEdge(source, target)) {
      graph.addEdge(source, target);
    }
  }
  // The iteration step reads every setting: the library's defaults first (a missing one turns positions into NaN).
  const settings = {
    ...defaults,
    ...forceAtlas2.inferSettings(graph),
    // inferSettings' strong gravity of 0.05 let entities with few relations drift far out: the frame then held a
    // few outliers and the graph's body in one corner (the middle half of 401/800 sat in the top 30–85% of the
    // picture). At 1 the picture is centred (10th–90th percentiles at 15–85% on both axes), and 500 iterations of
    // 1000/2000 took 1.3 s instead of 1.9 s.
    gravity: 1,
    barnesHutOptimize: input.nodes.length > 300,
    barnesHutTheta: 0.8,
  };
  const matrices = helpers.graphToByteArrays(graph, () => 1);
  const nodeMatrix = matrices.nodes;
  const order = graph.order;
  const ppn = order > 0 ? nodeMatrix.length / order : 10;
  const maxIterations = forceAtlasMaxIterations(order);
  const stall = stallRule(order, graph.size);
  const read = (): Positions => {
    const positions: Positions = {};
    let i = 0;
    graph.forEachNode((key) => {
      positions[key] = { x: nodeMatrix[i * ppn] ?? 0, y: nodeMatrix[i * ppn + 1] ?? 0 };
      i++;
    });
    return positions;
  };
  let lastReport = Date.now();
  let iterations = 0;
  let windowMoves = 0;
  let lastWindowMoves = 0;
  let stalled = false;
  const previous = new Float32Array(order * 2);
  for (; iterations < maxIterations; ) {
    for (let n = 0; n < order; n++) {
      previous[n * 2] = nodeMatrix[n * ppn] ?? 0;
      previous[n * 2 + 1] = nodeMatrix[n * ppn + 1] ?? 0;
    }
    iterate(settings, nodeMatrix, matrices.edges);
    iterations++;
    let moved = 0;
    let x1 = Number.POSITIVE_INFINITY;
    let x2 = Number.NEGATIVE_INFINITY;
    for (let n = 0; n < order; n++) {
      const x = nodeMatrix[n * ppn] ?? 0;
      const y = nodeMatrix[n * ppn + 1] ?? 0;
      moved += Math.hypot(x - (previous[n * 2] ?? 0), y - (previous[n * 2 + 1] ?? 0));
      x1 = Math.min(x1, x);
      x2 = Math.max(x2, x);
    }
    const step = order > 0 && x2 > x1 ? moved / order / (x2 - x1) : 0;
    const converged = iterations > 30 && order > 0 && step < 0.001;
    windowMoves += step;
    if (iterations % stall.window === 0) {
      // Dense graphs never reach the threshold: ForceAtlas2 keeps swinging every entity by a fixed share of the
      // picture (500/18k: 0.36% per iteration from iteration 200 to 500, its shape and extent unchanged).
      stalled = lastWindowMoves > 0 && windowMoves > lastWindowMoves * STALL_RATIO;
      lastWindowMoves = windowMoves;
      windowMoves = 0;
    }
    if (converged || (iterations >= stall.minIterations && stalled) || Date.now() - started > maxMs) break;
    if (iterations === 1) onFirstIteration?.(scaled(graph, read()));
    if ((onProgress || onFraction) && Date.now() - lastReport >= reportEveryMs) {
      lastReport = Date.now();
      onProgress?.({ positions: scaled(graph, read()), iterations, done: false });
      onFraction?.(Math.min(1, Math.max(iterations / maxIterations, (lastReport - started) / maxMs)));
    }
  }
  const positions = scaled(graph, read());
  onProgress?.({ positions, iterations, done: true });
  return positions;
}

export function computeForceLayout(input: LayoutInput, seed = LAYOUT_SEED): Positions {
  return usesFcose(input) ? fcoseLayout(input, seed) : forceAtlasLayout(input, seed);
}
