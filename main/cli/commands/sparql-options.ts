// Owns the kg options shared by commands that can read a SPARQL endpoint instead of a file (--sparql, --graph, --timeout) and building the client from them.
import { SparqlClient } from '../../../graph-data/sparql/sparql-client';
import { MAX_TIMEOUT_MS } from '../../../graph-data/sparql/sparql-transport';
import { type CliContext, CliUsageError } from '../cli-context';

export interface SparqlCliOptions {
  file?: string;
  sparql?: string;
  graph?: string;
  timeout?: string;
}

export const SPARQL_OPTION_HELP = {
  sparql: 'read a SPARQL endpoint (http or https URL) instead of a file',
  graph: 'with --sparql: the named graph to read (default: the endpoint default graph)',
  timeout: 'with --sparql: seconds to wait for each request (default 30)',
} as const;

/** The client for `--sparql`, or undefined when the command reads a file; usage errors for contradictory options. */
export function sparqlClientFrom(options: SparqlCliOptions, context: CliContext): SparqlClient | undefined {
  if (options.sparql === undefined) {
    if (options.graph !== undefined)
      throw new CliUsageError('--graph names a graph of a SPARQL endpoint: add --sparql URL');
    if (options.timeout !== undefined) throw new CliUsageError('--timeout applies to --sparql requests');
    return undefined;
  }
  if (options.file !== undefined) throw new CliUsageError('give --file or --sparql, not both');
  let timeoutMs: number | undefined;
  if (options.timeout !== undefined) {
    const seconds = Number(options.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds * 1000 > MAX_TIMEOUT_MS) {
      throw new CliUsageError(
        `--timeout expects seconds between 0.1 and ${MAX_TIMEOUT_MS / 1000}, not "${options.timeout}"`,
      );
    }
    timeoutMs = seconds * 1000;
  }
  return new SparqlClient({
    endpoint: options.sparql,
    graph: options.graph,
    transport: context.sparqlTransport(),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
}
