// Owns the default entity size of a document whose file brings positions: as large as the default, or smaller where the positions are so dense that default-sized bodies would cover each other.
import RBush from 'rbush';
import { DEFAULT_NODE_SIZE } from './canvas-style';

interface Point {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** At most this share of entities may touch another at the chosen size. */
const OVERLAP_SHARE = 0.01;
/**
 * On screen at the fit zoom, an entity is never smaller than this; positions too dense for it are separated by an
 * anti-overlap pass (label-adjust.ts, in the layout worker)…
 */
export const MIN_FIT_PX = 5;
/** …and the default size is kept within these bounds, whatever the scale of the file's coordinates. */
const DEFAULT_FIT_PX = { min: 6, max: 40 };
/** Bodies to be separated are sized this much over the minimum: after the spread they still show MIN_FIT_PX. */
export const SEPARATE_SLACK = 1.15;
/**
 * Above this many entities a file's own positions are kept even where bodies touch: separating them costs about half a
 * second per thousand entities in the worker plus a full redraw (4 s at 10,000 on the bench), and at the fit zoom of
 * such a graph bodies are dots a few pixels wide that zooming in tells apart, as in Gephi.
 */
export const SEPARATE_MAX_NODES = 5000;
/** Enough points to estimate the share within a percent, however big the graph. */
const SAMPLE = 2000;

/** Share of sampled points that have another point closer than `size` (their bodies would overlap). */
function overlapShare(tree: RBush<Point>, sample: readonly Point[], size: number): number {
  let touching = 0;
  for (const p of sample) {
    const around = tree.search({ minX: p.minX - size, minY: p.minY - size, maxX: p.maxX + size, maxY: p.maxY + size });
    for (const q of around) {
      if (q !== p && Math.hypot(q.minX - p.minX, q.minY - p.minY) < size) {
        touching++;
        break;
      }
    }
  }
  return sample.length === 0 ? 0 : touching / sample.length;
}

/**
 * The largest size (by bisection) at which at most 1% of entities touch a neighbour; where none at least MIN_FIT_PX
 * on screen does, that size and a request to separate. `fitZoom` is the zoom at
 * which the whole graph fits the canvas: sizes are bounded in screen pixels at that zoom, so a file in tiny or huge
 * coordinates still gets visible bodies. Sampling keeps it to a few thousand index searches per step on any graph.
 */
export interface EntitySizing {
  /** Default entity diameter, in model units. */
  size: number;
  /** True when even the smallest size leaves more than 1% of entities touching: separate them before showing. */
  separate: boolean;
}

export function entitySizing(positions: readonly { x: number; y: number }[], fitZoom: number): EntitySizing {
  const zoom = fitZoom > 0 && Number.isFinite(fitZoom) ? fitZoom : 1;
  const largest = Math.min(Math.max(DEFAULT_NODE_SIZE, DEFAULT_FIT_PX.min / zoom), DEFAULT_FIT_PX.max / zoom);
  const smallest = Math.min(largest, MIN_FIT_PX / zoom);
  if (positions.length < 2) return { size: largest, separate: false };
  const points = positions.map((p) => ({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }));
  const tree = new RBush<Point>();
  tree.load(points);
  const step = Math.max(1, Math.floor(points.length / SAMPLE));
  const sample = points.filter((_, i) => i % step === 0);
  if (overlapShare(tree, sample, largest) <= OVERLAP_SHARE) return { size: largest, separate: false };
  let low = smallest;
  let high = largest;
  // Separating spreads the entities, so the fit zoom drops a little: the size asked for leaves room for that.
  if (overlapShare(tree, sample, low) > OVERLAP_SHARE) {
    return points.length > SEPARATE_MAX_NODES
      ? { size: smallest, separate: false }
      : { size: smallest * SEPARATE_SLACK, separate: true };
  }
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    if (overlapShare(tree, sample, mid) <= OVERLAP_SHARE) low = mid;
    else high = mid;
  }
  return { size: low, separate: false };
}
