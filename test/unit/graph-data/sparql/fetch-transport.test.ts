// Checks the fetch transport and the client on a loopback server that misbehaves: timeouts, a stopped server, cancel, redirects, size cap, junk and HTTP errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchTransport } from '../../../../graph-data/sparql/fetch-transport';
import { SparqlClient } from '../../../../graph-data/sparql/sparql-client';
import { SparqlError } from '../../../../graph-data/sparql/sparql-errors';
import { createNodeSparqlTransport } from '../../../../main/sparql/node-transport';
import {
  type Behaviour,
  type MisbehavingEndpoint,
  startMisbehavingEndpoint,
  stoppedEndpointUrl,
} from '../../../support/sparql-fixtures/misbehaving-endpoint';

let server: MisbehavingEndpoint;
beforeAll(async () => {
  server = await startMisbehavingEndpoint();
});
afterAll(() => server.close());

const client = (path: Behaviour, timeoutMs = 5000) =>
  new SparqlClient({ endpoint: server.url(path), transport: createNodeSparqlTransport(), timeoutMs });

async function failure(run: Promise<unknown>): Promise<SparqlError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof SparqlError) return error;
    throw error;
  }
  throw new Error('expected a SparqlError');
}

describe('fetch transport against a misbehaving endpoint', () => {
  it('POSTs the query as a form, and reads a good answer', async () => {
    const hits = await client('/ok').select('SELECT ?s WHERE { ?s ?p ?o } LIMIT 1');
    expect(hits.rows[0]?.s?.value).toBe('http://example.org/a');
    const sent = server.requests.at(-1);
    expect(sent?.contentType).toBe('application/x-www-form-urlencoded');
    expect(sent?.query).toBe('SELECT ?s WHERE { ?s ?p ?o } LIMIT 1');
  });

  it('times out a server that never answers, and one that stops in the middle of the answer', async () => {
    const started = Date.now();
    const hang = await failure(client('/hang', 300).select('ASK {}'));
    expect(hang.kind).toBe('timeout');
    expect(hang.message).toBe(`SPARQL endpoint ${server.url('/hang')}: no answer within 0.3 s (timed out)`);
    expect(Date.now() - started).toBeLessThan(4000);
    const stall = await failure(client('/stall-body', 300).select('ASK {}'));
    expect(stall.kind).toBe('timeout');
  });

  it('reports a stopped server as unreachable', async () => {
    const url = await stoppedEndpointUrl();
    const error = await failure(
      new SparqlClient({ endpoint: url, transport: createNodeSparqlTransport() }).select('ASK {}'),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(
      `SPARQL endpoint ${url}: unreachable: the connection was refused (is the server running?)`,
    );
  });

  it('sends a query again once when its connection was closed before any answer, and no more', async () => {
    const before = server.requests.length;
    const hits = await client('/reset-once').select('SELECT ?s WHERE { ?s ?p ?o }');
    expect(hits.rows).toHaveLength(1);
    expect(server.requests.length - before).toBe(2);
    const reset = await failure(client('/reset').select('ASK {}'));
    expect(reset.kind).toBe('unreachable');
    expect(reset.detail).toBe('unreachable: the server closed the connection');
    expect(server.requests.length - before).toBe(4);
  });

  it('cancels a request in flight', async () => {
    const controller = new AbortController();
    const pending = client('/hang', 10_000).select('ASK {}', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).kind).toBe('cancelled');
    const already = new AbortController();
    already.abort();
    expect((await failure(client('/ok').select('ASK {}', { signal: already.signal }))).kind).toBe('cancelled');
  });

  it('refuses to follow a redirect, naming where it leads', async () => {
    const error = await failure(client('/redirect').select('ASK {}'));
    expect(error.kind).toBe('redirect');
    expect(error.detail).toBe(
      'the server redirects to http://elsewhere.example/sparql; enter that URL if you trust it',
    );
  });

  it('stops reading an answer over the size cap', async () => {
    const small = new SparqlClient({
      endpoint: server.url('/big'),
      transport: createFetchTransport((url, init) => fetch(url, init as unknown as RequestInit) as never, {
        maxResponseBytes: 100_000,
      }),
    });
    const error = await failure(small.select('ASK {}'));
    expect(error.kind).toBe('too-large');
  });

  it.each([
    [
      '/html',
      'malformed',
      'the answer is text/html, not SPARQL JSON results ("Welcome Our home page"); is this the SPARQL endpoint URL?',
    ],
    ['/not-json', 'malformed', 'the answer is not valid JSON'],
    ['/wrong-shape', 'malformed', 'not SPARQL JSON results (results.bindings.0.s'],
    ['/undeclared-variable', 'malformed', 'binds ?x, which the head does not declare'],
    ['/lang-and-datatype', 'malformed', 'has both a language and a datatype'],
    ['/server-error', 'http', 'HTTP 503 Service Unavailable: Service temporarily unavailable: the store is reindexing'],
    ['/not-found', 'http', 'HTTP 404 Not Found: 404 No such page'],
  ] as const)('%s is a %s error with a readable message', async (path, kind, detail) => {
    const error = await failure(client(path).select('SELECT ?s WHERE { ?s ?p ?o }'));
    expect(error.kind).toBe(kind);
    expect(error.message.startsWith(`SPARQL endpoint ${server.url(path)}: `)).toBe(true);
    expect(error.detail).toContain(detail);
  });
});

describe('endpoint and graph checks', () => {
  it.each([
    ['', 'enter the URL of a SPARQL endpoint'],
    ['localhost:8890/sparql', 'only http and https endpoints can be used, not localhost:'],
    ['ftp://example.org/sparql', 'only http and https endpoints can be used, not ftp:'],
    ['file:///etc/passwd', 'only http and https endpoints can be used, not file:'],
    ['javascript:alert(1)', 'only http and https endpoints can be used'],
    ['https://user:secret@example.org/sparql', 'remove the user name and password from the URL'],
    ['https://example.org/sparql#x', 'no #fragment'],
    ['not a url', 'not a URL'],
  ])('refuses %j before any request', (endpoint, detail) => {
    expect(() => new SparqlClient({ endpoint, transport: createNodeSparqlTransport() })).toThrow(detail);
  });

  it('never shows a password from a refused URL in the message', () => {
    expect(
      () =>
        new SparqlClient({
          endpoint: 'https://user:secret@example.org/sparql',
          transport: createNodeSparqlTransport(),
        }),
    ).toThrow('SPARQL endpoint https://example.org/sparql:');
    try {
      new SparqlClient({ endpoint: 'https://user:secret@example.org/sparql', transport: createNodeSparqlTransport() });
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
  });

  it('refuses a named graph that is not an IRI, and clamps the timeout', () => {
    expect(
      () =>
        new SparqlClient({
          endpoint: 'http://e.org/sparql',
          graph: 'my graph',
          transport: createNodeSparqlTransport(),
        }),
    ).toThrow('is not an IRI');
    expect(
      new SparqlClient({ endpoint: 'http://e.org/sparql', transport: createNodeSparqlTransport(), timeoutMs: 1 })
        .timeoutMs,
    ).toBe(100);
    expect(
      new SparqlClient({ endpoint: 'http://e.org/sparql', transport: createNodeSparqlTransport(), timeoutMs: 1e9 })
        .timeoutMs,
    ).toBe(300_000);
  });
});
