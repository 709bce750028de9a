// Checks the layouts the worker computes: every entity placed with finite coordinates, force layouts shaped to the window and free of overlapping bodies, seeds repeat exactly, and the dense-graph algorithm choice.
import { describe, expect, it } from 'vitest';
import type { LayoutName } from '../../../../graph-data/explore/view-types';
import { FCOSE_MAX_EDGES, forceAtlasLayout, usesFcose } from '../../../../renderer/layout/force-layout';
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
    forceAtlasLayout(dense, 1, (progress) => reports.push(progress.iterations), 0);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.at(-1)).toBeGreaterThan(reports[0] ?? 0);
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
