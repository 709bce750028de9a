// Owns importing a parsed graph (`graph.export()` data from the file worker) into a graphology graph in slices of main-thread time.
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { Schedule } from '../canvas/idle-slices';
import type { ExportedGraph } from './graph-file-protocol';

export interface ImportSlices {
  /** Longest slice, in ms. */
  sliceMs: number;
  /** False once the import is no longer wanted (a newer open started): it stops before its next slice. */
  wanted: () => boolean;
  schedule?: Schedule;
  now?: () => number;
}

const laterTask: Schedule = (slice) => {
  setTimeout(slice, 0);
};

/**
 * Imports `data` into `graph` as `graph.import(data)` would, item by item through graphology's own import (same
 * checks, same errors), in slices of at most `sliceMs`: at 30k/60k the whole import in one task took 0.5 s in the
 * browser bench, the window frozen. The first slice runs at once. Resolves true when every item is in, false when it
 * was no longer wanted (the graph is then partial: the caller drops it); rejects with graphology's error on bad data.
 */
export function importInSlices(graph: AtlasGraph, data: ExportedGraph, slices: ImportSlices): Promise<boolean> {
  const schedule = slices.schedule ?? laterTask;
  const now = slices.now ?? (() => performance.now());
  if (data.attributes) graph.import({ attributes: data.attributes });
  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (!slices.wanted()) return resolve(false);
      const until = now() + slices.sliceMs;
      try {
        // Items in chunks of 64 between clock reads: a clock read per item would cost as much as the item.
        while (next < nodes.length + edges.length && now() < until) {
          const end = Math.min(next + 64, nodes.length + edges.length);
          if (next < nodes.length) {
            graph.import({ nodes: nodes.slice(next, Math.min(end, nodes.length)) });
            next = Math.min(end, nodes.length);
          } else {
            graph.import({ edges: edges.slice(next - nodes.length, end - nodes.length) });
            next = end;
          }
        }
      } catch (error) {
        return reject(error);
      }
      if (next >= nodes.length + edges.length) return resolve(true);
      schedule(slice);
    };
    slice();
  });
}
