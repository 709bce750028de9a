// Checks the desktop transport over the bridge: the request crosses as data, an error comes back as the same SparqlError, and cancelling cancels in main.
import { describe, expect, it, vi } from 'vitest';
import type { SparqlIpcRequest, SparqlIpcResult } from '../../../../graph-data/host-api';
import { SparqlError } from '../../../../graph-data/sparql/sparql-errors';
import { createIpcSparqlTransport } from '../../../../renderer/host/sparql-transports';

const ENDPOINT = 'https://example.org/sparql';

describe('IPC SPARQL transport', () => {
  it('sends the request through the bridge and returns main’s response', async () => {
    const sparqlQuery = vi.fn(
      async (_r: SparqlIpcRequest): Promise<SparqlIpcResult> => ({
        ok: true,
        response: { status: 200, statusText: 'OK', contentType: 'application/sparql-results+json', body: '{}' },
      }),
    );
    const transport = createIpcSparqlTransport({ sparqlQuery, sparqlCancel: vi.fn(async () => true) });
    const response = await transport.send({ endpoint: ENDPOINT, query: 'ASK {}', timeoutMs: 1000 });
    expect(response.status).toBe(200);
    expect(sparqlQuery).toHaveBeenCalledWith({
      requestId: expect.stringMatching(/^[A-Za-z0-9-]+$/),
      endpoint: ENDPOINT,
      query: 'ASK {}',
      timeoutMs: 1000,
    });
  });

  it('rebuilds the SparqlError main reported', async () => {
    const transport = createIpcSparqlTransport({
      sparqlQuery: async () => ({ ok: false, kind: 'timeout', detail: 'no answer within 1 s (timed out)' }),
      sparqlCancel: async () => true,
    });
    const error = await transport
      .send({ endpoint: ENDPOINT, query: 'ASK {}', timeoutMs: 1000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SparqlError);
    expect((error as SparqlError).kind).toBe('timeout');
    expect((error as SparqlError).message).toBe(`SPARQL endpoint ${ENDPOINT}: no answer within 1 s (timed out)`);
  });

  it('cancels the same request in main when the signal aborts', async () => {
    let finish: (r: SparqlIpcResult) => void = () => undefined;
    const sparqlQuery = vi.fn((_r: SparqlIpcRequest) => new Promise<SparqlIpcResult>((resolve) => (finish = resolve)));
    const sparqlCancel = vi.fn(async (_id: string) => {
      finish({ ok: false, kind: 'cancelled', detail: 'the request was cancelled' });
      return true;
    });
    const controller = new AbortController();
    const transport = createIpcSparqlTransport({ sparqlQuery, sparqlCancel });
    const pending = transport.send({ endpoint: ENDPOINT, query: 'ASK {}', timeoutMs: 1000, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
    expect(sparqlCancel).toHaveBeenCalledWith(sparqlQuery.mock.calls[0]?.[0].requestId);
  });
});
