// Owns the messages the layout worker sends back: streamed positions while a force layout runs, the final positions, or an error.
import type { Positions } from '../../graph-data/explore/view-types';

export type LayoutWorkerMessage =
  | { type: 'progress'; positions: Positions; iterations: number }
  | { type: 'done'; positions: Positions }
  | { type: 'error'; message: string };
