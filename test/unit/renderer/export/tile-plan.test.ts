// Tests the tile plan: every pixel covered exactly once, no tile over the canvas limits, bands of equal height.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, planTiles, tileCount } from '../../../../renderer/export/tile-plan';

function coverage(width: number, height: number, limits = DEFAULT_LIMITS) {
  const plan = planTiles(width, height, limits);
  let area = 0;
  for (const band of plan.rows) {
    const top = band[0]?.y;
    let x = 0;
    for (const tile of band) {
      expect(tile.y).toBe(top);
      expect(tile.x).toBe(x);
      expect(tile.height).toBe(band[0]?.height);
      expect(tile.width).toBeLessThanOrEqual(limits.maxSide);
      expect(tile.height).toBeLessThanOrEqual(limits.maxSide);
      expect(tile.width * tile.height).toBeLessThanOrEqual(limits.maxArea);
      x += tile.width;
      area += tile.width * tile.height;
    }
    expect(x).toBe(width);
  }
  const last = plan.rows.at(-1)?.[0];
  expect((last?.y ?? 0) + (last?.height ?? 0)).toBe(height);
  expect(area).toBe(width * height);
  return plan;
}

describe('planTiles', () => {
  it('keeps an image within the limits in one tile', () => {
    const plan = coverage(3000, 2000);
    expect(tileCount(plan)).toBe(1);
  });

  it('splits a wide image into columns and a tall one into bands', () => {
    expect(coverage(10_000, 1000).rows[0]).toHaveLength(2);
    const tall = coverage(2000, 20_000);
    expect(tall.rows.length).toBeGreaterThan(2);
    expect(tall.rows.every((band) => band.length === 1)).toBe(true);
  });

  it('respects the area limit as well as the side limit', () => {
    const plan = coverage(8192, 8192);
    expect(plan.rows.length).toBe(4); // 8192 wide × 2048 tall = 4096² pixels per tile
  });

  it('covers any size exactly under any limits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40_000 }),
        fc.integer({ min: 1, max: 40_000 }),
        fc.integer({ min: 2000, max: 9000 }),
        fc.integer({ min: 1_000_000, max: 70_000_000 }),
        (width, height, maxSide, maxArea) => {
          coverage(width, height, { maxSide, maxArea: Math.max(maxArea, maxSide) });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects sizes that are not positive whole pixels', () => {
    expect(() => planTiles(0, 10)).toThrow(/positive/);
    expect(() => planTiles(10.5, 10)).toThrow(/positive/);
  });
});
