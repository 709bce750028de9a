// Owns doing a SPARQL request with a fetch function (Node's in the CLI and main, the browser's in the web build): form POST, timeout, cancel, no redirects, a size cap.
import { SparqlError } from './sparql-errors';
import {
  MAX_RESPONSE_BYTES,
  SPARQL_RESULTS_JSON,
  type SparqlHttpRequest,
  type SparqlHttpResponse,
  type SparqlTransport,
} from './sparql-transport';
import { createUtf8Decoder, type PlatformAbortSignal, startTimer, stopTimer, WebAbortController } from './web-platform';

interface BodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

/** The part of a fetch Response the transport reads; Node's and the browser's both fit. */
export interface FetchResponseLike {
  readonly status: number;
  readonly statusText: string;
  /** 'opaqueredirect' in a browser when `redirect: 'manual'` met a redirect. */
  readonly type?: string;
  readonly headers: { get(name: string): string | null };
  readonly body: { getReader(): BodyReader } | null;
}

export interface FetchInitLike {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  signal: PlatformAbortSignal;
  redirect: 'manual';
  credentials: 'omit';
  cache: 'no-store';
}

export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

export interface FetchTransportOptions {
  maxResponseBytes?: number;
  /** How a connection failure reads; the web build adds that a missing CORS header looks the same to a page. */
  describeNetworkError?: (error: unknown) => string;
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  return typeof cause?.message === 'string' ? cause.message : undefined;
}

/** Errors of a connection the server closed under us (undici's and Node's names for it). */
const CLOSED_CONNECTION = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);

function isClosedConnection(error: unknown): boolean {
  const code = causeCode(error);
  return code !== undefined && CLOSED_CONNECTION.has(code);
}

export function describeNodeNetworkError(error: unknown): string {
  const code = causeCode(error);
  if (code === 'ECONNREFUSED') return 'unreachable: the connection was refused (is the server running?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unreachable: the host name could not be resolved';
  if (code !== undefined && CLOSED_CONNECTION.has(code)) return 'unreachable: the server closed the connection';
  return `unreachable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
}

async function readCapped(response: FetchResponseLike, endpoint: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new SparqlError('too-large', endpoint, `the answer is larger than ${Math.round(maxBytes / 1048576)} MB`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = createUtf8Decoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SparqlError('too-large', endpoint, `the answer is larger than ${Math.round(maxBytes / 1048576)} MB`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * A transport over `fetch`. Redirects are refused (`redirect: 'manual'`): following one would contact a URL the
 * user did not enter; the error names the new location when the runtime reveals it, so the user can enter that.
 */
export function createFetchTransport(fetchImpl: FetchLike, options: FetchTransportOptions = {}): SparqlTransport {
  const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const explainNetworkError = options.describeNetworkError ?? describeNodeNetworkError;
  return {
    async send(request: SparqlHttpRequest): Promise<SparqlHttpResponse> {
      const { endpoint, signal } = request;
      if (signal?.aborted) throw new SparqlError('cancelled', endpoint, 'the request was cancelled');
      const controller = new WebAbortController();
      let timedOut = false;
      const timer = startTimer(() => {
        timedOut = true;
        controller.abort();
      }, request.timeoutMs);
      const onCancel = () => controller.abort();
      signal?.addEventListener('abort', onCancel);
      const failure = (error: unknown): SparqlError => {
        if (error instanceof SparqlError) return error;
        if (timedOut) {
          return new SparqlError(
            'timeout',
            endpoint,
            `no answer within ${formatSeconds(request.timeoutMs)} (timed out)`,
          );
        }
        if (signal?.aborted) return new SparqlError('cancelled', endpoint, 'the request was cancelled');
        return new SparqlError('unreachable', endpoint, explainNetworkError(error));
      };
      const post = () =>
        fetchImpl(endpoint, {
          method: 'POST',
          headers: {
            accept: `${SPARQL_RESULTS_JSON}, application/json;q=0.9, */*;q=0.1`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: `query=${encodeURIComponent(request.query)}`,
          signal: controller.signal,
          redirect: 'manual',
          credentials: 'omit',
          cache: 'no-store',
        });
      try {
        let response: FetchResponseLike;
        try {
          response = await post();
        } catch (error) {
          // A kept-alive connection the server already closed fails before any answer. A SPARQL query only reads,
          // so sending it again once, on a fresh connection, is safe (fetch itself never retries a POST).
          if (timedOut || controller.signal.aborted || !isClosedConnection(error)) throw error;
          response = await post();
        }
        if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
          const location = response.headers.get('location');
          throw new SparqlError(
            'redirect',
            endpoint,
            location
              ? `the server redirects to ${location}; enter that URL if you trust it`
              : 'the server answered with a redirect; enter the URL it redirects to',
            response.status || undefined,
          );
        }
        const body = await readCapped(response, endpoint, maxBytes);
        return {
          status: response.status,
          statusText: response.statusText,
          contentType: response.headers.get('content-type') ?? '',
          body,
        };
      } catch (error) {
        throw failure(error);
      } finally {
        stopTimer(timer);
        signal?.removeEventListener('abort', onCancel);
      }
    },
  };
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
