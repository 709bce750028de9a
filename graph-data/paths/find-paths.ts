// Owns the engine's entry points: run a PathQuery on a graph, streaming and capped, and explain an empty result.
import type { AtlasGraph } from '../model/atlas-graph';
import { explainNoPath } from './explain-no-path';
import type { GraphPath, PathQuery, PathSearchOptions, PathSearchResult, Truncation } from './path-types';
import { describeEntity, resolveQuery } from './query-resolution';
import { runSearch } from './run-search';
import { SearchBudget } from './search-budget';

/**
 * Streams the paths of `query` as they are found and returns how the search ended. Throws EntityResolutionError
 * or PathQueryError before yielding anything when the query itself is wrong.
 */
export function* streamPaths(
  graph: AtlasGraph,
  query: PathQuery,
  options: PathSearchOptions = {},
): Generator<GraphPath, Truncation> {
  const resolved = resolveQuery(graph, query);
  const budget = new SearchBudget(options);
  for (const path of runSearch(graph, resolved, budget, options)) {
    const more = budget.accept(path);
    yield path;
    if (!more) break;
  }
  return budget.stopped;
}

/** Runs `query` to completion (or to a cap) and returns plain, JSON-serialisable data. */
export function findPaths(graph: AtlasGraph, query: PathQuery, options: PathSearchOptions = {}): PathSearchResult {
  const now = options.now ?? Date.now;
  const started = now();
  const resolved = resolveQuery(graph, query);
  const budget = new SearchBudget(options);
  const paths: GraphPath[] = [];
  for (const path of runSearch(graph, resolved, budget, options)) {
    paths.push(path);
    if (!budget.accept(path)) break;
  }
  if (query.mode === 'all') {
    // Depth-first discovery order is arbitrary for a reader; shortest first (stable) reads better.
    paths.sort((a, b) => a.length - b.length);
  }
  const result: PathSearchResult = {
    query,
    from: describeEntity(graph, resolved.from),
    to: describeEntity(graph, resolved.to),
    paths,
    truncated: budget.stopped,
    elapsedMs: 0,
  };
  // Only a complete search may claim there is no path; a truncated empty one says so through `truncated`.
  if (paths.length === 0 && budget.stopped === null) result.explanation = explainNoPath(graph, resolved, options);
  result.elapsedMs = now() - started;
  return result;
}
