// Owns the browser bench's graph files: seeded specs parsed from BROWSER_BENCH_SIZES, generated as Gephi-style GEXF 1.3 with graphology-gexf's writer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { seededRandom } from '../seeded-random';

export interface GraphSpec {
  /** Short name used in tables and file names, e.g. `10k/20k`, `500/18k nopos`, `10k/20k gephi-ids`. */
  name: string;
  nodes: number;
  edges: number;
  /** Whether the file carries viz:position for every node (otherwise the app runs its default layout). */
  positions: boolean;
  /**
   * `gephi`: nodes and edges both numbered from "0", as Gephi writes them (ids collide across the two namespaces).
   * `distinct`: edges numbered "e0", "e1", … so no edge id equals a node id.
   */
  ids: 'gephi' | 'distinct';
}

export interface GraphFile extends GraphSpec {
  path: string;
  bytes: number;
  /** How many node ids are also edge ids (what a Cytoscape view keyed on file ids would lose). */
  collidingEdgeIds: number;
  /** Label of the highest-degree node (the first one on ties): the app-only steps select and focus it. */
  hub: string;
  /** The generator's seed for this file; the baseline also draws its random positions from it (no-positions files). */
  seed: number;
}

/** Issue 11's graphs; 100k/200k is left to BROWSER_BENCH_HUGE because it takes about as long as all the others together. */
export const DEFAULT_SIZES = '1000/5000,10000/20000,10000/20000:gephi,30000/60000,500/18000:nopos';
/** Added by BROWSER_BENCH_HUGE=1: about a minute to open on each side. */
export const HUGE_SIZE = '100000/200000';

const short = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** `N/E` with optional `:nopos` and `:gephi` flags, comma-separated; see README's Benchmarks section. */
export function parseSizes(text: string): GraphSpec[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const [counts = '', ...flags] = item.split(':');
      const match = /^(\d+)\/(\d+)$/.exec(counts);
      if (!match) throw new Error(`BROWSER_BENCH_SIZES: "${item}" is not N/E[:nopos][:gephi]`);
      const unknown = flags.filter((f) => f !== 'nopos' && f !== 'gephi');
      if (unknown.length > 0) throw new Error(`BROWSER_BENCH_SIZES: unknown flag "${unknown[0]}" in "${item}"`);
      const nodes = Number(match[1]);
      const edges = Number(match[2]);
      const positions = !flags.includes('nopos');
      const ids = flags.includes('gephi') ? 'gephi' : 'distinct';
      if (nodes < 2) throw new Error(`BROWSER_BENCH_SIZES: "${item}" needs at least 2 nodes`);
      if (edges > (nodes * (nodes - 1)) / 2)
        throw new Error(`BROWSER_BENCH_SIZES: "${item}" has more edges than pairs`);
      const name = `${short(nodes)}/${short(edges)}${positions ? '' : ' nopos'}${ids === 'gephi' ? ' gephi-ids' : ''}`;
      return { name, nodes, edges, positions, ids };
    });
}

/** Gephi's default palette look: a few saturated colours, one per region of the picture. */
const PALETTE = ['#f55b5b', '#5bf55b', '#5b91f5', '#f5c25b', '#c25bf5', '#5bf5c2'];
/** Model units between grid neighbours: nodes are 30 units wide in both views, so neighbours do not overlap. */
const SPACING = 60;

/**
 * With positions: a jittered grid (the shape a force layout gives a sparse graph), 90% of edges between grid
 * neighbours up to 3 cells apart and 10% between random nodes, like a laid-out real network where most relations
 * are short. Without positions: uniform random pairs, like a dense co-occurrence graph. No self-loops, no duplicates.
 */
export function generateGraph(spec: GraphSpec, seed: number): UndirectedGraph {
  const random = seededRandom(seed);
  const graph = new UndirectedGraph();
  graph.replaceAttributes({
    creator: 'Alliance Atlas browser bench (graphology-gexf writer)',
    description: `seeded synthetic graph ${spec.nodes}/${spec.edges}, seed ${seed}`,
  });
  const cols = Math.ceil(Math.sqrt(spec.nodes));
  for (let i = 0; i < spec.nodes; i++) {
    const attributes: Record<string, unknown> = { label: `Entity ${i}` };
    if (spec.positions) {
      const row = Math.floor(i / cols);
      const col = i % cols;
      attributes.x = Math.round(((col - cols / 2) * SPACING + (random() - 0.5) * SPACING * 0.8) * 100) / 100;
      attributes.y = Math.round(((row - cols / 2) * SPACING + (random() - 0.5) * SPACING * 0.8) * 100) / 100;
      attributes.size = 10;
      attributes.color = PALETTE[(Math.floor(row / 20) * 7 + Math.floor(col / 20)) % PALETTE.length];
    }
    graph.addNode(String(i), attributes);
  }
  const seen = new Set<number>();
  let made = 0;
  while (made < spec.edges) {
    const source = Math.floor(random() * spec.nodes);
    let target: number;
    if (spec.positions && random() < 0.9) {
      const dx = Math.floor(random() * 7) - 3;
      const dy = Math.floor(random() * 7) - 3;
      const col = (source % cols) + dx;
      target = source + dx + dy * cols;
      if (col < 0 || col >= cols || target < 0 || target >= spec.nodes) continue;
    } else {
      target = Math.floor(random() * spec.nodes);
    }
    if (target === source) continue;
    const pair = Math.min(source, target) * spec.nodes + Math.max(source, target);
    if (seen.has(pair)) continue;
    seen.add(pair);
    graph.addEdgeWithKey(spec.ids === 'gephi' ? String(made) : `e${made}`, String(source), String(target));
    made++;
  }
  return graph;
}

/** The seed depends on the graph's shape only: a Gephi-numbered file is the same graph as its distinct-id twin. */
const seedFor = (spec: GraphSpec, seed: number) =>
  (seed + spec.nodes * 31 + spec.edges * 7 + (spec.positions ? 1 : 0)) % 2 ** 31;

/** Writes every spec's file into `dir` (regenerated each run: same seed, same bytes) and says what it wrote. */
export function writeGraphFiles(specs: GraphSpec[], dir: string, seed: number): GraphFile[] {
  mkdirSync(dir, { recursive: true });
  return specs.map((spec) => {
    const graphSeed = seedFor(spec, seed);
    const graph = generateGraph(spec, graphSeed);
    const text = writeGexf(graph, { version: '1.3', pretty: true });
    const path = join(dir, `${spec.name.replace(/[^\w]+/g, '-')}.gexf`);
    writeFileSync(path, text);
    let collidingEdgeIds = 0;
    graph.forEachEdge((key) => {
      if (graph.hasNode(key)) collidingEdgeIds++;
    });
    let hub = { key: '0', degree: -1 };
    graph.forEachNode((key) => {
      const degree = graph.degree(key);
      if (degree > hub.degree) hub = { key, degree };
    });
    const label = String(graph.getNodeAttribute(hub.key, 'label'));
    return { ...spec, path, bytes: Buffer.byteLength(text), collidingEdgeIds, hub: label, seed: graphSeed };
  });
}
