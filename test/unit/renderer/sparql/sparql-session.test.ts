// Checks the window's SPARQL session over a scripted endpoint: connect replaces the document only after the endpoint answered, each load is one editDocument (the graph edited in place at the next revision), failures leave the graph and revision untouched.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import type { SparqlHttpRequest, SparqlTransport } from '../../../../graph-data/sparql/sparql-transport';
import type { Host } from '../../../../renderer/host/host';
import { createSparqlSession } from '../../../../renderer/sparql/sparql-session';
import { createAppStore } from '../../../../renderer/store/app-store';

const EX = 'http://example.org/';
const ENDPOINT = 'http://127.0.0.1:1/sparql';
const uri = (local: string) => ({ type: 'uri', value: `${EX}${local}` });
const json = (vars: string[], bindings: unknown[]) => JSON.stringify({ head: { vars }, results: { bindings } });
const integer = (n: number) => ({
  type: 'typed-literal',
  datatype: 'http://www.w3.org/2001/XMLSchema#integer',
  value: String(n),
});

/** An endpoint holding a -knows-> b (and labels); `broken` makes every query after connecting fail with HTTP 500. */
function endpoint() {
  const state = { broken: false, sent: [] as string[] };
  const transport: SparqlTransport = {
    async send(request: SparqlHttpRequest) {
      state.sent.push(request.query);
      const ok = (body: string) => ({
        status: 200,
        statusText: 'OK',
        contentType: 'application/sparql-results+json',
        body,
      });
      if (request.query.includes('(COUNT(*) AS ?count)')) return ok(json(['count'], [{ count: integer(3) }]));
      if (state.broken)
        return { status: 500, statusText: 'Internal Server Error', contentType: 'text/plain', body: 'store offline' };
      if (request.query.includes('COUNT(DISTINCT ?n)')) return ok(json(['count'], [{ count: integer(1) }]));
      if (request.query.startsWith('SELECT ?n ?p ?direction')) {
        return ok(
          json(
            ['n', 'p', 'direction'],
            [{ n: uri('b'), p: uri('knows'), direction: { type: 'literal', value: 'out' } }],
          ),
        );
      }
      if (request.query.includes('isLiteral(?o) ||')) {
        const label = 'http://www.w3.org/2000/01/rdf-schema#label';
        return ok(
          json(
            ['s', 'p', 'o'],
            ['a', 'b'].map((x) => ({
              s: uri(x),
              p: { type: 'uri', value: label },
              o: { type: 'literal', value: x.toUpperCase() },
            })),
          ),
        );
      }
      throw new Error(`unexpected query ${request.query}`);
    },
  };
  return { state, host: { sparql: transport } as unknown as Host };
}

describe('SPARQL session', () => {
  it('connects, starts an empty graph named after the source, and loads through one editDocument', async () => {
    const { host } = endpoint();
    const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'alliance-atlas.json' });
    const session = createSparqlSession({ host, store });
    expect(await session.connect({ endpoint: ENDPOINT, graph: '', newGraph: true, timeoutSeconds: 5 })).toBe(true);
    expect(store.document.value.fileName).toBe(ENDPOINT);
    expect(store.document.value.graph.order).toBe(0);
    expect(session.info.value).toBe('Connected: 3 triples. Search for an entity to load it.');
    const revision = store.document.value.revision;
    await session.load(`${EX}a`, 'A');
    expect(store.document.value.revision).toBe(revision + 1);
    expect(store.dirty.value).toBe(true);
    expect(store.document.value.graph.mapNodes((_k, a) => a.label).sort()).toEqual(['A', 'B']);
    expect(session.info.value).toBe('A: all 1 neighbour (2 new entities; 2 entities and 1 relation in the graph).');
    expect(session.expansions.value[`${EX}a`]).toEqual({ label: 'A', shown: 1, total: 1, nextOffset: null });
    // Everything is loaded: expanding again says so without a request.
    await session.expandEntity(`${EX}a`);
    expect(session.info.value).toBe('A: all 1 neighbour already loaded.');
  });

  it('keeps the graph, its revision and the dirty flag when a request fails, and shows the server message', async () => {
    const { host, state } = endpoint();
    const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'alliance-atlas.json' });
    const session = createSparqlSession({ host, store });
    await session.connect({ endpoint: ENDPOINT, graph: '', newGraph: false, timeoutSeconds: 5 });
    expect(store.document.value.fileName).toBe('alliance-atlas.json');
    state.broken = true;
    const before = JSON.stringify(store.document.value.graph.export());
    const revision = store.document.value.revision;
    await session.load(`${EX}a`, 'A');
    expect(session.error.value).toBe(`SPARQL endpoint ${ENDPOINT}: HTTP 500 Internal Server Error: store offline`);
    expect(session.activity.value).toBeNull();
    expect(store.document.value.revision).toBe(revision);
    expect(store.dirty.value).toBe(false);
    expect(JSON.stringify(store.document.value.graph.export())).toBe(before);
  });

  it('refuses a bad URL before any request, and keeps the open document', async () => {
    const { host, state } = endpoint();
    const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'alliance-atlas.json' });
    const session = createSparqlSession({ host, store });
    expect(
      await session.connect({ endpoint: 'file:///etc/passwd', graph: '', newGraph: true, timeoutSeconds: 5 }),
    ).toBe(false);
    expect(session.error.value).toContain('only http and https endpoints can be used, not file:');
    expect(state.sent).toEqual([]);
    expect(session.connection.value).toBeNull();
    expect(store.document.value.fileName).toBe('alliance-atlas.json');
  });

  it('says which entity it cannot expand', async () => {
    const { host } = endpoint();
    const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'x' });
    const session = createSparqlSession({ host, store });
    await session.connect({ endpoint: ENDPOINT, graph: '', newGraph: false, timeoutSeconds: 5 });
    await session.expandEntity('no-such-entity');
    expect(session.error.value).toBe('There is no entity no-such-entity in the graph.');
  });
});
