// Checks the SPARQL client on the real Virtuoso: search, neighbourhoods through the shared RDF mapping (the same entities and relations as the file), expansion caps, named graphs, remote paths with progress and cancel, server errors.
import { beforeAll, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../graph-data/model/atlas-graph';
import { defaultPathQuery } from '../../../graph-data/paths';
import { describeExpansion } from '../../../graph-data/sparql/expansion-text';
import { loadNeighbourhood } from '../../../graph-data/sparql/remote-neighbourhood';
import { findRemotePaths } from '../../../graph-data/sparql/remote-path-search';
import { emptyRemoteGraph, prepareExpansion, searchEntities } from '../../../graph-data/sparql/remote-source';
import { SparqlClient } from '../../../graph-data/sparql/sparql-client';
import { SparqlError } from '../../../graph-data/sparql/sparql-errors';
import { loadInputGraph } from '../../../main/cli/load-input-graph';
import { createNodeSparqlTransport } from '../../../main/sparql/node-transport';
import { EX, entityIri, TEST_SPEC } from '../../support/sparql-fixtures/synthetic-rdf';
import { describeWithVirtuoso, EMBEDDED_GRAPH, SYNTHETIC_GRAPH } from './sparql-fixture';

async function failure(run: Promise<unknown>): Promise<SparqlError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof SparqlError) return error;
    throw error;
  }
  throw new Error('expected a SparqlError');
}

describeWithVirtuoso('SPARQL client on Virtuoso', (fixture) => {
  const transport = createNodeSparqlTransport();
  const clientFor = (graph?: string) => new SparqlClient({ endpoint: fixture.endpoint, graph, transport });
  let client: SparqlClient;
  let fileGraph: AtlasGraph;
  beforeAll(async () => {
    client = clientFor(SYNTHETIC_GRAPH);
    fileGraph = await loadInputGraph(fixture.syntheticFile);
  });

  it('finds entities by any part of a name, ignoring case, exact matches first, with the mapping labels', async () => {
    const hub = await searchEntities(client, 'central HUB', 10);
    expect(hub).toEqual([{ iri: `${EX}hub`, label: 'Central Hub', typeLabel: 'Organisation', description: '' }]);
    const diamond = (await client.search('diamond', 10)).sort();
    expect(diamond).toEqual(['diamondBottom', 'diamondLeft', 'diamondRight', 'diamondTop'].map((l) => `${EX}${l}`));
    // Aliases (skos:altLabel) are searched too, and the label shown is the entity's own name.
    const [alias] = await searchEntities(client, 'Alias 18', 1);
    expect(alias?.iri).toBe(entityIri(18));
    expect(alias?.label).toBe(fileGraph.getNodeAttribute(entityIri(18), 'label'));
    const spokes = await client.search('spoke 1', 5);
    expect(spokes[0]).toBe(`${EX}spoke1`);
    expect(spokes).toHaveLength(5);
  });

  it('keeps quotes, markup and accents in search text and in labels, as text', async () => {
    const hits = await searchEntities(client, 'quote "and" <b>', 5);
    expect(hits.map((h) => h.label)).toEqual(['Quote "and" <b>bold</b> & émigré']);
    expect(await client.search('ÉMIGRÉ', 5)).toEqual([`${EX}markup`]);
  });

  it('reads only the chosen named graph; without one, the endpoint default graph', async () => {
    expect(await client.search('NATO', 5)).toEqual([]);
    const embedded = await searchEntities(clientFor(EMBEDDED_GRAPH), 'nato', 5);
    expect(embedded[0]?.label).toBe('NATO');
    expect((await clientFor(undefined).search('Central Hub', 5)).length).toBe(1);
  });

  it('loads a neighbourhood that maps to exactly the file graph’s entities and relations', async () => {
    // The endpoint declares no prefixes: given the file's, unnamed entities read the same ("ex:e806").
    const mapping = { prefixes: { ex: EX } };
    const graph = emptyRemoteGraph(client, mapping);
    const center = entityIri(6);
    const { page, edit } = await prepareExpansion(client, center, { mapping });
    const added = edit(graph);
    expect(page.total).toBe(fileGraph.neighbors(center).length);
    expect(describeExpansion(page)).toBe(`all ${page.total} neighbours`);
    expect(added.addedNodes.sort()).toEqual([center, ...fileGraph.neighbors(center)].sort());
    // Same keys, labels, types, descriptions, aliases and literals as the file gives the same entities.
    graph.forEachNode((key, attrs) => {
      expect(fileGraph.hasNode(key)).toBe(true);
      const onFile = fileGraph.getNodeAttributes(key);
      expect({ label: attrs.label, type: attrs.type, description: attrs.description, aliases: attrs.aliases }).toEqual({
        label: onFile.label,
        type: onFile.type,
        description: onFile.description,
        aliases: onFile.aliases,
      });
      expect(new Set((attrs.rdf as { literals: unknown[] }).literals)).toEqual(
        new Set((onFile.rdf as { literals: unknown[] }).literals),
      );
    });
    // Every relation of the center, with the file's edge keys and types.
    expect(graph.edges(center).sort()).toEqual(fileGraph.edges(center).sort());
    graph.forEachEdge((edge, attrs, source, target) => {
      expect([fileGraph.source(edge), fileGraph.target(edge), fileGraph.getEdgeAttribute(edge, 'type')]).toEqual([
        source,
        target,
        attrs.type,
      ]);
    });
    // Loading it again adds nothing.
    expect((await prepareExpansion(client, center, { mapping })).edit(graph)).toEqual({
      addedNodes: [],
      addedEdges: [],
    });
  });

  it('caps each expansion and pages through the rest without overlap', async () => {
    const hub = `${EX}hub`;
    const total = TEST_SPEC.hubNeighbours + 1;
    const seen = new Set<string>();
    let offset: number | null = 0;
    const messages: string[] = [];
    while (offset !== null) {
      const page = await loadNeighbourhood(client, hub, { limit: 200, offset });
      expect(page.total).toBe(total);
      const neighbours = page.quads
        .filter((q) => q.object.termType !== 'Literal' && !q.predicate.value.endsWith('#type'))
        .map((q) => (q.subject.value === hub ? q.object.value : q.subject.value));
      for (const n of neighbours) {
        expect(seen.has(n)).toBe(false);
        seen.add(n);
      }
      messages.push(describeExpansion(page));
      offset = page.nextOffset;
    }
    expect(messages).toEqual(['showing 200 of 451 neighbours', 'showing 400 of 451 neighbours', 'all 451 neighbours']);
    expect(seen.size).toBe(total);
  });

  it('says which entity is missing', async () => {
    const missing = await failure(loadNeighbourhood(client, `${EX}nothing-here`));
    expect(missing.kind).toBe('bad-request');
    expect(missing.detail).toBe(`no entity ${EX}nothing-here in ${SYNTHETIC_GRAPH}`);
  });

  it('reports the server’s own message for a query it rejects', async () => {
    const error = await failure(client.select('SELECT ?s WHERE { ?s ?p }'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.detail).toMatch(
      /^HTTP 400 Bad Request: Virtuoso 37000 Error SP030: SPARQL compiler, line \d+: syntax error/,
    );
  });

  it('finds paths with progress reports, and stops when cancelled', async () => {
    const progress: number[] = [];
    const outcome = await findRemotePaths(
      client,
      { ...defaultPathQuery(`${EX}chain1`, `${EX}chain5`), direction: 'any' },
      { onProgress: (p) => progress.push(p.fromDepth + p.toDepth) },
    );
    expect(outcome.result.paths[0]?.length).toBe(4);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(
      outcome.pathQuads.filter((q) => q.object.termType === 'NamedNode' && q.predicate.value === `${EX}next`),
    ).toHaveLength(4);
    const controller = new AbortController();
    const cancelled = findRemotePaths(
      client,
      { ...defaultPathQuery(entityIri(3), `${EX}island`), direction: 'any', maxHops: 12 },
      {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      },
    );
    expect((await failure(cancelled)).kind).toBe('cancelled');
  });

  it('splits a batch that reaches the row cap, and names an entity whose relations it could not read in full', async () => {
    const outcome = await findRemotePaths(
      client,
      { ...defaultPathQuery(entityIri(0), `${EX}spoke3`), mode: 'all', direction: 'any', maxHops: 4 },
      { rowLimit: 100 },
    );
    expect(outcome.incomplete?.skippedHubs).toEqual([`${EX}hub`]);
    // e0's neighbours went out as one batch, came back over the cap with the hub's relations, and were re-read in halves.
    expect(outcome.explore.progress.requests).toBeGreaterThan(4);
  });

  it('stops at the exploration cap and says a path may exist', async () => {
    const outcome = await findRemotePaths(
      client,
      { ...defaultPathQuery(entityIri(3), entityIri(1999)), direction: 'any', maxHops: 12 },
      { maxExplored: 20 },
    );
    expect(outcome.incomplete?.stop).toBe('explore-cap');
    expect(outcome.result.explanation).toBeUndefined();
  });
});
