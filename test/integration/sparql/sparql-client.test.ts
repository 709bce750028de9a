// Checks the SPARQL client against the real Virtuoso: label search, describing entities, neighbour counts and capped pages, named graphs.
import { beforeAll, expect, it } from 'vitest';
import { describeExpansion, loadNeighbourhood } from '../../../graph-data/sparql/remote-neighbourhood';
import { SparqlClient } from '../../../graph-data/sparql/sparql-client';
import { createNodeSparqlTransport } from '../../../main/sparql/node-transport';
import { EX, TEST_SPEC } from '../../support/sparql-fixtures/synthetic-rdf';
import { describeWithVirtuoso, SYNTHETIC_GRAPH } from './sparql-fixture';

describeWithVirtuoso('SPARQL client on Virtuoso', (fixture) => {
  let client: SparqlClient;
  beforeAll(() => {
    client = new SparqlClient({
      endpoint: fixture.endpoint,
      graph: SYNTHETIC_GRAPH,
      transport: createNodeSparqlTransport(),
    });
  });

  it('finds entities by a case-insensitive part of their name, exact names first', async () => {
    const hits = await client.search('central hub', 10);
    expect(hits).toEqual([`${EX}hub`]);
    const diamond = await client.search('DIAMOND', 10);
    expect(diamond.sort()).toEqual(
      ['diamondBottom', 'diamondLeft', 'diamondRight', 'diamondTop'].map((l) => `${EX}${l}`).sort(),
    );
  });

  it('counts every neighbour of the hub and loads a capped page with its relations', async () => {
    expect(await client.countNeighbours(`${EX}hub`)).toBe(TEST_SPEC.hubNeighbours + 1);
    const page = await loadNeighbourhood(client, `${EX}hub`, { limit: 200 });
    expect(page.total).toBe(451);
    expect(page.count).toBe(200);
    expect(page.shown).toBe(200);
    expect(page.nextOffset).toBe(200);
    expect(describeExpansion(page)).toBe('showing 200 of 451 neighbours');
    const relations = page.quads.filter((q) => q.object.termType !== 'Literal' && !q.predicate.value.endsWith('#type'));
    expect(relations).toHaveLength(200);
  });
});
