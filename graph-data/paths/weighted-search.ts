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

interface Side {
  dist: Map<string, number>;
  parent: Map<string, { edge: string; via: string }>;
  done: Set<string>;
  heap: MinHeap<string>;
  backward: boolean;
}

function side(root: string, backward: boolean): Side {
  const heap = new MinHeap<string>();
  heap.push(0, root);
  return { dist: new Map([[root, 0]]), parent: new Map(), done: new Set(), heap, backward };
}

/**
 * Bidirectional Dijkstra: grows a ball from each end and stops once the two smallest frontier keys together reach
 * the best meeting cost, so it settles far fewer nodes than a one-sided search on large graphs.
 */
function dijkstra(
  rules: TraversalRules,
  cost: EdgeCost,
  source: string,
  target: string,
  budget: SearchBudget,
  bans: SearchBans,
): GraphPath | null {
  if (source === target) return { nodes: [source], edges: [], length: 0, cost: 0 };
  const forward = side(source, false);
  const backward = side(target, true);
  let best = Number.POSITIVE_INFINITY;
  let meet: string | null = null;
  while (forward.heap.size > 0 && backward.heap.size > 0) {
    if (!budget.tick()) return null;
    if (forward.heap.peekKey() + backward.heap.peekKey() >= best) break;
    const [mine, other] = forward.heap.size <= backward.heap.size ? [forward, backward] : [backward, forward];
    const top = mine.heap.pop();
    if (!top) break;
    const node = top.value;
    if (mine.done.has(node) || top.key > (mine.dist.get(node) ?? Number.POSITIVE_INFINITY)) continue;
    mine.done.add(node);
    forEachStep(rules, node, mine.backward, (edge, next, _reversed, attrs) => {
      if (mine.done.has(next) || bans.edges?.has(edge) || bans.nodes?.has(next)) return;
      const total = top.key + cost(edge, attrs);
      if (total < (mine.dist.get(next) ?? Number.POSITIVE_INFINITY)) {
        mine.dist.set(next, total);
        mine.parent.set(next, { edge, via: node });
        mine.heap.push(total, next);
      }
      const there = other.dist.get(next);
      if (there !== undefined && (mine.dist.get(next) ?? 0) + there < best) {
        best = (mine.dist.get(next) ?? 0) + there;
        meet = next;
      }
    });
    // The root of the other side may be reached directly (a one-hop path) before anything else meets.
    const there = other.dist.get(node);
    if (there !== undefined && top.key + there < best) {
      best = top.key + there;
      meet = node;
    }
  }
  if (meet === null) return null;
  const nodes = [meet];
  const edges: string[] = [];
  for (let step = forward.parent.get(meet); step; step = forward.parent.get(step.via)) {
    nodes.unshift(step.via);
    edges.unshift(step.edge);
  }
  for (let step = backward.parent.get(meet); step; step = backward.parent.get(step.via)) {
    nodes.push(step.via);
    edges.push(step.edge);
  }
  // Zero-cost edges can let the two halves share a node; cutting the loop keeps the cost and makes the path simple.
  return removeCycles(rules, cost, nodes, edges);
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
    if (state.node === target) {
      const nodes: string[] = [];
      const edges: string[] = [];
      for (let s: State | null = state; s; s = s.previous) {
        nodes.unshift(s.node);
        if (s.edge !== null) edges.unshift(s.edge);
      }
      return removeCycles(rules, cost, nodes, edges);
    }
    if (state.hops >= maxHops) continue;
    forEachStep(rules, state.node, false, (edge, next, _reversed, attrs) => {
      if (bans.edges?.has(edge) || bans.nodes?.has(next)) return;
      heap.push(top.key + cost(edge, attrs), { node: next, hops: state.hops + 1, edge, previous: state });
    });
  }
  return null;
}

function removeCycles(rules: TraversalRules, cost: EdgeCost, nodes: string[], edges: string[]): GraphPath {
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
