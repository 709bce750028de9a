// Checks `kg stats` and `kg path` with --sparql against the real Virtuoso: the same JSON as --file on the same triples (the acceptance test), and the errors.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { DEFAULT_RDF_BASE } from '../../../graph-data/formats/rdf';
import type { PathResultsJson } from '../../../graph-data/paths';
import { nodeCliContext, runKg } from '../../../main/cli/kg';
import { EX, entityLabel } from '../../support/sparql-fixtures/synthetic-rdf';
import { describeWithVirtuoso, EMBEDDED_GRAPH, SYNTHETIC_GRAPH } from './sparql-fixture';

async function kg(args: string[]) {
  let out = '';
  let err = '';
  const code = await runKg(args, {
    ...nodeCliContext,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

/** A path as comparable text: node ids, labels, types and edge ids, in order. */
const pathKey = (path: PathResultsJson['paths'][number]) => JSON.stringify(path);

const embeddedIri = (key: string) => `${DEFAULT_RDF_BASE}entity/${key}`;

/** Deterministic pairs over the embedded graph's entities: by label, by IRI, and mixed. */
function embeddedPairs(count: number): [string, string][] {
  const graph = loadEmbeddedGraph();
  const keys = graph.nodes().sort();
  const pairs: [string, string][] = [];
  for (let i = 0; pairs.length < count; i++) {
    const a = keys[(i * 7 + 3) % keys.length] as string;
    const b = keys[(i * 37 + 11) % keys.length] as string;
    if (a === b) continue;
    // Half by label (case changed), half by IRI: both must resolve the same on the file and the endpoint.
    pairs.push(
      i % 2 === 0
        ? [graph.getNodeAttribute(a, 'label').toUpperCase(), graph.getNodeAttribute(b, 'label').toLowerCase()]
        : [embeddedIri(a), embeddedIri(b)],
    );
  }
  return pairs;
}

describeWithVirtuoso('kg --sparql on Virtuoso', (fixture) => {
  const remote = (graph: string) => ['--sparql', fixture.endpoint, '--graph', graph];

  /** Runs the same query on the file and the endpoint and checks they give the same shortest paths. */
  async function sameShortestPaths(file: string, graph: string, from: string, to: string, extra: string[]) {
    const onFile = await kg(['path', '--file', file, from, to, ...extra, '--json']);
    const onEndpoint = await kg(['path', ...remote(graph), from, to, ...extra, '--json']);
    expect(onEndpoint.err).toBe('');
    expect(onEndpoint.code).toBe(onFile.code);
    const fileJson = JSON.parse(onFile.out) as PathResultsJson;
    const endpointJson = JSON.parse(onEndpoint.out) as PathResultsJson;
    expect(endpointJson.from).toBe(fileJson.from);
    expect(endpointJson.to).toBe(fileJson.to);
    if (fileJson.paths.length === 0) {
      expect(endpointJson.paths).toEqual([]);
      return 0;
    }
    const length = fileJson.paths[0]?.length as number;
    expect(endpointJson.paths[0]?.length).toBe(length);
    // Every shortest path, on both sides: the same set (labels, types and edge ids included).
    const allArgs = [...extra, '--all', '--max-hops', String(Math.max(1, length)), '--json'];
    const allOnFile = JSON.parse((await kg(['path', '--file', file, from, to, ...allArgs])).out) as PathResultsJson;
    const allOnEndpoint = JSON.parse(
      (await kg(['path', ...remote(graph), from, to, ...allArgs])).out,
    ) as PathResultsJson;
    const fileSet = allOnFile.paths
      .filter((p) => p.length === length)
      .map(pathKey)
      .sort();
    const endpointSet = allOnEndpoint.paths
      .filter((p) => p.length === length)
      .map(pathKey)
      .sort();
    expect(endpointSet).toEqual(fileSet);
    const chosen = endpointJson.paths[0];
    expect(chosen && fileSet).toContain(pathKey(chosen as PathResultsJson['paths'][number]));
    // With a single shortest path there is nothing to choose: the whole output is the file's, byte for byte.
    if (fileSet.length === 1) expect(onEndpoint.out).toBe(onFile.out);
    return fileSet.length;
  }

  it('gives the same shortest paths as --file on the embedded graph, --direction any', async () => {
    let compared = 0;
    let unique = 0;
    for (const [from, to] of embeddedPairs(12)) {
      const count = await sameShortestPaths(fixture.embeddedFile, EMBEDDED_GRAPH, from, to, ['--direction', 'any']);
      compared += 1;
      if (count === 1) unique += 1;
    }
    console.log(`embedded graph: ${compared} pairs compared, ${unique} with a single shortest path`);
    expect(compared).toBe(12);
  });

  it('follows relation direction (and symmetric relation types both ways) like --file', async () => {
    for (const [from, to] of embeddedPairs(6)) {
      await sameShortestPaths(fixture.embeddedFile, EMBEDDED_GRAPH, from, to, ['--direction', 'follow']);
    }
  });

  it('gives the same shortest paths as --file on the synthetic graph, by name, IRI and the label of an unnamed entity', async () => {
    const pairs: [string, string][] = [
      ['Chain Stop 1', 'chain stop 5'],
      ['Diamond Top', `${EX}diamondBottom`],
      // An unnamed entity is labelled by its prefixed name in the file; the endpoint finds it by its local name.
      ['ex:e0', entityLabel(1500).toLowerCase()],
      [`${EX}e17`, `${EX}e913`],
      // e1008 is named by skos:prefLabel, e1500 by English and French rdfs:labels.
      [entityLabel(1), entityLabel(1008)],
      ['Central Hub', 'Spoke 3'],
      ['Lonely Island', 'Central Hub'],
    ];
    const counts: number[] = [];
    for (const [from, to] of pairs) {
      counts.push(await sameShortestPaths(fixture.syntheticFile, SYNTHETIC_GRAPH, from, to, ['--direction', 'any']));
    }
    // The chain has one shortest path; the diamond three (two sides, one of them over two parallel relations); the island none.
    expect(counts[0]).toBe(1);
    expect(counts[1]).toBe(3);
    expect(counts[6]).toBe(0);
  });

  it('prints the chain of a path as text, with the hop count', async () => {
    const result = await kg(['path', ...remote(SYNTHETIC_GRAPH), 'Chain Stop 1', 'Chain Stop 5']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Chain Stop 1 → Chain Stop 5: 1 path');
    expect(result.out).toContain('4 hops');
  });

  it('explains a missing path and exits 1; refuses an ambiguous or unknown name with candidates', async () => {
    const none = await kg(['path', ...remote(SYNTHETIC_GRAPH), 'Lonely Island', 'Chain Stop 1', '--direction', 'any']);
    expect(none.code).toBe(1);
    expect(none.out).toContain('are not connected');
    const ambiguous = await kg(['path', ...remote(SYNTHETIC_GRAPH), 'twin name', 'Chain Stop 1']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain('"twin name" is ambiguous');
    expect(ambiguous.err).toContain(`${EX}twinA`);
    const unknown = await kg(['path', ...remote(SYNTHETIC_GRAPH), 'Chain Stop 9', 'Chain Stop 1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no entity named "Chain Stop 9"');
    expect(unknown.err).toContain('did you mean');
  });

  it('resolves prefixed names with --prefix and honours --exclude and --via', async () => {
    const args = ['--prefix', `ex=${EX}`, '--direction', 'any', '--json'];
    const direct = await kg(['path', ...remote(SYNTHETIC_GRAPH), 'ex:diamondTop', 'ex:diamondBottom', ...args]);
    expect(direct.code).toBe(0);
    const avoid = await kg([
      'path',
      ...remote(SYNTHETIC_GRAPH),
      'ex:diamondTop',
      'ex:diamondBottom',
      ...args,
      '--exclude',
      'Diamond Left',
    ]);
    const avoided = JSON.parse(avoid.out) as PathResultsJson;
    expect(avoided.paths[0]?.nodes.map((n) => n.label)).toEqual(['Diamond Top', 'Diamond Right', 'Diamond Bottom']);
    const onlyPartOf = await kg([
      'path',
      ...remote(SYNTHETIC_GRAPH),
      'ex:diamondTop',
      'ex:diamondLeft',
      ...args,
      '--via',
      'ex:partOf',
    ]);
    const via = JSON.parse(onlyPartOf.out) as PathResultsJson;
    expect(via.paths[0]?.edges.map((e) => e.type)).toEqual([`${EX}partOf`]);
  });

  it('gives the same kg stats --json as --file on the same triples (only the name differs)', async () => {
    for (const [file, graph] of [
      [fixture.embeddedFile, EMBEDDED_GRAPH],
      [fixture.syntheticFile, SYNTHETIC_GRAPH],
    ] as const) {
      const onFile = await kg(['stats', '--file', file, '--json']);
      const onEndpoint = await kg(['stats', ...remote(graph), '--json']);
      expect(onEndpoint.err).toBe('');
      expect(onEndpoint.code).toBe(0);
      const a = JSON.parse(onFile.out) as Record<string, unknown>;
      const b = JSON.parse(onEndpoint.out) as Record<string, unknown>;
      expect(b.name).toBe(`${fixture.endpoint} (graph ${graph})`);
      expect({ ...b, name: '' }).toEqual({ ...a, name: '' });
    }
  });

  it('refuses a graph over --max-triples, and contradictory options', async () => {
    const big = await kg(['stats', ...remote(SYNTHETIC_GRAPH), '--max-triples', '100']);
    expect(big.code).toBe(1);
    expect(big.err).toContain(`has ${fixture.syntheticTriples.toLocaleString('en-US')} triples`);
    const both = await kg(['stats', '--file', fixture.syntheticFile, '--sparql', fixture.endpoint]);
    expect(both.code).toBe(2);
    expect(both.err).toContain('give --file or --sparql, not both');
    const graphOnly = await kg(['path', 'a', 'b', '--graph', SYNTHETIC_GRAPH]);
    expect(graphOnly.err).toContain('add --sparql URL');
  });
});

describe('pairs helper', () => {
  it('makes distinct pairs', () => {
    expect(new Set(embeddedPairs(12).map((p) => p.join('|'))).size).toBe(12);
  });
});
