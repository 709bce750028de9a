// Owns the messages between the bulk raster (main thread) and its worker, which draws a big graph's bodies and relations off the main thread.
import type { BulkScene, BulkShown, BulkView } from './bulk-scene';

export type BulkRasterRequest =
  /** A new scene: entities, relations, colours and strokes (sent when the elements or their styles change). */
  | { type: 'scene'; scene: BulkScene }
  /** New positions and radii for the scene's entities, in its order (x, y, r per entity). */
  | { type: 'positions'; nodes: Float32Array }
  /** What is shown, by index. */
  | { type: 'shown'; shown: BulkShown }
  /** Draw a picture for this view; answered with 'drawn' carrying the same id. */
  | { type: 'draw'; id: number; view: BulkView };

export type BulkRasterReply =
  | { type: 'drawn'; id: number; view: BulkView; bitmap: ImageBitmap; nodes: number; edges: number; ms: number }
  | { type: 'failed'; id: number; message: string };
