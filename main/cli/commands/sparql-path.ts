// Owns `kg path --sparql`: resolves the two names on the endpoint, runs the remote path search, and prints the same text or JSON as on a file.
import { CommanderError } from 'commander';
import type { RdfPrefixes } from '../../../graph-data/formats/rdf';
import {
  DEFAULT_K,
  DEFAULT_MAX_HOPS,
  EntityResolutionError,
  formatPathResultsJson,
  PATH_DIRECTIONS,
  type PathDirection,
  type PathQuery,
  PathQueryError,
} from '../../../graph-data/paths';
import { findRemotePaths, type RemoteSearchNote } from '../../../graph-data/sparql/remote-path-search';
import { iriFromName, resolveRemoteEntity } from '../../../graph-data/sparql/resolve-remote-entity';
import type { SparqlClient } from '../../../graph-data/sparql/sparql-client';
import { type CliContext, CliUsageError } from '../cli-context';
import { formatPathText, type PathCommandOptions } from './path-command';

export interface SparqlPathOptions extends PathCommandOptions {
  prefix?: string[];
  maxExplore?: string;
}

function whole(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new CliUsageError(`${option} expects a whole number ≥ ${min}, not "${value}"`);
  }
  return Number(value);
}

/** `--prefix ex=http://example.org/` (repeatable) for prefixed names of entities and relation types. */
export function parsePrefixes(values: readonly string[] | undefined): RdfPrefixes {
  const prefixes: RdfPrefixes = {};
  for (const value of values ?? []) {
    const match = /^([A-Za-z][\w.-]*)?=(\S+)$/.exec(value);
    if (!match) throw new CliUsageError(`--prefix expects name=IRI (e.g. ex=http://example.org/), not "${value}"`);
    prefixes[match[1] ?? ''] = match[2] as string;
  }
  return prefixes;
}

/** Relation types on an endpoint are predicate IRIs: full, in angle brackets, or prefixed. */
function predicateList(value: string | undefined, option: string, prefixes: RdfPrefixes): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (names.length === 0) throw new CliUsageError(`${option} expects predicate IRIs, e.g. ${option} foaf:knows`);
  return names.map((name) => {
    const iri = iriFromName(name, prefixes);
    if (iri === undefined) {
      throw new CliUsageError(
        `${option}: "${name}" is not an IRI or a prefixed name with a known prefix (add --prefix)`,
      );
    }
    return iri;
  });
}

function incompleteNote(note: RemoteSearchNote): string {
  const parts: string[] = [];
  if (note.stop === 'explore-cap') {
    parts.push(
      `The search stopped after ${note.explored.toLocaleString('en-US')} entities (raise --max-explore); a path may exist.`,
    );
  }
  if (note.skippedHubs.length > 0) {
    parts.push(
      `Some relations of ${note.skippedHubs.length} very connected entit${note.skippedHubs.length === 1 ? 'y were' : 'ies were'} not read; a path through them may be missed.`,
    );
  }
  if (note.blankNodesReached > 0) {
    parts.push('The search reached blank nodes, which a later query cannot name: paths through them are not followed.');
  }
  return parts.join(' ');
}

export async function runSparqlPath(
  client: SparqlClient,
  context: CliContext,
  fromName: string,
  toName: string,
  o: SparqlPathOptions,
): Promise<void> {
  const direction = (o.direction ?? 'follow') as PathDirection;
  if (!PATH_DIRECTIONS.includes(direction)) {
    throw new CliUsageError(`--direction expects follow, against or any, not "${o.direction}"`);
  }
  if (o.weighted !== undefined)
    throw new CliUsageError('--weighted is not available with --sparql (RDF relations carry no weight)');
  if (o.through !== undefined) throw new CliUsageError('--through is not available with --sparql');
  if (o.fromYear !== undefined || o.toYear !== undefined) {
    throw new CliUsageError('--from-year/--to-year are not available with --sparql (RDF relations carry no dates)');
  }
  const k = whole(o.k, '--k', 1);
  if (o.all && k !== undefined) throw new CliUsageError('--all and --k cannot be combined');
  const prefixes = parsePrefixes(o.prefix);
  const maxPaths = whole(o.maxPaths, '--max-paths', 1);
  const maxExplored = whole(o.maxExplore, '--max-explore', 1);
  try {
    const resolve = (name: string) => resolveRemoteEntity(client, name, { prefixes });
    const from = await resolve(fromName);
    const to = await resolve(toName);
    const exclude = await Promise.all((o.exclude ?? []).map(resolve));
    for (const iri of exclude) {
      if (iri === from || iri === to) throw new PathQueryError(`cannot exclude ${iri}: it is an end of the path`);
    }
    const query: PathQuery = {
      from,
      to,
      mode: o.all ? 'all' : k !== undefined ? 'k-shortest' : 'shortest',
      maxHops: whole(o.maxHops, '--max-hops', 1) ?? DEFAULT_MAX_HOPS,
      k: k ?? DEFAULT_K,
      direction,
    };
    const via = predicateList(o.via, '--via', prefixes);
    if (via) query.via = via;
    const without = predicateList(o.without, '--without', prefixes);
    if (without) query.excludeRelationTypes = without;
    if (exclude.length > 0) query.excludeEntities = exclude;
    const outcome = await findRemotePaths(client, query, {
      ...(maxPaths !== undefined ? { maxPaths } : {}),
      ...(maxExplored !== undefined ? { maxExplored } : {}),
      mapping: { prefixes },
    });
    const { graph, result } = outcome;
    if (o.json) {
      const json = JSON.parse(formatPathResultsJson(graph, result)) as Record<string, unknown>;
      // Only an incomplete search adds anything to the file's JSON shape.
      if (outcome.incomplete) json.incomplete = outcome.incomplete;
      context.out(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      context.out(formatPathText(graph, result));
      if (outcome.incomplete) context.out(`\n${incompleteNote(outcome.incomplete)}\n`);
    }
    if (result.paths.length === 0) {
      throw new CommanderError(1, 'kg.path.none', result.explanation?.sentence ?? 'no path');
    }
  } catch (error) {
    if (error instanceof EntityResolutionError || error instanceof PathQueryError)
      throw new CliUsageError(error.message);
    throw error;
  }
}
