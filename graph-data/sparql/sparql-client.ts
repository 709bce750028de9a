// Owns talking to one endpoint: sends a query through the transport, reads the answer strictly, and offers the few reads the app needs (search, describe, count).
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { SparqlError } from './sparql-errors';
import {
  describeQuery,
  exactNameQuery,
  existsQuery,
  localNameQuery,
  neighbourCountQuery,
  type QueryScope,
  searchQuery,
  tripleCountQuery,
} from './sparql-queries';
import { parseAskResponse, parseSelectResponse, type SelectResult, type SparqlRow } from './sparql-results';
import { isWritableIri } from './sparql-syntax';
import {
  checkEndpointUrl,
  clampTimeout,
  MAX_QUERY_CHARS,
  type SparqlCancelSignal,
  type SparqlTransport,
} from './sparql-transport';

/** Entities per VALUES block: big enough to save round trips, small enough for any endpoint's query-size limit. */
export const BATCH_SIZE = 100;
/** Rows per describe batch; more means an entity with thousands of literals, and the rest is left out (and said so). */
export const DESCRIBE_ROW_LIMIT = 20_000;

export interface SparqlClientOptions {
  endpoint: string;
  /** Named graph to read; the endpoint's default graph when absent. */
  graph?: string | undefined;
  transport: SparqlTransport;
  /** Per-request timeout; clamped to [MIN_TIMEOUT_MS, MAX_TIMEOUT_MS]. */
  timeoutMs?: number;
}

export interface RequestOptions {
  signal?: SparqlCancelSignal | undefined;
}

/** Quads plus whether a row cap cut some of them off. */
export interface QuadBatch {
  quads: RDF.Quad[];
  truncated: boolean;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export class SparqlClient {
  readonly endpoint: string;
  readonly graph: string | undefined;
  readonly timeoutMs: number;
  private readonly transport: SparqlTransport;

  constructor(options: SparqlClientOptions) {
    this.endpoint = checkEndpointUrl(options.endpoint);
    const graph = options.graph?.trim();
    if (graph !== undefined && graph !== '' && !isWritableIri(graph)) {
      throw new SparqlError('bad-request', this.endpoint, `the named graph ${JSON.stringify(graph)} is not an IRI`);
    }
    this.graph = graph === '' ? undefined : graph;
    this.transport = options.transport;
    this.timeoutMs = clampTimeout(options.timeoutMs);
  }

  get scope(): QueryScope {
    return { endpoint: this.endpoint, graph: this.graph };
  }

  /** Where the data comes from, for titles and messages: the endpoint, and the graph when one was chosen. */
  describeSource(): string {
    return this.graph === undefined ? this.endpoint : `${this.endpoint} (graph ${this.graph})`;
  }

  private async send(query: string, options: RequestOptions) {
    if (query.length > MAX_QUERY_CHARS) {
      throw new SparqlError('bad-request', this.endpoint, 'the query is too long to send');
    }
    if (options.signal?.aborted) throw new SparqlError('cancelled', this.endpoint, 'the request was cancelled');
    return this.transport.send({
      endpoint: this.endpoint,
      query,
      timeoutMs: this.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  async select(query: string, options: RequestOptions = {}): Promise<SelectResult> {
    return parseSelectResponse(await this.send(query, options), this.endpoint);
  }

  async ask(query: string, options: RequestOptions = {}): Promise<boolean> {
    return parseAskResponse(await this.send(query, options), this.endpoint);
  }

  /** A variable that must hold an IRI or blank node; anything else is a malformed answer, named as such. */
  resource(row: SparqlRow, name: string): RDF.NamedNode | RDF.BlankNode {
    const term = row[name];
    if (term?.termType === 'NamedNode' || term?.termType === 'BlankNode') return term;
    throw new SparqlError(
      'malformed',
      this.endpoint,
      `expected an IRI or blank node in ?${name}, got ${describeTerm(term)}`,
    );
  }

  iri(row: SparqlRow, name: string): RDF.NamedNode {
    const term = row[name];
    if (term?.termType === 'NamedNode') return term;
    throw new SparqlError('malformed', this.endpoint, `expected an IRI in ?${name}, got ${describeTerm(term)}`);
  }

  object(row: SparqlRow, name: string): RDF.NamedNode | RDF.BlankNode | RDF.Literal {
    const term = row[name];
    if (term?.termType === 'NamedNode' || term?.termType === 'BlankNode' || term?.termType === 'Literal') return term;
    throw new SparqlError('malformed', this.endpoint, `expected a value in ?${name}, got ${describeTerm(term)}`);
  }

  count(row: SparqlRow | undefined, name: string): number {
    const term = row?.[name];
    const value = term?.termType === 'Literal' ? Number(term.value) : Number.NaN;
    if (!Number.isInteger(value) || value < 0) {
      throw new SparqlError('malformed', this.endpoint, `expected a count in ?${name}, got ${describeTerm(term)}`);
    }
    return value;
  }

  /** ?s ?p ?o rows as quads (default graph: the app does not keep which named graph a triple came from). */
  rowsToQuads(rows: readonly SparqlRow[]): RDF.Quad[] {
    return rows.map((row) => DataFactory.quad(this.resource(row, 's'), this.iri(row, 'p'), this.object(row, 'o')));
  }

  /** Entities whose name contains `text`, best first (shortest name), at most `limit`. */
  async search(text: string, limit: number, options: RequestOptions = {}): Promise<string[]> {
    const wanted = text.trim();
    if (wanted === '') return [];
    const result = await this.select(searchQuery(this.scope, wanted, limit), options);
    return result.rows
      .map((row) => this.resource(row, 's'))
      .flatMap((term) => (term.termType === 'NamedNode' ? [term.value] : []));
  }

  async exactName(text: string, limit: number, options: RequestOptions = {}): Promise<string[]> {
    const result = await this.select(exactNameQuery(this.scope, text, limit), options);
    return result.rows.map((row) => this.iri(row, 's').value);
  }

  async localName(text: string, limit: number, options: RequestOptions = {}): Promise<string[]> {
    const result = await this.select(localNameQuery(this.scope, text, limit), options);
    return result.rows.map((row) => this.iri(row, 's').value);
  }

  async exists(iri: string, options: RequestOptions = {}): Promise<boolean> {
    return this.ask(existsQuery(this.scope, iri), options);
  }

  async countNeighbours(iri: string, options: RequestOptions = {}): Promise<number> {
    const result = await this.select(neighbourCountQuery(this.scope, iri), options);
    return this.count(result.rows[0], 'count');
  }

  async countTriples(options: RequestOptions = {}): Promise<number> {
    const result = await this.select(tripleCountQuery(this.scope), options);
    return this.count(result.rows[0], 'count');
  }

  /** Literal and rdf:type triples of `iris`, in VALUES batches; blank nodes cannot be named in a later query and are skipped. */
  async describe(iris: Iterable<string>, options: RequestOptions = {}): Promise<QuadBatch> {
    return this.batched(iris, (batch) => describeQuery(this.scope, batch, DESCRIBE_ROW_LIMIT), options);
  }

  private async batched(
    iris: Iterable<string>,
    build: (batch: string[]) => string,
    options: RequestOptions,
  ): Promise<QuadBatch> {
    const unique = [...new Set(iris)].filter(isWritableIri).sort();
    const quads: RDF.Quad[] = [];
    let truncated = false;
    for (const batch of chunk(unique, BATCH_SIZE)) {
      const result = await this.select(build(batch), options);
      if (result.rows.length >= DESCRIBE_ROW_LIMIT) truncated = true;
      quads.push(...this.rowsToQuads(result.rows));
    }
    return { quads, truncated };
  }
}

function describeTerm(term: RDF.Term | undefined): string {
  if (!term) return 'nothing';
  if (term.termType === 'Literal') return `the literal ${JSON.stringify(term.value.slice(0, 40))}`;
  return `${term.termType} ${term.value.slice(0, 60)}`;
}
