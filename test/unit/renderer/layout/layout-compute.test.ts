// Checks the layouts the worker computes: every entity placed with finite coordinates, force layouts shaped to the window and free of overlapping bodies, seeds repeat exactly, and the dense-graph algorithm choice.
import { describe, expect, it } from 'vitest';
import type { LayoutName } from '../../../../graph-data/explore/view-types';
import { type Bounds, boundsOf } from '../../../../renderer/canvas/fit-viewport';
import { expectedLayoutFitZoom, fitZoomOfBounds } from '../../../../renderer/canvas/view-geometry';
import {
  DENSE_STALL_MIN_ITERATIONS,
  DENSE_STALL_WINDOW,
  FCOSE_MAX_EDGES,
  FCOSE_MAX_NODES,
  forceAtlasLayout,
  LAYOUT_SEED,
  STALL_MIN_ITERATIONS,
  STALL_WINDOW,
  seededRandom,
  stallRule,
  usesFcose,
} from '../../../../renderer/layout/force-layout';
import { DEFAULT_ADJUST, spreadFitZoom, spreadForBodies } from '../../../../renderer/layout/label-adjust';
import { computeLayout, type LayoutRequest, stretchToAspect } from '../../../../renderer/layout/layout-compute';

function request(nodes: number, edges: number, name: LayoutName = 'fcose'): LayoutRequest {
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  const pairs: [string, string][] = [];
  for (let i = 0; i < edges; i++) pairs.push([`n${i % nodes}`, `n${(i * 7 + 1) % nodes}`]);
  return {
    name,
    nodes: ids.map((id) => ({ id, size: 30 })),
    edges: pairs,
    seed: 1949,
    canvas: { width: 1200, height: 700 },
    labels: Object.fromEntries(ids.map((id) => [id, `Label ${id}`])),
    concentric: Object.fromEntries(ids.map((id, i) => [id, i])),
    typeOrder: ['a', 'b'],
    types: Object.fromEntries(ids.map((id, i) => [id, { type: i % 2 ? 'a' : 'b', label: id }])),
  };
}

function overlappingBodies(positions: Record<string, { x: number; y: number }>, size: number): number {
  const points = Object.values(positions);
  let pairs = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a && b && Math.hypot(a.x - b.x, a.y - b.y) < size) pairs++;
    }
  }
  return pairs;
}

describe('computeLayout', () => {
  it.each(['fcose', 'dagre', 'concentric', 'circle', 'grid', 'by-type'] as LayoutName[])(
    '%s places every entity at finite coordinates',
    (name) => {
      const positions = computeLayout(request(40, 60, name));
      expect(Object.keys(positions)).toHaveLength(40);
      for (const p of Object.values(positions)) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      }
    },
  );

  it('the force layout keeps bodies apart and repeats exactly for a seed', () => {
    const first = computeLayout(request(60, 90));
    expect(overlappingBodies(first, 30)).toBe(0);
    expect(computeLayout(request(60, 90))).toEqual(first);
  });

  it('dense graphs use ForceAtlas2, which streams positions while it runs', () => {
    const dense = request(200, FCOSE_MAX_EDGES + 1);
    expect(usesFcose(dense)).toBe(false);
    const reports: number[] = [];
    forceAtlasLayout(dense, 1, { onProgress: (progress) => reports.push(progress.iterations), reportEveryMs: 0 });
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.at(-1)).toBeGreaterThan(reports[0] ?? 0);
  });
});

/** A uniform random graph without duplicate pairs (the browser bench's shape for graphs without positions). */
function randomRequest(nodes: number, edges: number, seed: number): LayoutRequest {
  const random = seededRandom(seed);
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  const seen = new Set<number>();
  const pairs: [string, string][] = [];
  while (pairs.length < edges) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a === b || seen.has(Math.min(a, b) * nodes + Math.max(a, b))) continue;
    seen.add(Math.min(a, b) * nodes + Math.max(a, b));
    pairs.push([`n${a}`, `n${b}`]);
  }
  return {
    name: 'fcose',
    nodes: ids.map((id) => ({ id, size: 30 })),
    edges: pairs,
    seed: LAYOUT_SEED,
    canvas: { width: 900, height: 773 },
    labels: Object.fromEntries(ids.map((id, i) => [id, `Entity ${i}`])),
  };
}

/** The 10th, 50th and 90th percentiles of one axis, as shares of the layout's extent on it. */
function spreadOn(positions: Record<string, { x: number; y: number }>, axis: 'x' | 'y'): number[] {
  const bounds = boundsOf(Object.values(positions));
  if (!bounds) throw new Error('no positions');
  const [low, high] = axis === 'x' ? [bounds.x1, bounds.x2] : [bounds.y1, bounds.y2];
  const values = Object.values(positions)
    .map((p) => (p[axis] - low) / (high - low))
    .sort((a, b) => a - b);
  return [0.1, 0.5, 0.9].map((q) => values[Math.floor(q * (values.length - 1))] ?? 0);
}

describe('the default layout of graphs without positions', () => {
  it('runs fcose only where it finishes in about 2 s (the random 401/800 graph goes to ForceAtlas2)', () => {
    expect(usesFcose(randomRequest(FCOSE_MAX_NODES, 800, 1))).toBe(true);
    expect(usesFcose(randomRequest(FCOSE_MAX_NODES + 1, 800, 1))).toBe(false);
    expect(FCOSE_MAX_NODES).toBeLessThanOrEqual(400);
    expect(FCOSE_MAX_EDGES).toBeLessThanOrEqual(1000);
  });

  it('ForceAtlas2 stops once a dense graph only jitters, well before its iteration cap', () => {
    let iterations = 0;
    // 500 entities with 18,000 relations never reach the movement threshold: without the stall rule, 500 iterations.
    forceAtlasLayout(randomRequest(500, 18_000, 7), LAYOUT_SEED, {
      onProgress: (progress) => {
        if (progress.done) iterations = progress.iterations;
      },
    });
    expect(iterations).toBeGreaterThanOrEqual(DENSE_STALL_MIN_ITERATIONS);
    // Under the sparse graphs' rule it ran 200 iterations.
    expect(iterations).toBeLessThanOrEqual(150);
  });

  it('watches dense graphs for jitter sooner and in shorter windows than sparse ones', () => {
    expect(stallRule(500, 18_000)).toEqual({ window: DENSE_STALL_WINDOW, minIterations: DENSE_STALL_MIN_ITERATIONS });
    expect(stallRule(500, 5_000).window).toBe(DENSE_STALL_WINDOW);
    expect(stallRule(500, 4_999)).toEqual({ window: STALL_WINDOW, minIterations: STALL_MIN_ITERATIONS });
    expect(stallRule(0, 0).window).toBe(STALL_WINDOW);
    expect(DENSE_STALL_MIN_ITERATIONS).toBeLessThan(STALL_MIN_ITERATIONS);
  });

  it.each([
    // ForceAtlas2 also predicts it after its first iteration, so that the view restyles while the run goes on.
    ['fcose', 60, 90, 1],
    ['ForceAtlas2', 300, 6000, 2],
  ])('the %s layout reports its extent before the result, at the final fit zoom within 5%%', (_, n, e, reports) => {
    const input = n === 60 ? request(n, e) : randomRequest(n, e, 7);
    const extents: Bounds[] = [];
    const positions = computeLayout(input, { onExtent: (bounds) => extents.push(bounds) });
    expect(extents).toHaveLength(reports);
    const { width, height } = input.canvas;
    const final = fitZoomOfBounds(boundsOf(Object.values(positions)), width, height);
    for (const extent of extents) {
      expect(Math.abs(fitZoomOfBounds(extent, width, height) / final - 1)).toBeLessThan(0.05);
    }
    // Geometric layouts are exact: nothing to report ahead.
    const grid: Bounds[] = [];
    computeLayout(request(40, 60, 'grid'), { onExtent: (bounds) => grid.push(bounds) });
    expect(grid).toEqual([]);
  });

  it('the spread for bodies lands at a fit zoom known without positions, and a view predicts the dense layout by it', () => {
    const input = randomRequest(500, 18_000, 7);
    const { width, height } = input.canvas;
    // Packed positions (a force layout before its finish): spread to the zoom spreadFitZoom names, within 3%.
    const packed = Object.fromEntries(
      input.nodes.map((n, i) => [n.id, { x: (i % 25) * 3, y: Math.floor(i / 25) * 4 }]),
    );
    const sizes = new Map(input.nodes.map((n) => [n.id, n.size]));
    const window = { width, height, maxZoom: 100, margin: DEFAULT_ADJUST.margin };
    const spread = fitZoomOfBounds(boundsOf(Object.values(spreadForBodies(packed, sizes, window))), width, height);
    expect(Math.abs(spreadFitZoom(500, 30, window) / spread - 1)).toBeLessThan(0.03);
    // The default layout of the dense graph, predicted before it ran: within 5% of where it lands.
    const final = fitZoomOfBounds(boundsOf(Object.values(computeLayout(input))), width, height);
    expect(Math.abs(expectedLayoutFitZoom(500, 18_000, width, height) / final - 1)).toBeLessThan(0.05);
    // Small graphs, and graphs whose layout has no label-aware finish, are not guessed at.
    expect(expectedLayoutFitZoom(100, 200, width, height)).toBe(1);
    expect(expectedLayoutFitZoom(2000, 4000, width, height)).toBe(1);
  });

  it('ForceAtlas2 hands over its first iteration once, before any report of its progress', () => {
    const events: string[] = [];
    forceAtlasLayout(randomRequest(200, 1200, 3), LAYOUT_SEED, {
      reportEveryMs: 0,
      onProgress: (progress) => events.push(progress.done ? 'done' : 'progress'),
      onFirstIteration: (positions) => events.push(`first ${Object.keys(positions).length}`),
    });
    expect(events[0]).toBe('first 200');
    expect(events.filter((event) => event.startsWith('first'))).toHaveLength(1);
    expect(events.at(-1)).toBe('done');
  });

  it('a force layout streams as often as the request asks, and by its size where it does not say', () => {
    // 500 entities and 2,500 relations: ForceAtlas2, whose size rule reports every 300 ms.
    const streamed = (reportEveryMs?: number) => {
      let reports = 0;
      computeLayout(
        { ...randomRequest(500, 2500, 9), ...(reportEveryMs === undefined ? {} : { reportEveryMs }) },
        { onProgress: () => reports++ },
      );
      return reports;
    };
    const every = streamed(0);
    const bySize = streamed();
    // Every iteration but the last (the finish does not stream) at 0 ms; far fewer by the size rule.
    expect(every).toBeGreaterThan(50);
    expect(bySize).toBeLessThan(every / 5);
  });

  it('ForceAtlas2 says how far it is without copying positions: a growing share of its iteration cap, at most 1', () => {
    const fractions: number[] = [];
    let reports = 0;
    forceAtlasLayout(randomRequest(200, 400, 5), LAYOUT_SEED, {
      reportEveryMs: 0,
      onFraction: (f) => fractions.push(f),
      onProgress: (p) => {
        if (!p.done) reports++;
      },
    });
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions).toHaveLength(reports);
    expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= (fractions[i - 1] ?? 0)))).toBe(true);
    // One report per iteration: the first is one of the cap's 500 iterations.
    expect(fractions[0]).toBeCloseTo(1 / 500, 6);
  });

  it('a dense graph (300 entities, 6,000 relations) is centred in its frame, not piled in a corner or along a line', () => {
    const positions = computeLayout(randomRequest(300, 6000, 7));
    for (const axis of ['x', 'y'] as const) {
      const [p10, p50, p90] = spreadOn(positions, axis);
      expect(p50).toBeGreaterThan(0.4);
      expect(p50).toBeLessThan(0.6);
      expect(p10).toBeGreaterThan(0.05);
      expect(p90).toBeLessThan(0.95);
    }
    // The finish left bodies apart: no two 30-unit bodies overlap.
    expect(overlappingBodies(positions, 30)).toBe(0);
  });
});

describe('stretchToAspect', () => {
  it('spreads the shorter side to the wanted aspect and never squeezes', () => {
    const square = { a: { x: 0, y: 0 }, b: { x: 10, y: 10 } };
    const span = (p: Record<string, { x: number; y: number }>) => ({
      w: (p.b?.x ?? 0) - (p.a?.x ?? 0),
      h: (p.b?.y ?? 0) - (p.a?.y ?? 0),
    });
    expect(span(stretchToAspect(square, 2))).toEqual({ w: 20, h: 10 });
    expect(span(stretchToAspect(square, 0.5))).toEqual({ w: 10, h: 20 });
  });
});
