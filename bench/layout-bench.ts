// Owns the layout benchmark: the default force layout the layout worker runs (fcose on small sparse graphs, streamed ForceAtlas2 beyond) on synthetic graphs, next to plain fcose with its defaults in the same run.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LAYOUT_SEED, usesFcose } from '../renderer/layout/force-layout';
import { computeLayout, type LayoutRequest } from '../renderer/layout/layout-compute';
import { makeSyntheticGraph } from './synthetic-graph';

cytoscape.use(fcose);

/** Graphs as "nodes/edges"; the dense 500/18k is the issue's "readable layout in ≤ 3 s" case. */
const SIZES = (process.env.LAYOUT_BENCH_SIZES ?? '300/600,1000/2000,500/18000,5000/10000,20000/40000')
  .split(',')
  .map((s) => s.split('/').map(Number) as [number, number]);
/** Plain fcose takes minutes on big graphs; it runs in a worker thread stopped after this. */
const BASELINE_CAP_MS = Number(process.env.LAYOUT_BENCH_CAP_MS ?? 20_000);

function request(nodes: number, edges: number): LayoutRequest {
  const graph = makeSyntheticGraph({ nodes, edges, seed: nodes + edges });
  return {
    name: 'fcose',
    nodes: graph.nodes().map((id) => ({ id, size: 30 })),
    edges: graph.mapEdges((_k, _a, s, t) => [s, t] as [string, string]),
    seed: LAYOUT_SEED,
    canvas: { width: 820, height: 710 },
  };
}

function baseline(nodes: number, edges: number): Promise<number | null> {
  return new Promise((resolve) => {
    // Worker threads do not inherit tsx's loader on Node 20; tsImport loads this file (TypeScript) in the worker.
    const file = import.meta.url;
    const worker = new Worker(
      "const { workerData } = require('node:worker_threads'); import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.file, workerData.file));",
      { eval: true, workerData: { nodes, edges, file } },
    );
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, BASELINE_CAP_MS);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    });
  });
}

function workerMain(nodes: number, edges: number): void {
  const input = request(nodes, edges);
  const cy = cytoscape({
    headless: true,
    elements: [
      ...input.nodes.map((n) => ({ data: { id: n.id } })),
      ...input.edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
    ],
  });
  const start = performance.now();
  cy.layout({ name: 'fcose', animate: false } as never).run();
  parentPort?.postMessage(performance.now() - start);
}

async function main(): Promise<void> {
  const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  console.log('layout bench: one run each; baseline = plain fcose defaults, stopped after', fmt(BASELINE_CAP_MS));
  console.log('graph         | ours (algorithm)             | first streamed | plain fcose  | ratio');
  for (const [nodes, edges] of SIZES) {
    const input = request(nodes, edges);
    let firstReport: number | null = null;
    const start = performance.now();
    computeLayout(input, {
      onProgress: () => {
        firstReport ??= performance.now() - start;
      },
    });
    const ours = performance.now() - start;
    const plain = await baseline(nodes, edges);
    const algorithm = usesFcose(input) ? 'fcose' : 'ForceAtlas2, bodies separated';
    const ratio = plain === null ? `< ${(ours / BASELINE_CAP_MS).toFixed(2)}×` : `${(ours / plain).toFixed(2)}×`;
    console.log(
      `${`${nodes}/${edges}`.padEnd(13)} | ${`${fmt(ours)} (${algorithm})`.padEnd(28)} | ${(firstReport === null ? '-' : fmt(firstReport)).padEnd(14)} | ${(plain === null ? `> ${fmt(BASELINE_CAP_MS)}` : fmt(plain)).padEnd(12)} | ${ratio}`,
    );
  }
}

if (isMainThread) await main();
else {
  const { nodes, edges } = workerData as { nodes: number; edges: number };
  workerMain(nodes, edges);
}
