// Owns the explore benchmark: for synthetic graphs of 1k, 5k and 20k nodes, load (elements + every style computed), filter and default layout, each next to plain Cytoscape defaults in the same run.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { type AtlasGraph, createAtlasGraph } from '../graph-data/model/atlas-graph';
import { computeForceLayout } from '../renderer/explore/force-layout';
import { DEFAULT_VIEW_STATE } from '../graph-data/explore/view-types';
import { computeVisibility } from '../graph-data/explore/visibility';
import { toCytoscapeElements } from '../renderer/view/graph-elements';
import { buildStylesheet, LARGE_GRAPH_ELEMENTS } from '../renderer/view/graph-style';
import { GraphView } from '../renderer/view/graph-view';

cytoscape.use(fcose);

const SIZES = (process.env.EXPLORE_BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
/** Plain fcose defaults take minutes beyond a few thousand nodes; they run in a worker thread stopped after this. */
const BASELINE_LAYOUT_CAP_MS = Number(process.env.EXPLORE_BENCH_CAP_MS ?? 5000);
/** Medians of three runs below 10k nodes; one run at 20k keeps the whole bench near a minute on an idle machine. */
const repeatsFor = (n: number) => (n >= 10_000 ? 1 : 3);
let REPEATS = 3;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITY_TYPES = ['alliance', 'region', 'actor', 'mechanism'];
const RELATION_TYPES = ['supports', 'undermines', 'part-of'];

/** A random tree plus n/2 extra edges (1.5 edges per node), four entity types, three relation types, a fifth dated. */
function syntheticGraph(n: number): AtlasGraph {
  const next = random(n);
  const graph = createAtlasGraph();
  graph.replaceAttributes({
    sources: [],
    ontology: {
      entityTypes: ENTITY_TYPES.map((id, i) => ({
        id,
        label: id,
        description: '',
        color: ['#332288', '#DDCC77', '#AA4499', '#0072B2'][i] ?? '#888888',
        shape: 'ellipse',
      })),
      relationTypes: RELATION_TYPES.map((id, i) => ({
        id,
        label: id,
        description: '',
        polarity: (['supportive', 'adversarial', 'neutral'] as const)[i] ?? 'neutral',
        symmetric: false,
        lineStyle: 'solid',
        color: '#777777',
      })),
    },
  });
  for (let i = 0; i < n; i++) {
    graph.addNode(`n${i}`, {
      label: `Entity ${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length] ?? 'actor',
      description: '',
      aliases: [],
      provenance: [],
    });
  }
  const edge = (s: number, t: number) =>
    graph.addEdge(`n${s}`, `n${t}`, {
      type: RELATION_TYPES[Math.floor(next() * RELATION_TYPES.length)] ?? 'supports',
      description: '',
      provenance: [],
      ...(next() < 0.2 ? { year: 1945 + Math.floor(next() * 80) } : {}),
    });
  for (let i = 1; i < n; i++) edge(i, Math.floor(next() * i));
  for (let i = 0; i < n / 2; i++) edge(Math.floor(next() * n), Math.floor(next() * n));
  return graph;
}

/** Data-only elements, what a plain Cytoscape app would build. */
function plainElements(graph: AtlasGraph): ElementDefinition[] {
  const elements: ElementDefinition[] = graph.mapNodes((key, a) => ({
    data: { id: key, label: a.label, type: a.type },
  }));
  graph.forEachEdge((key, a, source, target) => elements.push({ data: { id: key, source, target, type: a.type } }));
  return elements;
}

/** Headless Cytoscape computes styles lazily; reading one property per element forces what a first render computes. */
function computeAllStyles(cy: Core): void {
  cy.elements().forEach((e) => {
    e.style('display');
  });
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function medianOf(fn: () => number): number {
  return median(Array.from({ length: REPEATS }, fn));
}

interface Row {
  size: number;
  step: string;
  ours: number;
  baseline: number | null;
  note?: string;
}

function loadOurs(graph: AtlasGraph): Core {
  const elements = toCytoscapeElements(graph);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', elements.length > LARGE_GRAPH_ELEMENTS),
  });
  cy.batch(() => cy.add(elements));
  computeAllStyles(cy);
  return cy;
}

function loadPlain(graph: AtlasGraph): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: plainElements(graph) });
  computeAllStyles(cy);
  return cy;
}

/** Plain fcose with the plugin's defaults in a worker thread, so a run that takes minutes can be stopped. */
function baselineLayout(n: number): Promise<number | null> {
  return new Promise((resolve) => {
    // Worker threads do not inherit tsx's loader on Node 20; tsImport loads this file (TypeScript) in the worker.
    const file = import.meta.url;
    const worker = new Worker(
      "const { workerData } = require('node:worker_threads'); import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.file, workerData.file));",
      { eval: true, workerData: { n, file } },
    );
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, BASELINE_LAYOUT_CAP_MS);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    });
  });
}

function workerMain(n: number): void {
  const cy = cytoscape({ headless: true, elements: plainElements(syntheticGraph(n)) });
  parentPort?.postMessage(time(() => cy.layout({ name: 'fcose', animate: false } as never).run()));
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const started = performance.now();
  for (const n of SIZES) {
    REPEATS = repeatsFor(n);
    const graph = syntheticGraph(n);
    rows.push({
      size: n,
      step: 'load + first style',
      ours: medianOf(() => time(() => loadOurs(graph).destroy())),
      baseline: medianOf(() => time(() => loadPlain(graph).destroy())),
    });

    // Filter: hide one entity type and one relation type and a period, as the app does (class toggles in one batch).
    const ours = loadOurs(graph);
    const plain = loadPlain(graph);
    const filters = { ...DEFAULT_VIEW_STATE, hiddenEntityTypes: ['region'], hiddenRelationTypes: ['undermines'] };
    // GraphView's own method, on the headless instance (it only touches `cy`).
    const view = { cy: ours, applyVisibility: GraphView.prototype.applyVisibility } as unknown as GraphView;
    const oursFilter = medianOf(() => {
      view.applyVisibility({ nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) });
      computeAllStyles(ours);
      return time(() => {
        view.applyVisibility(computeVisibility(graph, filters));
        computeAllStyles(ours);
      });
    });
    // Plain Cytoscape: selector queries and inline display styles, no batch.
    const plainFilter = medianOf(() => {
      plain.elements().style('display', 'element');
      computeAllStyles(plain);
      return time(() => {
        plain.nodes('[type = "region"]').style('display', 'none');
        plain.edges('[type = "undermines"]').style('display', 'none');
        computeAllStyles(plain);
      });
    });
    rows.push({ size: n, step: 'filter (type + relation)', ours: oursFilter, baseline: plainFilter });
    ours.destroy();
    plain.destroy();

    // Default layout: ours is what the worker runs (fcose up to 2,000 nodes, ForceAtlas2 beyond).
    const input = { nodes: graph.nodes(), edges: graph.mapEdges((_k, _a, s, t) => [s, t] as [string, string]) };
    const oursLayout = time(() => computeForceLayout(input));
    const baseline = await baselineLayout(n);
    rows.push({
      size: n,
      step: `default layout (${n <= 2000 ? 'fcose' : 'ForceAtlas2'} vs fcose defaults)`,
      ours: oursLayout,
      baseline,
      ...(baseline === null ? { note: `baseline stopped after ${BASELINE_LAYOUT_CAP_MS / 1000} s` } : {}),
    });
  }

  const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  console.log(`explore bench: medians of 3 runs (1 run at 20k nodes and for layouts); Node ${process.version}`);
  console.log('nodes  | step                                              | ours      | plain Cytoscape | ratio');
  for (const r of rows) {
    const base = r.baseline === null ? `> ${fmt(BASELINE_LAYOUT_CAP_MS)}` : fmt(r.baseline);
    const ratio =
      r.baseline === null
        ? `< ${(r.ours / BASELINE_LAYOUT_CAP_MS).toFixed(2)}×`
        : `${(r.ours / r.baseline).toFixed(2)}×`;
    console.log(
      `${String(r.size).padEnd(6)} | ${r.step.padEnd(49)} | ${fmt(r.ours).padEnd(9)} | ${base.padEnd(15)} | ${ratio}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  console.log(`total ${fmt(performance.now() - started)}; ratio = ours / plain (below 1 is faster)`);
}

if (isMainThread) await main();
else workerMain((workerData as { n: number }).n);
