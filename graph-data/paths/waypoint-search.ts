// Owns searches that must pass through a waypoint: best path (exact via a leg bound, else enumeration) and k best.
import { enumerateSimplePaths } from './enumerate-paths';
import { bestPath, pathCost } from './k-shortest';
import type { EdgeCost, TraversalRules } from './path-constraints';
import type { GraphPath } from './path-types';
import type { SearchBudget } from './search-budget';

function isSimple(nodes: readonly string[]): boolean {
  return new Set(nodes).size === nodes.length;
}

/**
 * Any path through W costs at least best(s→W) + best(W→t), each within the hop limit. So when the two best legs
 * join into a simple path within the limit, that path is optimal; only when they cross (or together run too long)
 * do we fall back to enumerating the paths through W, which is exact unless a cap stops it (then truncated says so).
 */
export function bestPathThrough(
  rules: TraversalRules,
  cost: EdgeCost | null,
  source: string,
  waypoint: string,
  target: string,
  maxHops: number,
  budget: SearchBudget,
): GraphPath | null {
  if (waypoint === source || waypoint === target) return bestPath(rules, cost, source, target, maxHops, budget);
  const first = bestPath(rules, cost, source, waypoint, maxHops, budget);
  if (!first) return null;
  const second = bestPath(rules, cost, waypoint, target, maxHops, budget);
  if (!second) return null;
  const nodes = [...first.nodes, ...second.nodes.slice(1)];
  const edges = [...first.edges, ...second.edges];
  if (isSimple(nodes) && edges.length <= maxHops) {
    return { nodes, edges, length: edges.length, ...(cost ? { cost: pathCost(rules, cost, edges) } : {}) };
  }
  return kPathsThrough(rules, cost, source, waypoint, target, 1, maxHops, budget)[0] ?? null;
}

/** The k best paths through W: enumerated within the hop limit, then ranked (stable, so ties keep discovery order). */
export function kPathsThrough(
  rules: TraversalRules,
  cost: EdgeCost | null,
  source: string,
  waypoint: string,
  target: string,
  k: number,
  maxHops: number,
  budget: SearchBudget,
): GraphPath[] {
  const all: GraphPath[] = [];
  for (const path of enumerateSimplePaths(rules, source, target, maxHops, budget, waypoint)) {
    all.push(cost ? { ...path, cost: pathCost(rules, cost, path.edges) } : path);
  }
  const key = (p: GraphPath) => (cost ? (p.cost ?? 0) : p.length);
  return all.sort((a, b) => key(a) - key(b)).slice(0, k);
}
