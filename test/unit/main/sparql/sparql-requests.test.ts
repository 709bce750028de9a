// Checks main's SPARQL side: the IPC contract refuses anything but an http(s) endpoint and a bounded query, and SparqlRequests sends, cancels and reports errors as data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../../graph-data/host-api';
import { type InvokeEventLike, type InvokeHandlers, registerIpcHandlers } from '../../../../main/ipc-handlers';
import { MAX_IN_FLIGHT, SparqlRequests } from '../../../../main/sparql/sparql-requests';
import { APP_ENTRY_URL, isTrustedSenderUrl } from '../../../../main/web-security';
import {
  type MisbehavingEndpoint,
  startMisbehavingEndpoint,
  stoppedEndpointUrl,
} from '../../../support/sparql-fixtures/misbehaving-endpoint';

let server: MisbehavingEndpoint;
beforeAll(async () => {
  server = await startMisbehavingEndpoint();
});
afterAll(() => server.close());

const request = (endpoint: string, requestId = 'r-1', timeoutMs = 5000) => ({
  requestId,
  endpoint,
  query: 'SELECT ?s WHERE { ?s ?p ?o } LIMIT 1',
  timeoutMs,
});

describe('sparql IPC contract', () => {
  type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;
  const registered = new Map<string, Listener>();
  const calls: unknown[][] = [];
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((c: InvokeChannel) => [
      c,
      (...args: unknown[]) => {
        calls.push(args);
        return null;
      },
    ]),
  ) as unknown as InvokeHandlers;
  registerIpcHandlers(
    { handle: (channel, listener) => registered.set(channel, listener) },
    handlers,
    isTrustedSenderUrl,
  );
  const trusted: InvokeEventLike = { senderFrame: { url: APP_ENTRY_URL } };

  it.each([
    ['a file URL', { ...request('file:///etc/passwd') }],
    ['credentials in the URL', { ...request('https://u:p@example.org/sparql') }],
    ['a request id with punctuation', { ...request('https://example.org/sparql', '../x') }],
    ['a timeout over the cap', { ...request('https://example.org/sparql', 'r', 10 * 60 * 1000) }],
    ['an empty query', { ...request('https://example.org/sparql'), query: '' }],
    ['an oversized query', { ...request('https://example.org/sparql'), query: 'x'.repeat(1_000_001) }],
    ['an extra argument', request('https://example.org/sparql'), 'more'],
  ])('refuses %s before main sends anything', async (_name, ...args) => {
    await expect(registered.get('sparql:query')?.(trusted, ...args)).rejects.toThrow(/bad argument/);
    expect(calls).toEqual([]);
  });

  it('passes a valid request, and a cancel by id', async () => {
    await registered.get('sparql:query')?.(trusted, request('https://example.org/sparql'));
    await registered.get('sparql:cancel')?.(trusted, 'r-1');
    expect(calls).toEqual([[request('https://example.org/sparql')], ['r-1']]);
    await expect(registered.get('sparql:cancel')?.(trusted, 42)).rejects.toThrow(/bad argument/);
  });
});

describe('SparqlRequests', () => {
  it('answers with the endpoint response', async () => {
    const result = await new SparqlRequests().query(request(server.url('/ok')));
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(result.response.body).results.bindings).toHaveLength(1);
  });

  it('returns errors as data: timeout, stopped server, HTTP status', async () => {
    const requests = new SparqlRequests();
    expect(await requests.query(request(server.url('/hang'), 'a', 200))).toEqual({
      ok: false,
      kind: 'timeout',
      detail: 'no answer within 0.2 s (timed out)',
    });
    expect(await requests.query(request(await stoppedEndpointUrl(), 'b'))).toMatchObject({
      ok: false,
      kind: 'unreachable',
    });
    // The HTTP exchange itself succeeded: the status is the client's to interpret (with the server's message).
    expect(await requests.query(request(server.url('/server-error'), 'c'))).toMatchObject({
      ok: true,
      response: { status: 503 },
    });
    expect(requests.pending).toBe(0);
  });

  it('cancels by id, refuses a duplicate id and a flood', async () => {
    const requests = new SparqlRequests();
    const pending = requests.query(request(server.url('/hang'), 'slow', 10_000));
    expect((await requests.query(request(server.url('/ok'), 'slow'))).ok).toBe(false);
    expect(requests.cancel('slow')).toBe(true);
    expect(await pending).toEqual({ ok: false, kind: 'cancelled', detail: 'the request was cancelled' });
    expect(requests.cancel('slow')).toBe(false);
    const hanging = Array.from({ length: MAX_IN_FLIGHT }, (_, i) =>
      requests.query(request(server.url('/hang'), `h${i}`, 10_000)),
    );
    expect(await requests.query(request(server.url('/ok'), 'one-more'))).toMatchObject({
      ok: false,
      detail: 'too many requests at once; wait for the others to finish',
    });
    requests.cancelAll();
    expect((await Promise.all(hanging)).every((r) => !r.ok && r.kind === 'cancelled')).toBe(true);
  });
});
