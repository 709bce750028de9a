// Owns positions packed for streaming from the layout worker: one Float64Array in the order of the request's entities, instead of an object per entity, and what is read back from it.
import type { Positions } from '../../graph-data/explore/view-types';
import { type Bounds, BoundsBuilder } from './fit-viewport';

/**
 * x and y of `keys[i]` at `xy[2i]` and `xy[2i + 1]` (NaN where the layout gave none). A 30k/60k layout streamed its
 * positions as 30,000 objects per report, several reports a second: the garbage brought major collections of 0.3–0.4 s
 * into the window's tasks while it ran (CPU profiles of the bench's layout rerun).
 */
export interface PackedPositions {
  keys: readonly string[];
  xy: Float64Array;
}

export function packPositions(keys: readonly string[], positions: Positions): Float64Array {
  const xy = new Float64Array(keys.length * 2);
  keys.forEach((key, i) => {
    const p = positions[key];
    xy[2 * i] = p ? p.x : Number.NaN;
    xy[2 * i + 1] = p ? p.y : Number.NaN;
  });
  return xy;
}

export function unpackPositions({ keys, xy }: PackedPositions): Positions {
  const positions: Positions = {};
  keys.forEach((key, i) => {
    const x = xy[2 * i] ?? Number.NaN;
    const y = xy[2 * i + 1] ?? Number.NaN;
    if (!Number.isNaN(x) && !Number.isNaN(y)) positions[key] = { x, y };
  });
  return positions;
}

export function packedBounds({ xy }: PackedPositions): Bounds | null {
  const bounds = new BoundsBuilder();
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i] ?? Number.NaN;
    const y = xy[i + 1] ?? Number.NaN;
    if (!Number.isNaN(x) && !Number.isNaN(y)) bounds.add(x, y);
  }
  return bounds.bounds();
}

/** The positions moved and scaled, keeping their shape, so that they are centred in `into` and fit it (as scaleInto). */
export function scalePackedInto(packed: PackedPositions, into: Bounds): PackedPositions {
  const from = packedBounds(packed);
  const fromW = from ? from.x2 - from.x1 : 0;
  const fromH = from ? from.y2 - from.y1 : 0;
  const intoW = into.x2 - into.x1;
  const intoH = into.y2 - into.y1;
  if (!from || !(fromW > 0 && fromH > 0 && intoW > 0 && intoH > 0)) return packed;
  const scale = Math.min(intoW / fromW, intoH / fromH);
  const fromX = (from.x1 + from.x2) / 2;
  const fromY = (from.y1 + from.y2) / 2;
  const intoX = (into.x1 + into.x2) / 2;
  const intoY = (into.y1 + into.y2) / 2;
  const xy = new Float64Array(packed.xy.length);
  for (let i = 0; i + 1 < xy.length; i += 2) {
    xy[i] = intoX + ((packed.xy[i] ?? 0) - fromX) * scale;
    xy[i + 1] = intoY + ((packed.xy[i + 1] ?? 0) - fromY) * scale;
  }
  return { keys: packed.keys, xy };
}

const slots = new WeakMap<readonly string[], Map<string, number>>();

/** Each key's index in `keys`, built once per keys array (a layout run's). */
export function slotsOf(keys: readonly string[]): Map<string, number> {
  let map = slots.get(keys);
  if (!map) {
    map = new Map(keys.map((key, i) => [key, i]));
    slots.set(keys, map);
  }
  return map;
}

/**
 * Reads each key's position from plain or packed positions, packed ones in place (no object per entity): undefined
 * where they have none, or none that is a number. The point returned is reused by the next read.
 */
export function positionReader(
  positions: Positions | PackedPositions | null,
): (key: string) => { x: number; y: number } | undefined {
  if (!positions) return () => undefined;
  const point = { x: 0, y: 0 };
  const found = (x: number | undefined, y: number | undefined) => {
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) return undefined;
    point.x = x;
    point.y = y;
    return point;
  };
  if (!isPacked(positions)) return (key) => found(positions[key]?.x, positions[key]?.y);
  const { xy } = positions;
  const slots = slotsOf(positions.keys);
  return (key) => {
    const slot = slots.get(key);
    return slot === undefined ? undefined : found(xy[2 * slot], xy[2 * slot + 1]);
  };
}

export function isPacked(positions: Positions | PackedPositions): positions is PackedPositions {
  const packed = positions as Partial<PackedPositions>;
  return packed.xy instanceof Float64Array && Array.isArray(packed.keys);
}
