// Checks fitting bounds to the canvas inside the label margins (the graph's centre lands at the inner area's centre, within zoom limits) and scaling positions into given bounds.
import { describe, expect, it } from 'vitest';
import { boundsOf, FIT_PADDING, fitViewport, innerArea, scaleInto } from '../../../../renderer/canvas/fit-viewport';

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

describe('scaleInto', () => {
  it("keeps the positions' shape and centres them inside the bounds, filling the tighter side", () => {
    // A tight 10 x 4 cluster (a force layout's first report) into the 1,000 x 1,000 extent the graph had.
    const packed = { a: { x: 100, y: 50 }, b: { x: 110, y: 50 }, c: { x: 105, y: 54 } };
    const into = { x1: -500, y1: -500, x2: 500, y2: 500 };
    const out = scaleInto(packed, into);
    expect(boundsOf(Object.values(out))).toEqual({ x1: -500, y1: -200, x2: 500, y2: 200 });
    // Same shape: c stays midway between a and b, at the bottom.
    expect(out.c?.x).toBeCloseTo(0);
    expect(out.c?.y).toBeCloseTo(200);
    expect(Object.keys(out)).toEqual(['a', 'b', 'c']);
  });

  it('leaves positions as they are where either side has no extent', () => {
    const line = { a: { x: 0, y: 5 }, b: { x: 10, y: 5 } };
    expect(scaleInto(line, { x1: 0, y1: 0, x2: 100, y2: 100 })).toBe(line);
    const square = { a: { x: 0, y: 0 }, b: { x: 10, y: 10 } };
    expect(scaleInto(square, { x1: 3, y1: 3, x2: 3, y2: 3 })).toBe(square);
    expect(scaleInto({}, { x1: 0, y1: 0, x2: 1, y2: 1 })).toEqual({});
  });
});
