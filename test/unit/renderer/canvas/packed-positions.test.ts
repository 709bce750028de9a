// Checks positions packed for streaming: packing by the request's keys, reading back (gaps skipped), bounds, scaling into an extent, and the slot of each key.
import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../../../renderer/canvas/fit-viewport';
import {
  isPacked,
  packedBounds,
  packPositions,
  positionReader,
  scalePackedInto,
  slotsOf,
  unpackPositions,
} from '../../../../renderer/canvas/packed-positions';

describe('packed positions', () => {
  it('packs in the order of the keys, NaN where a key has no position, and reads back only those it has', () => {
    const keys = ['b', 'a', 'c'];
    const xy = packPositions(keys, { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect([...xy.slice(0, 4)]).toEqual([3, 4, 1, 2]);
    expect(Number.isNaN(xy[4])).toBe(true);
    expect(unpackPositions({ keys, xy })).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect(packedBounds({ keys, xy })).toEqual({ x1: 1, y1: 2, x2: 3, y2: 4 });
    expect(packedBounds({ keys: [], xy: new Float64Array() })).toBeNull();
  });

  it('tells packed positions from positions by key, even a key named "xy"', () => {
    expect(isPacked({ keys: ['a'], xy: new Float64Array(2) })).toBe(true);
    expect(isPacked({ xy: { x: 1, y: 2 }, keys: { x: 0, y: 0 } })).toBe(false);
  });

  it("keeps the positions' shape and centres them inside the bounds, filling the tighter side", () => {
    // A tight 10 x 4 cluster (a force layout's first report) into the 1,000 x 1,000 extent the graph had.
    const keys = ['a', 'b', 'c'];
    const packed = {
      keys,
      xy: packPositions(keys, { a: { x: 100, y: 50 }, b: { x: 110, y: 50 }, c: { x: 105, y: 54 } }),
    };
    const out = unpackPositions(scalePackedInto(packed, { x1: -500, y1: -500, x2: 500, y2: 500 }));
    expect(boundsOf(Object.values(out))).toEqual({ x1: -500, y1: -200, x2: 500, y2: 200 });
    // Same shape: c stays midway between a and b, at the bottom.
    expect(out.c?.x).toBeCloseTo(0);
    expect(out.c?.y).toBeCloseTo(200);
  });

  it('leaves positions as they are where either side has no extent', () => {
    const keys = ['a', 'b'];
    const line = { keys, xy: packPositions(keys, { a: { x: 0, y: 5 }, b: { x: 10, y: 5 } }) };
    expect(scalePackedInto(line, { x1: 0, y1: 0, x2: 100, y2: 100 })).toBe(line);
    const square = { keys, xy: packPositions(keys, { a: { x: 0, y: 0 }, b: { x: 10, y: 10 } }) };
    expect(scalePackedInto(square, { x1: 3, y1: 3, x2: 3, y2: 3 })).toBe(square);
  });

  it('gives each key its slot, once per keys array', () => {
    const keys = ['x', 'y'];
    expect(slotsOf(keys).get('y')).toBe(1);
    expect(slotsOf(keys)).toBe(slotsOf(keys));
  });

  it('reads a key’s position from plain or packed positions alike, undefined where there is none or it is not a number', () => {
    const keys = ['a', 'b', 'c'];
    const plain = { a: { x: 1, y: 2 }, b: { x: Number.NaN, y: 3 } };
    const packed = { keys, xy: packPositions(keys, plain) };
    for (const positions of [plain, packed]) {
      const at = positionReader(positions);
      expect({ ...at('a') }).toEqual({ x: 1, y: 2 });
      expect(at('b')).toBeUndefined();
      expect(at('c')).toBeUndefined();
      expect(at('gone')).toBeUndefined();
    }
    expect(positionReader(null)('a')).toBeUndefined();
  });
});
