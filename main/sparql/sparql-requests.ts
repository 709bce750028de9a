// Owns the desktop app's SPARQL requests in main: one in-flight request per renderer-chosen id, sent with Node's fetch, cancellable, errors returned as data over IPC.
import type { SparqlIpcRequest, SparqlIpcResult } from '../../graph-data/host-api';
import { SparqlError } from '../../graph-data/sparql/sparql-errors';
import { checkEndpointUrl, type SparqlTransport } from '../../graph-data/sparql/sparql-transport';
import { createNodeSparqlTransport } from './node-transport';

/** More at once than any UI flow needs (a path search sends one at a time): a runaway renderer cannot flood main. */
export const MAX_IN_FLIGHT = 8;

export class SparqlRequests {
  private readonly inFlight = new Map<string, AbortController>();
  private readonly transport: SparqlTransport;

  constructor(transport: SparqlTransport = createNodeSparqlTransport()) {
    this.transport = transport;
  }

  /**
   * Sends one query to the endpoint in `request` (already schema-checked by the IPC layer; the URL is checked again
   * here, so this function is safe on its own). Never throws: every failure comes back as `{ ok: false }`.
   */
  async query(request: SparqlIpcRequest): Promise<SparqlIpcResult> {
    let endpoint = request.endpoint;
    const controller = new AbortController();
    try {
      endpoint = checkEndpointUrl(request.endpoint);
      if (this.inFlight.has(request.requestId)) {
        throw new SparqlError('bad-request', endpoint, `request ${request.requestId} is already running`);
      }
      if (this.inFlight.size >= MAX_IN_FLIGHT) {
        throw new SparqlError('bad-request', endpoint, 'too many requests at once; wait for the others to finish');
      }
      this.inFlight.set(request.requestId, controller);
      const response = await this.transport.send({
        endpoint,
        query: request.query,
        timeoutMs: request.timeoutMs,
        signal: controller.signal,
      });
      return { ok: true, response };
    } catch (error) {
      const failure =
        error instanceof SparqlError
          ? error
          : new SparqlError('unreachable', endpoint, error instanceof Error ? error.message : String(error));
      return {
        ok: false,
        kind: failure.kind,
        detail: failure.detail,
        ...(failure.status !== undefined ? { status: failure.status } : {}),
      };
    } finally {
      if (this.inFlight.get(request.requestId) === controller) this.inFlight.delete(request.requestId);
    }
  }

  /** Aborts a request in flight; false when it already finished (or never existed). */
  cancel(requestId: string): boolean {
    const controller = this.inFlight.get(requestId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Aborts everything, e.g. when the window that asked is closed. */
  cancelAll(): void {
    for (const controller of this.inFlight.values()) controller.abort();
  }

  get pending(): number {
    return this.inFlight.size;
  }
}
