// Owns the messages the layout worker sends back: streamed positions (or only how far it is) while a force layout runs, where the finished layout will stand, the final positions, or an error.
import type { Positions } from '../../graph-data/explore/view-types';
import type { Bounds } from '../canvas/fit-viewport';

export type LayoutWorkerMessage =
  /** Streamed positions, packed in the order of the request's entities (canvas/packed-positions.ts). */
  | { type: 'progress'; xy: Float64Array; iterations: number }
  /** A force layout's bounds before its last pass, which moves entities only a little (the view fits strokes to it). */
  | { type: 'extent'; bounds: Bounds }
  /** How far a force layout that reports only that is (0–1). */
  | { type: 'fraction'; fraction: number }
  | { type: 'done'; positions: Positions }
  | { type: 'error'; message: string };
