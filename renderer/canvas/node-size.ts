// Owns the default entity size of a document whose file brings positions: as large as the default, or smaller where the positions are so dense that default-sized bodies would cover each other.
import KDBush from 'kdbush';
import { DEFAULT_NODE_SIZE } from './canvas-style';

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
function overlapShare(
  index: KDBush,
  positions: readonly { x: number; y: number }[],
  sample: readonly number[],
  size: number,
): number {
  let touching = 0;
  for (const i of sample) {
    const p = positions[i] as { x: number; y: number };
    const near = index.within(p.x, p.y, size).some((j) => {
      const q = positions[j] as { x: number; y: number };
      return j !== i && Math.hypot(q.x - p.x, q.y - p.y) < size;
    });
    if (near) touching++;
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
  // A static index of points (KDBush) built once: an rbush of the 30k/60k positions was 50 ms of the task that swaps
  // in a new document, a Flatbush 44 ms (CPU profiles).
  const tree = new KDBush(positions.length);
  for (const p of positions) tree.add(p.x, p.y);
  tree.finish();
  const step = Math.max(1, Math.floor(positions.length / SAMPLE));
  const sample: number[] = [];
  for (let i = 0; i < positions.length; i += step) sample.push(i);
  const share = (size: number) => overlapShare(tree, positions, sample, size);
  if (share(largest) <= OVERLAP_SHARE) return { size: largest, separate: false };
  let low = smallest;
  let high = largest;
  // Separating spreads the entities, so the fit zoom drops a little: the size asked for leaves room for that.
  if (share(low) > OVERLAP_SHARE) {
    return positions.length > SEPARATE_MAX_NODES
      ? { size: smallest, separate: false }
      : { size: smallest * SEPARATE_SLACK, separate: true };
  }
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    if (share(mid) <= OVERLAP_SHARE) low = mid;
    else high = mid;
  }
  return { size: low, separate: false };
}
