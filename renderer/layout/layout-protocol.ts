// Owns the messages to and from the layout worker: the request, packed for the trip, and what comes back (streamed positions or only how far it is, where the finished layout will stand, the final positions, or an error).
import type { Positions } from '../../graph-data/explore/view-types';
import type { Bounds } from '../canvas/fit-viewport';
import { slotsOf } from '../canvas/packed-positions';
import type { LayoutRequest } from './layout-compute';

export type LayoutWorkerMessage =
  /** Streamed positions, packed in the order of the request's entities (canvas/packed-positions.ts). */
  | { type: 'progress'; xy: Float64Array; iterations: number }
  /** A force layout's bounds before its last pass, which moves entities only a little (the view fits strokes to it). */
  | { type: 'extent'; bounds: Bounds }
  /** How far a force layout that reports only that is (0–1). */
  | { type: 'fraction'; fraction: number }
  | { type: 'done'; positions: Positions }
  | { type: 'error'; message: string };

/**
 * A request as posted to the worker: its entities and relations packed as typed arrays, the rest as it is. Cloned as
 * 30,000 entity objects and 60,000 relation pairs, a 30k/60k request cost the click that started the layout about
 * 35–50 ms of structured cloning (CPU profiles), and the worker as much to read it back.
 */
export interface PackedLayoutRequest extends Omit<LayoutRequest, 'nodes' | 'edges'> {
  /** Entity ids, in the request's order (the order of each packed report). */
  ids: string[];
  sizes: Float64Array;
  /** Each relation's two ends, as indices into `ids`. */
  ends: Int32Array;
}

/** Packs a request for postMessage; the typed arrays are transferred. A relation whose end is not an entity is dropped. */
export function packLayoutRequest(request: LayoutRequest): { message: PackedLayoutRequest; transfer: Transferable[] } {
  const { nodes, edges, ...rest } = request;
  const ids = nodes.map((node) => node.id);
  const sizes = Float64Array.from(nodes, (node) => node.size);
  const ends = packEnds(ids, edges.length, (add) => {
    for (const [source, target] of edges) add(source, target);
  });
  return { message: { ...rest, ids, sizes, ends }, transfer: [sizes.buffer, ends.buffer] };
}

/**
 * Relation ends as indices into `ids`, in pairs, for the relations `each` adds by their ends' keys (at most
 * `capacity`); a relation whose end is not among `ids` is dropped.
 */
export function packEnds(
  ids: readonly string[],
  capacity: number,
  each: (add: (source: string, target: string) => void) => void,
): Int32Array {
  // The same index the window reads each packed report with (slotsOf keeps it per keys array).
  const index = slotsOf(ids);
  const ends = new Int32Array(capacity * 2);
  let kept = 0;
  each((source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    ends[2 * kept] = s;
    ends[2 * kept + 1] = t;
    kept++;
  });
  return kept === capacity ? ends : ends.slice(0, 2 * kept);
}

/** The request as the layout code takes it (in the worker). */
export function unpackLayoutRequest(message: PackedLayoutRequest): LayoutRequest {
  const { ids, sizes, ends, ...rest } = message;
  const nodes = ids.map((id, i) => ({ id, size: sizes[i] as number }));
  const edges: [string, string][] = [];
  for (let i = 0; i + 1 < ends.length; i += 2) {
    edges.push([ids[ends[i] as number] as string, ids[ends[i + 1] as number] as string]);
  }
  return { ...rest, nodes, edges };
}
