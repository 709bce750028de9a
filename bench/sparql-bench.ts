// Owns the SPARQL benchmark: a 1M-triple synthetic store bulk-loaded into a throwaway Virtuoso, then the time of a label search, a 200-neighbour expansion and a 4-hop path query, next to baselines measured in the same run.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type * as RDF from '@rdfjs/types';
import { defaultPathQuery } from '../graph-data/paths';
import { findRemotePaths } from '../graph-data/sparql/remote-path-search';
import { prepareExpansion, searchEntities } from '../graph-data/sparql/remote-source';
import { SparqlClient } from '../graph-data/sparql/sparql-client';
import type { SparqlTransport } from '../graph-data/sparql/sparql-transport';
import { createNodeSparqlTransport } from '../main/sparql/node-transport';
import {
  EX,
  entityIri,
  entityLabel,
  PREDICATES,
  type SyntheticRdfSpec,
  syntheticQuads,
  writeRdfFile,
} from '../test/support/sparql-fixtures/synthetic-rdf';
import { startVirtuoso, virtuosoAvailable } from '../test/support/virtuoso/virtuoso-server';
import { median } from './bench-stats';
import { seededRandom } from './synthetic-graph';

/** About 7.9 triples per entity: 128,000 entities with 5 random relations each make just over a million triples. */
const SPEC: SyntheticRdfSpec = { entities: 128_000, relationsPerEntity: 5, seed: 42, hubNeighbours: 4312 };
const GRAPH = 'http://example.org/atlas-bench/graph';
const RUNS = 5;
const PAIRS = 5;

async function timeRuns(runs: number, work: (i: number) => Promise<unknown>): Promise<number> {
  await work(0); // warm-up: Virtuoso compiles and caches the query plan on first use
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Undirected adjacency of the random part, recorded while the triples are written, to pick pairs exactly 4 hops apart. */
function recordAdjacency(quads: Iterable<RDF.Quad>, adjacency: Map<number, number[]>): Iterable<RDF.Quad> {
  const relation = new Set(PREDICATES.map((p) => `${EX}${p}`));
  const index = (iri: string) => (iri.startsWith(`${EX}e`) ? Number(iri.slice(EX.length + 1)) : Number.NaN);
  return {
    *[Symbol.iterator]() {
      for (const quad of quads) {
        if (relation.has(quad.predicate.value)) {
          const a = index(quad.subject.value);
          const b = index(quad.object.value);
          if (Number.isInteger(a) && Number.isInteger(b)) {
            adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
            adjacency.set(b, [...(adjacency.get(b) ?? []), a]);
          }
        }
        yield quad;
      }
    },
  };
}

function pairsAtDistance(adjacency: Map<number, number[]>, hops: number, count: number): [number, number][] {
  const random = seededRandom(7);
  const pairs: [number, number][] = [];
  while (pairs.length < count) {
    const source = Math.floor(random() * SPEC.entities);
    const depth = new Map([[source, 0]]);
    let front = [source];
    for (let d = 1; d <= hops && front.length > 0; d++) {
      const next: number[] = [];
      for (const node of front) {
        for (const n of adjacency.get(node) ?? []) {
          if (depth.has(n)) continue;
          depth.set(n, d);
          next.push(n);
        }
      }
      front = next;
    }
    if (front.length > 0) pairs.push([source, front[Math.floor(random() * front.length)] as number]);
  }
  return pairs;
}

interface Row {
  task: string;
  medianMs: number;
  baselineMs: number | null;
  note: string;
}

function printTable(rows: Row[]): void {
  const header = ['task', 'median ms', 'ratio', 'note'];
  const body = rows.map((r) => [
    r.task,
    r.medianMs.toFixed(1),
    r.baselineMs && r.baselineMs > 0 ? `${(r.medianMs / r.baselineMs).toFixed(2)}×` : '',
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

async function main(): Promise<void> {
  if (!virtuosoAvailable()) {
    console.log(
      'sparql bench skipped: virtuoso-opensource-7-bin is not installed (apt-get install virtuoso-opensource-7-bin)',
    );
    return;
  }
  const started = performance.now();
  const server = await startVirtuoso({ buffers: 80_000, maxQuerySeconds: 120, startTimeoutMs: 120_000 });
  try {
    const folder = join(server.dir, 'bench');
    mkdirSync(folder);
    const adjacency = new Map<number, number[]>();
    let t = performance.now();
    const triples = await writeRdfFile(
      join(folder, 'synthetic.nt'),
      recordAdjacency(syntheticQuads(SPEC), adjacency),
      'N-Triples',
    );
    const writeMs = performance.now() - t;
    t = performance.now();
    await server.bulkLoad(folder, '*.nt', GRAPH);
    const loadMs = performance.now() - t;
    // Times every request by the shape of its query, so a slow step shows which query it was.
    const base = createNodeSparqlTransport();
    const byShape = new Map<string, number[]>();
    const transport: SparqlTransport = {
      async send(request) {
        const start = performance.now();
        try {
          return await base.send(request);
        } finally {
          const shape = request.query.split('\n')[0]?.slice(0, 40) ?? '';
          byShape.set(shape, [...(byShape.get(shape) ?? []), performance.now() - start]);
        }
      },
    };
    const shapes = () => {
      const text = [...byShape].map(
        ([shape, times]) => `${shape.trim()} ×${times.length} median ${median(times).toFixed(0)} ms`,
      );
      byShape.clear();
      return text;
    };
    const client = new SparqlClient({ endpoint: server.endpoint, graph: GRAPH, transport, timeoutMs: 120_000 });
    const stored = await client.countTriples();
    console.log(
      `store: ${stored.toLocaleString('en-US')} triples in ${GRAPH} (${triples.toLocaleString('en-US')} written in ${(writeMs / 1000).toFixed(1)} s, bulk-loaded in ${(loadMs / 1000).toFixed(1)} s)`,
    );
    if (stored < 1_000_000) throw new Error(`the bench store has ${stored} triples, fewer than 1M`);

    const rows: Row[] = [];
    const roundTrip = await timeRuns(RUNS * 2, () => client.ask('ASK {}'));
    shapes();
    rows.push({
      task: 'ASK {} round trip (baseline)',
      medianMs: roundTrip,
      baselineMs: null,
      note: 'HTTP + parse floor',
    });

    const names = Array.from({ length: RUNS + 1 }, (_, i) => entityLabel(1000 + i * 20_011).toLowerCase());
    const search = await timeRuns(RUNS, (i) => searchEntities(client, names[i] as string, 25));
    const searchQueries = shapes();
    rows.push({
      task: 'search by name (25 hits, labels)',
      medianMs: search,
      baselineMs: roundTrip,
      note: 'CONTAINS over ~130k names',
    });

    let shown = 0;
    let total = 0;
    const expand = await timeRuns(RUNS, async () => {
      const { page } = await prepareExpansion(client, `${EX}hub`, { limit: 200 });
      shown = page.shown;
      total = page.total;
    });
    rows.push({
      task: '200-neighbour expansion',
      medianMs: expand,
      baselineMs: roundTrip,
      note: `showing ${shown} of ${total.toLocaleString('en-US')} neighbours`,
    });
    const expansionQueries = shapes();

    const pairs = pairsAtDistance(adjacency, 4, PAIRS);
    let explored = 0;
    let requests = 0;
    const lengths: number[] = [];
    const pathTime = (batchSize: number) =>
      timeRuns(PAIRS - 1, async (i) => {
        const [a, b] = pairs[i % PAIRS] as [number, number];
        const outcome = await findRemotePaths(
          client,
          { ...defaultPathQuery(entityIri(a), entityIri(b)), direction: 'any', maxHops: 4 },
          { batchSize },
        );
        if (batchSize > 1) {
          lengths.push(outcome.result.paths[0]?.length ?? -1);
          explored = Math.max(explored, outcome.explore.progress.explored);
          requests = Math.max(requests, outcome.explore.progress.requests);
        }
      });
    const batched = await pathTime(100);
    if (lengths.some((l) => l !== 4)) throw new Error(`a 4-hop pair gave path lengths ${lengths.join(', ')}`);
    const oneByOne = await pathTime(1);
    rows.push({
      task: '4-hop path, one query per entity (baseline)',
      medianMs: oneByOne,
      baselineMs: null,
      note: 'batch size 1',
    });
    rows.push({
      task: '4-hop path, batched VALUES (100)',
      medianMs: batched,
      baselineMs: oneByOne,
      note: `direction any; ≤${explored.toLocaleString('en-US')} entities, ≤${requests} step queries`,
    });
    printTable(rows);
    console.log(`\nsearch queries: ${searchQueries.join('; ')}`);
    console.log(`expansion queries: ${expansionQueries.join('; ')}`);
    console.log(
      `\nratio = median / baseline in this run (${RUNS} runs after a warm-up; ${PAIRS} pairs exactly 4 hops apart).`,
    );
  } finally {
    await server.stop();
    console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

await main();
