// Owns cheapest-path search under constraints (Dijkstra), including the exact fallback when a hop limit binds.
import type { SearchBans } from './hop-search';
import { MinHeap } from './min-heap';
import { type EdgeCost, forEachStep, type TraversalRules } from './path-constraints';
import type { GraphPath } from './path-types';
import type { SearchBudget } from './search-budget';

/**
 * Our own Dijkstra rather than graphology-shortest-path's `dijkstra.bidirectional`: that one takes one weight per
 * node pair (it reads the cheapest of parallel edges via a getter but reports nodes only), cannot filter relation
 * types or walk against edges, and has no hop limit or cancellation.
 */
export function cheapestPath(
  rules: TraversalRules,
  cost: EdgeCost,
  source: string,
  target: string,
  maxHops: number,
  budget: SearchBudget,
  bans: SearchBans = {},
): GraphPath | null {
  const plain = dijkstra(rules, cost, source, target, budget, bans);
  if (plain === null || plain.length <= maxHops) return plain;
  // The overall cheapest path is too long: search (node, hops) states so a dearer but shorter path is still found.
  return hopBoundedCheapest(rules, cost, source, target, maxHops, budget, bans);
}

function dijkstra(
  rules: TraversalRules,
  cost: EdgeCost,
  source: string,
  target: string,
  budget: SearchBudget,
  bans: SearchBans,
): GraphPath | null {
  const best = new Map<string, number>([[source, 0]]);
  const parent = new Map<string, { edge: string; via: string }>();
  const done = new Set<string>();
  const heap = new MinHeap<string>();
  heap.push(0, source);
  while (heap.size > 0) {
    if (!budget.tick()) return null;
    const top = heap.pop();
    if (!top) break;
    const node = top.value;
    if (done.has(node)) continue;
    done.add(node);
    if (node === target) return unwind(parent, source, target, top.key);
    forEachStep(rules, node, false, (edge, next, _reversed, attrs) => {
      if (done.has(next) || bans.edges?.has(edge) || bans.nodes?.has(next)) return;
      const total = top.key + cost(edge, attrs);
      if (total < (best.get(next) ?? Number.POSITIVE_INFINITY)) {
        best.set(next, total);
        parent.set(next, { edge, via: node });
        heap.push(total, next);
      }
    });
  }
  return null;
}

function unwind(
  parent: Map<string, { edge: string; via: string }>,
  source: string,
  target: string,
  total: number,
): GraphPath {
  const nodes = [target];
  const edges: string[] = [];
  let node = target;
  while (node !== source) {
    const step = parent.get(node);
    if (!step) break;
    edges.unshift(step.edge);
    nodes.unshift(step.via);
    node = step.via;
  }
  return { nodes, edges, length: edges.length, cost: total };
}

interface State {
  node: string;
  hops: number;
  edge: string | null;
  previous: State | null;
}

/**
 * Dijkstra over (node, hops) states: exact for the cheapest walk within the hop limit. With zero-cost edges that walk
 * may repeat a node; cutting the cycle out never raises the cost (costs are ≥ 0) and lowers the hop count, so the
 * result is a simple path at least as cheap.
 */
function hopBoundedCheapest(
  rules: TraversalRules,
  cost: EdgeCost,
  source: string,
  target: string,
  maxHops: number,
  budget: SearchBudget,
  bans: SearchBans,
): GraphPath | null {
  const settled = new Set<string>();
  const heap = new MinHeap<State>();
  heap.push(0, { node: source, hops: 0, edge: null, previous: null });
  while (heap.size > 0) {
    if (!budget.tick()) return null;
    const top = heap.pop();
    if (!top) break;
    const state = top.value;
    const key = `${state.hops}\u0000${state.node}`;
    if (settled.has(key)) continue;
    settled.add(key);
    if (state.node === target) return removeCycles(rules, cost, state);
    if (state.hops >= maxHops) continue;
    forEachStep(rules, state.node, false, (edge, next, _reversed, attrs) => {
      if (bans.edges?.has(edge) || bans.nodes?.has(next)) return;
      heap.push(top.key + cost(edge, attrs), { node: next, hops: state.hops + 1, edge, previous: state });
    });
  }
  return null;
}

function removeCycles(rules: TraversalRules, cost: EdgeCost, end: State): GraphPath {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (let s: State | null = end; s; s = s.previous) {
    nodes.unshift(s.node);
    if (s.edge !== null) edges.unshift(s.edge);
  }
  const outNodes: string[] = [];
  const outEdges: string[] = [];
  const position = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as string;
    const seen = position.get(node);
    if (seen !== undefined) {
      // Drop the loop back to the earlier visit of this node.
      for (const dropped of outNodes.splice(seen + 1)) position.delete(dropped);
      outEdges.splice(seen);
    } else {
      position.set(node, outNodes.length);
      outNodes.push(node);
    }
    const edge = edges[i];
    if (i < edges.length && edge !== undefined) outEdges.push(edge);
  }
  outEdges.length = outNodes.length - 1;
  let total = 0;
  for (const edge of outEdges) total += cost(edge, rules.graph.getEdgeAttributes(edge));
  return { nodes: outNodes, edges: outEdges, length: outEdges.length, cost: total };
}
