// Checks fitting bounds to the canvas inside the label margins (the graph's centre lands at the inner area's centre, within zoom limits) and scaling positions into given bounds.
import { describe, expect, it } from 'vitest';
import { boundsOf, FIT_PADDING, fitViewport, innerArea } from '../../../../renderer/canvas/fit-viewport';

describe('fitViewport', () => {
  it('fits the wider dimension and centres the graph in the inner area', () => {
    const bounds = { x1: 0, y1: 0, x2: 200, y2: 100 };
    const { zoom, pan } = fitViewport(bounds, 1000, 600, { min: 0.01, max: 10 });
    const inner = innerArea(1000, 600);
    expect(zoom).toBeCloseTo(Math.min(inner.width / 200, inner.height / 100));
    expect(100 * zoom + pan.x).toBeCloseTo(inner.left + inner.width / 2);
    expect(50 * zoom + pan.y).toBeCloseTo(inner.top + inner.height / 2);
  });

  it('respects the zoom limits', () => {
    expect(fitViewport({ x1: 0, y1: 0, x2: 1, y2: 1 }, 800, 600, { min: 0.1, max: 2 }).zoom).toBe(2);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e9, y2: 1 }, 800, 600, { min: 0.1, max: 2 }).zoom).toBe(0.1);
  });

  it('keeps the margins for labels', () => {
    expect(innerArea(1000, 600)).toEqual({
      left: FIT_PADDING.left,
      top: FIT_PADDING.top,
      width: 1000 - FIT_PADDING.left - FIT_PADDING.right,
      height: 600 - FIT_PADDING.top - FIT_PADDING.bottom,
    });
  });

  it('bounds points, with padding, and nothing for no points', () => {
    expect(
      boundsOf(
        [
          { x: 1, y: 2 },
          { x: -3, y: 5 },
        ],
        1,
      ),
    ).toEqual({ x1: -4, y1: 1, x2: 2, y2: 6 });
    expect(boundsOf([])).toBeNull();
  });
});
