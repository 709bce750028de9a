// Owns the N shortest loopless paths (Yen's algorithm) over edge paths, so parallel typed relations count as distinct.
import { type SearchBans, shortestByHops } from './hop-search';
import { MinHeap } from './min-heap';
import type { EdgeCost, TraversalRules } from './path-constraints';
import type { GraphPath } from './path-types';
import type { SearchBudget } from './search-budget';
import { cheapestPath } from './weighted-search';

export function pathCost(rules: TraversalRules, cost: EdgeCost | null, edges: readonly string[]): number {
  if (!cost) return edges.length;
  let total = 0;
  for (const edge of edges) total += cost(edge, rules.graph.getEdgeAttributes(edge));
  return total;
}

/** Best single path under the hop limit: fewest hops without a cost function, cheapest with one. */
export function bestPath(
  rules: TraversalRules,
  cost: EdgeCost | null,
  source: string,
  target: string,
  maxHops: number,
  budget: SearchBudget,
  bans: SearchBans = {},
): GraphPath | null {
  if (maxHops < 0) return null;
  if (cost) return cheapestPath(rules, cost, source, target, maxHops, budget, bans);
  return shortestByHops(rules, source, target, maxHops, budget, bans);
}

/**
 * Yen's algorithm on edge keys rather than node pairs: the edge leaving the spur node is what gets banned, so two
 * parallel relations (NATO —supports→ X and NATO —funds→ X) yield two different paths. graphology has no k-shortest.
 * The spur search gets the hop budget left after the root, which keeps the result exact under a hop limit.
 */
export function* yenKShortest(
  rules: TraversalRules,
  cost: EdgeCost | null,
  source: string,
  target: string,
  k: number,
  maxHops: number,
  budget: SearchBudget,
): Generator<GraphPath> {
  const first = bestPath(rules, cost, source, target, maxHops, budget);
  if (!first || k < 1) return;
  const found: GraphPath[] = [withCost(rules, cost, first)];
  yield found[0] as GraphPath;
  const seen = new Set<string>([first.edges.join('\u0000')]);
  const candidates = new MinHeap<GraphPath>();
  while (found.length < k && budget.ok) {
    const last = found[found.length - 1] as GraphPath;
    for (let i = 0; i < last.length; i++) {
      const spur = last.nodes[i] as string;
      const rootEdges = last.edges.slice(0, i);
      const bannedEdges = new Set<string>();
      for (const path of found) {
        if (path.length > i && sameStart(path.edges, rootEdges)) bannedEdges.add(path.edges[i] as string);
      }
      const bannedNodes = new Set(last.nodes.slice(0, i));
      const spurPath = bestPath(rules, cost, spur, target, maxHops - i, budget, {
        nodes: bannedNodes,
        edges: bannedEdges,
      });
      if (!budget.ok) return;
      if (!spurPath) continue;
      const edges = [...rootEdges, ...spurPath.edges];
      const key = edges.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const path = withCost(rules, cost, {
        nodes: [...last.nodes.slice(0, i), ...spurPath.nodes],
        edges,
        length: edges.length,
      });
      candidates.push(cost ? (path.cost ?? 0) : path.length, path);
    }
    const next = candidates.pop();
    if (!next) return;
    found.push(next.value);
    yield next.value;
  }
}

function sameStart(edges: readonly string[], prefix: readonly string[]): boolean {
  for (let i = 0; i < prefix.length; i++) if (edges[i] !== prefix[i]) return false;
  return true;
}

function withCost(rules: TraversalRules, cost: EdgeCost | null, path: GraphPath): GraphPath {
  return cost ? { ...path, cost: pathCost(rules, cost, path.edges) } : path;
}
