// Owns laying out a graph before it is shown: a file too big to draw entity by entity that has no positions gets the default force layout in the worker, beside whatever the window shows, so it can open as regions of those positions.
import { needsLayoutBeforeShowing } from '../../graph-data/explore/regions';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { DEFAULT_NODE_SIZE } from '../canvas/canvas-style';
import { LAYOUT_SEED } from './force-layout';
import { type LayoutRun, runLayoutInWorker } from './layout-client';
import type { LayoutRequest } from './layout-compute';

/** The default layout's request for every entity and relation of `graph`, reporting only how far it is. */
export function layoutBeforeShowingRequest(
  graph: AtlasGraph,
  canvas: { width: number; height: number },
): LayoutRequest {
  const nodes = graph.mapNodes((id) => ({ id, size: DEFAULT_NODE_SIZE }));
  const edges = graph.mapEdges((_key, _attributes, source, target): [string, string] => [source, target]);
  return { name: 'fcose', nodes, edges, seed: LAYOUT_SEED, canvas, report: 'fraction' };
}

/**
 * Starts the layout when `graph` needs one before it is shown (see needsLayoutBeforeShowing), else returns null.
 * The run neither stops the window's own layout nor is stopped by it; its positions are the caller's to place.
 */
export function layOutBeforeShowing(
  graph: AtlasGraph,
  canvas: { width: number; height: number },
  onFraction: (fraction: number) => void,
): LayoutRun | null {
  if (!needsLayoutBeforeShowing(graph)) return null;
  return runLayoutInWorker(layoutBeforeShowingRequest(graph, canvas), { onFraction }, { alongside: true });
}
