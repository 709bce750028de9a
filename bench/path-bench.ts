// Owns the path-engine benchmark: our searches on seeded synthetic graphs next to graphology's own, measured in the same run.
import { bidirectional as dijkstraBidirectional } from 'graphology-shortest-path/dijkstra';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { allSimpleEdgeGroupPaths } from 'graphology-simple-path';
import type { AtlasGraph } from '../graph-data/model/atlas-graph';
import { defaultPathQuery, findPaths, type PathQuery } from '../graph-data/paths';
import { median } from './bench-stats';
import { makeSyntheticGraph, seededRandom } from './synthetic-graph';

const PAIRS = 25;
const ALL_PATHS_CAP = 1000;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface Row {
  graph: string;
  task: string;
  medianMs: number;
  baselineMs: number | null;
  note: string;
}

/** Random pairs for shortest path; pairs 3 out-hops apart (a random walk) for all-paths, so there is something to find. */
function pickPairs(graph: AtlasGraph, seed: number, walk: number): [string, string][] {
  const random = seededRandom(seed);
  const pairs: [string, string][] = [];
  while (pairs.length < PAIRS) {
    const source = `n${Math.floor(random() * graph.order)}`;
    let target = `n${Math.floor(random() * graph.order)}`;
    if (walk > 0) {
      target = source;
      for (let i = 0; i < walk; i++) {
        const out = graph.outNeighbors(target);
        if (out.length === 0) break;
        target = out[Math.floor(random() * out.length)] as string;
      }
    }
    if (target !== source) pairs.push([source, target]);
  }
  return pairs;
}

function measure(pairs: [string, string][], run: (s: string, t: string) => unknown): number {
  for (const [s, t] of pairs.slice(0, 3)) run(s, t); // warm-up: JIT and caches
  return median(pairs.map(([s, t]) => time(() => run(s, t))));
}

function benchGraph(nodes: number, edges: number, rows: Row[]): void {
  const label = `${nodes / 1000}k/${edges / 1000}k`;
  const buildMs = time(() => undefined);
  const started = performance.now();
  const graph = makeSyntheticGraph({ nodes, edges, seed: 42 });
  rows.push({
    graph: label,
    task: 'build graph (once)',
    medianMs: performance.now() - started + buildMs,
    baselineMs: null,
    note: '',
  });

  const pairs = pickPairs(graph, 7, 0);
  const query = (s: string, t: string, extra: Partial<PathQuery> = {}): PathQuery => ({
    ...defaultPathQuery(s, t),
    maxHops: 100,
    ...extra,
  });
  const baseline = measure(pairs, (s, t) => bidirectional(graph, s, t));
  const lengths = pairs.map(([s, t]) => (bidirectional(graph, s, t)?.length ?? 0) - 1);
  rows.push({
    graph: label,
    task: 'graphology bidirectional (baseline)',
    medianMs: baseline,
    baselineMs: baseline,
    note: `median length ${median(lengths)}`,
  });
  const agree = pairs.every(
    ([s, t], i) => (findPaths(graph, query(s, t), { useLibraryFastPath: false }).paths[0]?.length ?? -1) === lengths[i],
  );
  rows.push({
    graph: label,
    task: 'shortest: findPaths (library fast path)',
    medianMs: measure(pairs, (s, t) => findPaths(graph, query(s, t))),
    baselineMs: baseline,
    note: '',
  });
  rows.push({
    graph: label,
    task: 'shortest: our bidirectional BFS',
    medianMs: measure(pairs, (s, t) => findPaths(graph, query(s, t), { useLibraryFastPath: false })),
    baselineMs: baseline,
    note: agree ? 'same lengths as baseline' : 'LENGTHS DIFFER FROM BASELINE',
  });
  rows.push({
    graph: label,
    task: 'shortest: any direction, via 2 of 4 types',
    medianMs: measure(pairs, (s, t) =>
      findPaths(graph, query(s, t, { direction: 'any', via: ['supports', 'deployed'] })),
    ),
    baselineMs: baseline,
    note: 'constrained; no library equivalent',
  });
  const weightedBaseline = measure(pairs, (s, t) => dijkstraBidirectional(graph, s, t, 'weight'));
  rows.push({
    graph: label,
    task: 'graphology dijkstra.bidirectional (baseline)',
    medianMs: weightedBaseline,
    baselineMs: weightedBaseline,
    note: 'edge attribute weight',
  });
  rows.push({
    graph: label,
    task: 'weighted: our bidirectional Dijkstra',
    medianMs: measure(pairs, (s, t) => findPaths(graph, query(s, t, { mode: 'weighted' }))),
    baselineMs: weightedBaseline,
    note: '',
  });

  const near = pickPairs(graph, 11, 3);
  const allQuery = (s: string, t: string) => query(s, t, { mode: 'all', maxHops: 4 });
  // allSimpleEdgePaths refuses multigraphs; the group variant lists parallel edges per hop, so its edge-path count
  // is the sum over group paths of the product of group sizes.
  const baselinePaths = (s: string, t: string) => allSimpleEdgeGroupPaths(graph, s, t, { maxDepth: 4 });
  const edgePathCount = (groups: string[][][]) =>
    groups.reduce((sum, path) => sum + path.reduce((product, group) => product * group.length, 1), 0);
  const allBaseline = measure(near, baselinePaths);
  let capped = 0;
  let mismatched = 0;
  const counts = near.map(([s, t]) => {
    const result = findPaths(graph, allQuery(s, t), { maxPaths: ALL_PATHS_CAP, timeBudgetMs: 2000 });
    if (result.truncated) capped++;
    else if (result.paths.length !== edgePathCount(baselinePaths(s, t))) mismatched++;
    return result.paths.length;
  });
  rows.push({
    graph: label,
    task: 'graphology allSimpleEdgeGroupPaths ≤4 (baseline)',
    medianMs: allBaseline,
    baselineMs: allBaseline,
    note: 'uncapped, returns an array',
  });
  rows.push({
    graph: label,
    task: `all paths ≤4 hops (cap ${ALL_PATHS_CAP})`,
    medianMs: measure(near, (s, t) =>
      findPaths(graph, allQuery(s, t), { maxPaths: ALL_PATHS_CAP, timeBudgetMs: 2000 }),
    ),
    baselineMs: allBaseline,
    note: `median ${median(counts)} paths, ${capped} capped, ${mismatched === 0 ? 'counts match baseline' : `${mismatched} COUNT MISMATCHES`}`,
  });
  // Deep enumeration, where the caps matter: the library has no cap, so it is not run here.
  let deepCapped = 0;
  const deep = measure(near.slice(0, 9), (s, t) => {
    const result = findPaths(graph, query(s, t, { mode: 'all', maxHops: 7 }), {
      maxPaths: ALL_PATHS_CAP,
      timeBudgetMs: 250,
    });
    if (result.truncated) deepCapped++;
  });
  rows.push({
    graph: label,
    task: `all paths ≤7 hops (cap ${ALL_PATHS_CAP} / 250 ms)`,
    medianMs: deep,
    baselineMs: null,
    note: `${deepCapped} of ${9 + 3} runs stopped at a cap`,
  });
}

function printTable(rows: Row[]): void {
  const header = ['graph', 'task', 'median ms', 'ratio', 'note'];
  const body = rows.map((r) => [
    r.graph,
    r.task,
    r.medianMs.toFixed(3),
    r.baselineMs && r.baselineMs > 0 && r.baselineMs !== r.medianMs ? `${(r.medianMs / r.baselineMs).toFixed(2)}×` : '',
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

const rows: Row[] = [];
const started = performance.now();
benchGraph(10_000, 50_000, rows);
benchGraph(100_000, 500_000, rows);
printTable(rows);
console.log(`\nratio = median / graphology baseline measured in this run (${PAIRS} pairs per task, seed 42).`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
