// Checks the default entity size of files with positions: the default where positions are sparse, smaller where they are dense, bounded in screen pixels at the fit zoom.
import { describe, expect, it } from 'vitest';
import { DEFAULT_NODE_SIZE } from '../../../../renderer/canvas/canvas-style';
import { entitySizing, MIN_FIT_PX, SEPARATE_MAX_NODES, SEPARATE_SLACK } from '../../../../renderer/canvas/node-size';

function grid(n: number, spacing: number) {
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < n; i++) points.push({ x: (i % 50) * spacing, y: Math.floor(i / 50) * spacing });
  return points;
}

/** Share of points with a neighbour closer than `size`. */
function touching(points: { x: number; y: number }[], size: number): number {
  let count = 0;
  for (const p of points) if (points.some((q) => q !== p && Math.hypot(p.x - q.x, p.y - q.y) < size)) count++;
  return count / points.length;
}

describe('entitySizing', () => {
  it('keeps the default size for sparse positions', () => {
    expect(entitySizing(grid(500, 100), 1)).toEqual({ size: DEFAULT_NODE_SIZE, separate: false });
  });

  it('shrinks bodies on dense positions until at most 1% touch', () => {
    const points = grid(1000, 10);
    const { size, separate } = entitySizing(points, 1);
    expect(separate).toBe(false);
    expect(size).toBeLessThan(DEFAULT_NODE_SIZE);
    expect(touching(points, size)).toBeLessThanOrEqual(0.01);
  });

  it('bounds the size in screen pixels, whatever the scale of the coordinates', () => {
    // Positions in [0, 1] fitted at zoom 800: the default 30 units would be 24,000 px.
    const { size } = entitySizing(grid(100, 0.1), 800);
    expect(size * 800).toBeLessThanOrEqual(40);
    expect(size * 800).toBeGreaterThanOrEqual(MIN_FIT_PX);
  });

  it('asks for separation where even the smallest visible size would overlap', () => {
    // Two entities 1 unit apart, seen at zoom 1: a 5 px body covers the other.
    const points = [...grid(200, 100), { x: 0.5, y: 0.5 }, { x: 100.5, y: 0.5 }, { x: 200.5, y: 0.5 }];
    expect(entitySizing(points, 1)).toEqual({ size: MIN_FIT_PX * SEPARATE_SLACK, separate: true });
  });

  it('keeps the positions of a graph too big to separate quickly, at the smallest visible size', () => {
    // Every point has a neighbour 1 unit away: too dense for 5 px bodies at zoom 1, and too many to separate.
    const points = grid(SEPARATE_MAX_NODES + 2, 1);
    expect(entitySizing(points, 1)).toEqual({ size: MIN_FIT_PX, separate: false });
    expect(entitySizing(points.slice(0, SEPARATE_MAX_NODES), 1).separate).toBe(true);
  });
});
