// Owns the one error type of the SPARQL client: what went wrong (unreachable, HTTP, timeout, malformed...) and which endpoint, in one readable message.

export type SparqlErrorKind =
  /** The URL the user typed is not an http(s) endpoint we may contact. */
  | 'bad-endpoint'
  /** No answer at all: refused connection, unknown host, reset. */
  | 'unreachable'
  /** The endpoint did not answer within the request's timeout. */
  | 'timeout'
  /** The user (or a newer request) cancelled it. */
  | 'cancelled'
  /** An HTTP status other than 2xx; the message carries the server's own text. */
  | 'http'
  /** A redirect: followed silently it would contact a URL the user never entered. */
  | 'redirect'
  /** More bytes than the client accepts for one answer. */
  | 'too-large'
  /** A 2xx answer that is not valid SPARQL JSON results. */
  | 'malformed'
  /** The request itself is wrong (an IRI that cannot be written in a query, an unknown entity). */
  | 'bad-request';

export class SparqlError extends Error {
  readonly kind: SparqlErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  /** The text after "SPARQL endpoint <url>: ", for UIs that show the endpoint elsewhere. */
  readonly detail: string;

  constructor(kind: SparqlErrorKind, endpoint: string, detail: string, status?: number) {
    super(`SPARQL endpoint ${endpoint}: ${detail}`);
    this.name = 'SparqlError';
    this.kind = kind;
    this.endpoint = endpoint;
    this.detail = detail;
    this.status = status;
  }
}

export function isSparqlError(error: unknown): error is SparqlError {
  return error instanceof SparqlError;
}

/**
 * A server's error body can be a whole HTML page or a stack trace: keep the first meaningful lines, as plain text,
 * short enough for a notice. Tags are dropped because the text is shown as text, never as HTML.
 */
export function summariseServerMessage(body: string, maxLength = 300): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join(' — ');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
