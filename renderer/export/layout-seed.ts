// Owns re-running the default force layout with a chosen seed before an export, so the same graph and settings give the same picture.
import type { Visibility } from '../../graph-data/explore/visibility';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { GraphView } from '../canvas/graph-view';
import { runLayout } from '../layout/run-layout';

/**
 * The layout runs in the worker from the seed alone (positions before it play no part) and its result is written
 * without animation, so the coordinates, and with them every anti-aliased pixel, repeat exactly.
 */
export async function runSeededLayout(
  view: GraphView,
  graph: AtlasGraph,
  shown: Visibility,
  seed: number,
): Promise<void> {
  if (shown.nodes.size === 0) return;
  // A layout still animating would keep moving nodes after ours has placed them.
  view.cy.stop(true, true);
  view.cy.nodes().stop(true, true);
  await runLayout(view, graph, shown, 'fcose', { animate: false, seed, fit: true }).applied;
}
