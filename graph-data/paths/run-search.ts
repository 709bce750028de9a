// Owns dispatching a resolved query to the right algorithm, as one stream of paths.
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { AtlasGraph } from '../model/atlas-graph';
import { enumerateSimplePaths } from './enumerate-paths';
import { shortestByHops } from './hop-search';
import { bestPath, yenKShortest } from './k-shortest';
import type { TraversalRules } from './path-constraints';
import type { GraphPath, PathSearchOptions } from './path-types';
import { type ResolvedQuery, rulesFor } from './query-resolution';
import type { SearchBudget } from './search-budget';
import { bestPathThrough, kPathsThrough } from './waypoint-search';

/**
 * graphology-shortest-path's bidirectional BFS is used when it gives the same answer as ours: walking edges along
 * their direction, with no filter, no exclusion and no symmetric relation type declared (those are walkable both
 * ways, which the library would miss). Among parallel edges it cannot choose, so we take the first one.
 */
function libraryShortest(graph: AtlasGraph, from: string, to: string, maxHops: number): GraphPath | null {
  const nodes = bidirectional(graph, from, to);
  if (!nodes || nodes.length - 1 > maxHops) return null;
  const edges: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const edge = graph.outEdges(nodes[i] as string, nodes[i + 1] as string)[0];
    if (edge === undefined) return null;
    edges.push(edge);
  }
  return { nodes, edges, length: edges.length };
}

function canUseLibrary(rules: TraversalRules, resolved: ResolvedQuery, options: PathSearchOptions): boolean {
  return (
    options.useLibraryFastPath !== false &&
    rules.unconstrained &&
    rules.direction === 'follow' &&
    rules.symmetricTypes.size === 0 &&
    resolved.through === undefined
  );
}

export function* runSearch(
  graph: AtlasGraph,
  resolved: ResolvedQuery,
  budget: SearchBudget,
  options: PathSearchOptions = {},
): Generator<GraphPath> {
  const rules = rulesFor(graph, resolved);
  const { query, from, to, through } = resolved;
  const { maxHops } = query;
  switch (query.mode) {
    case 'shortest': {
      const path = canUseLibrary(rules, resolved, options)
        ? libraryShortest(graph, from, to, maxHops)
        : through !== undefined
          ? bestPathThrough(rules, null, from, through, to, maxHops, budget)
          : shortestByHops(rules, from, to, maxHops, budget);
      if (path) yield path;
      return;
    }
    case 'weighted': {
      const cost = rules.cost;
      const path =
        through !== undefined
          ? bestPathThrough(rules, cost, from, through, to, maxHops, budget)
          : bestPath(rules, cost, from, to, maxHops, budget);
      if (path) yield path;
      return;
    }
    case 'k-shortest': {
      if (through !== undefined) {
        yield* kPathsThrough(rules, rules.cost, from, through, to, query.k, maxHops, budget);
      } else {
        yield* yenKShortest(rules, rules.cost, from, to, query.k, maxHops, budget);
      }
      return;
    }
    case 'all':
      yield* enumerateSimplePaths(rules, from, to, maxHops, budget, through);
      return;
  }
}
