// Owns the file-format benchmark: our readers/writers on generated 1k/10k/100k-edge graphs next to graphology's own parsers, measured in the same run.
import { MultiDirectedGraph } from 'graphology';
import { parse as gexfParse, write as gexfWrite } from 'graphology-gexf';
import { parse as graphmlParse } from 'graphology-graphml';
import Papa from 'papaparse';
import { readCsvPair, readGraphFile, writeGraphFile } from '../graph-data/formats/read-graph-file';
import type { AtlasGraph } from '../graph-data/model/atlas-graph';
import { buildAtlasGraph } from '../graph-data/model/load-atlas-graph';
import { median } from './bench-stats';

/** Small deterministic PRNG (mulberry32) so every run measures the same graphs; own copy to stay independent of other benches. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITY_TYPES = ['alliance', 'actor', 'framework', 'region'];
const RELATION_TYPES = ['intervened-in', 'complements', 'undermines'];

function makeGraph(edgeCount: number): AtlasGraph {
  const rand = random(edgeCount);
  const nodeCount = Math.max(50, Math.round(edgeCount / 4));
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    key: `n${i}`,
    attributes: {
      label: `Entity ${i} «${pick(['NATO', 'AU', 'ECOWAS', 'UN'])}» & <co>`,
      type: pick(ENTITY_TYPES),
      description: `Generated entity number ${i}, with a comma, a "quote" and unicode: 漢字.`,
      aliases: [`E${i}`, `entity-${i}`],
      provenance: ['s1'],
      year: 1945 + (i % 80),
      x: rand() * 1000,
      y: rand() * 1000,
    },
  }));
  const edges = Array.from({ length: edgeCount }, (_, i) => ({
    key: `e${i}`,
    source: `n${Math.floor(rand() * nodeCount)}`,
    target: `n${Math.floor(rand() * nodeCount)}`,
    attributes: { type: pick(RELATION_TYPES), description: `Relation ${i}`, weight: Math.round(rand() * 100) / 10 },
  }));
  return buildAtlasGraph({ attributes: { name: `bench ${edgeCount}`, sources: [] }, nodes, edges }, 'bench.json');
}

/**
 * Median CPU milliseconds (user + system, all threads, so GC counts) of `reps` runs; with more than one rep a
 * first, unmeasured run warms up the JIT. CPU time rather than wall time because a shared machine's load would
 * otherwise dominate; both sides of a ratio are measured the same way in the same process.
 */
function measure(reps: number, run: () => unknown): number {
  if (reps > 1) run();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

interface Row {
  /** null: no baseline exists; 'skipped': one exists but would exceed the time budget. */
  edges: number;
  format: string;
  task: string;
  ours: number;
  baseline: number | null | 'skipped';
  baselineName: string;
  megabytes: number;
}

const started = performance.now();

/**
 * graphology's XML parsers walk an xmldom DOM with repeated getElementsByTagName calls and slow down sharply with
 * size; a baseline predicted (10× its 10k time) to take more than this is skipped so the bench stays near a minute.
 */
const BASELINE_BUDGET_MS = 8_000;
const lastBaseline = new Map<string, number>();

function baselineOrSkip(key: string, edgeCount: number, reps: number, run: () => unknown): number | 'skipped' {
  const previous = lastBaseline.get(key);
  if (edgeCount >= 100_000 && (previous === undefined || previous * 10 > BASELINE_BUDGET_MS)) return 'skipped';
  // One run from 10k edges up: at seconds per run, JIT warm-up is noise and repeats would blow the time budget.
  const ms = measure(edgeCount >= 10_000 ? 1 : reps, run);
  lastBaseline.set(key, ms);
  return ms;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

/** Rows are printed as soon as they are measured, so a slow machine still shows what was done. */
function printRow(r: Row): void {
  console.log(
    [
      r.edges,
      r.format,
      r.task,
      r.megabytes.toFixed(2),
      fmt(r.ours),
      typeof r.baseline === 'number' ? fmt(r.baseline) : (r.baseline ?? 'n/a'),
      typeof r.baseline === 'number' ? (r.ours / r.baseline).toFixed(2) : '-',
      r.baselineName,
    ].join('\t'),
  );
}

console.log(
  'Format benchmark: median CPU ms (1k: 5 runs after a warm-up; 10k: 3 runs after a warm-up, graphology XML parsers 1 run; 100k: 1 run).',
);
console.log(
  'ratio = ours / baseline (> 1: ours is slower). Our parse includes decoding checks, schema validation and building the graph.',
);
console.log(['edges', 'format', 'task', 'MB', 'ours ms', 'baseline ms', 'ratio', 'baseline'].join('\t'));

for (const [edgeCount, reps] of [
  [1_000, 5],
  [10_000, 3],
  [100_000, 1],
] as const) {
  const graph = makeGraph(edgeCount);
  const json = writeGraphFile(graph, 'json').text;
  const gexf = writeGraphFile(graph, 'gexf').text;
  const graphml = writeGraphFile(graph, 'graphml').text;
  const csvNodes = writeGraphFile(graph, 'csv-nodes').text;
  const csvEdges = writeGraphFile(graph, 'csv-edges').text;
  const mb = (s: string) => s.length / 1e6;
  const add = (
    format: string,
    task: string,
    size: number,
    ours: number,
    baselineName: string,
    baseline: number | null | 'skipped',
  ) => printRow({ edges: edgeCount, format, task, ours, baseline, baselineName, megabytes: size });

  add(
    'JSON',
    'parse',
    mb(json),
    measure(reps, () => readGraphFile('b.json', json)),
    'JSON.parse + Graph.import',
    measure(reps, () => new MultiDirectedGraph().import(JSON.parse(json))),
  );
  add(
    'GEXF',
    'parse',
    mb(gexf),
    measure(reps, () => readGraphFile('b.gexf', gexf)),
    'graphology-gexf parse',
    baselineOrSkip('gexf', edgeCount, reps, () => gexfParse(MultiDirectedGraph, gexf)),
  );
  add(
    'GraphML',
    'parse',
    mb(graphml),
    measure(reps, () => readGraphFile('b.graphml', graphml)),
    'graphology-graphml parse',
    baselineOrSkip('graphml', edgeCount, reps, () => graphmlParse(MultiDirectedGraph, graphml)),
  );
  add(
    'CSV pair',
    'parse',
    mb(csvNodes) + mb(csvEdges),
    measure(reps, () => readCsvPair('b-nodes.csv', csvNodes, 'b-edges.csv', csvEdges)),
    'Papa.parse only (no graph)',
    measure(reps, () => [Papa.parse(csvNodes), Papa.parse(csvEdges)]),
  );
  add(
    'JSON',
    'write',
    mb(json),
    measure(reps, () => writeGraphFile(graph, 'json')),
    'JSON.stringify(export)',
    measure(reps, () => JSON.stringify(graph.export(), null, 2)),
  );
  add(
    'GEXF',
    'write',
    mb(gexf),
    measure(reps, () => writeGraphFile(graph, 'gexf')),
    'graphology-gexf write',
    measure(reps, () => gexfWrite(graph)),
  );
  add(
    'GraphML',
    'write',
    mb(graphml),
    measure(reps, () => writeGraphFile(graph, 'graphml')),
    'none: graphology-graphml only parses',
    null,
  );
  add(
    'CSV pair',
    'write',
    mb(csvNodes) + mb(csvEdges),
    measure(reps, () => [writeGraphFile(graph, 'csv-nodes'), writeGraphFile(graph, 'csv-edges')]),
    'Papa.unparse of the same rows',
    measure(reps, () => [
      Papa.unparse(graph.mapNodes((k, a) => ({ id: k, ...a }))),
      Papa.unparse(graph.mapEdges((k, a, s, t) => ({ id: k, source: s, target: t, ...a }))),
    ]),
  );
}

console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `'skipped': a graphology baseline predicted to exceed ${BASELINE_BUDGET_MS / 1000} s at this size (10x its 10k time).`,
);
