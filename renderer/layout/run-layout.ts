// Owns running a layout on what is shown: the request from the graph and the canvas, the worker run, and the positions written back through the view (animated on small graphs, streamed on big ones).
import type { LayoutName } from '../../graph-data/explore/view-types';
import type { Visibility } from '../../graph-data/explore/visibility';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { GraphView } from '../canvas/graph-view';
import { nextTask } from '../canvas/idle-slices';
import { LABEL_ADJUST_MAX_NODES } from '../canvas/level-of-detail';
import { type PackedPositions, scalePackedInto, unpackPositions } from '../canvas/packed-positions';
import { LAYOUT_SEED } from './force-layout';
import { type LayoutRun, runLayoutInWorker } from './layout-client';
import { type PackedLayoutRequest, packEnds } from './layout-protocol';

export interface LayoutContext {
  animate: boolean;
  seed?: number;
  /** Metric values for the concentric layout (higher = nearer the centre). */
  concentricValues?: ReadonlyMap<string, number>;
  /** Entity type ids in ontology order, for the columns by type. */
  typeOrder?: string[];
  /** Frame the result when it lands (the default view does; an export's seeded run frames itself). */
  fit?: boolean;
  /**
   * Every entity's size, for a run started before the canvas holds the graph's elements (a new graph's default
   * layout); absent, sizes are read from the canvas.
   */
  nodeSize?: number;
}

export type LayoutJob = LayoutName | 'separate';

/** How often a force layout streams its positions where the bulk raster draws them. */
export const RASTER_REPORT_MS = 500;

export function layoutRequest(
  view: GraphView,
  graph: AtlasGraph,
  shown: Visibility,
  name: LayoutJob,
  context: LayoutContext,
): PackedLayoutRequest {
  // Packed as it is built (layout-protocol.ts), with no object per entity or relation in between: at 30k/60k the
  // object form and its packing were 0.1 s of the 0.15 s click that starts a layout (a CPU profile).
  const ids: string[] = [];
  for (const key of shown.nodes) if (graph.hasNode(key)) ids.push(key);
  const sizes =
    context.nodeSize === undefined ? view.entitySizes(ids) : new Float64Array(ids.length).fill(context.nodeSize);
  // Most relations shown: walked with their ends in hand, one lookup each; a few: looked up by key.
  const ends = packEnds(ids, shown.edges.size, (add) => {
    if (shown.edges.size > graph.size / 4) {
      graph.forEachEdge((key, _attributes, source, target) => {
        if (shown.edges.has(key)) add(source, target);
      });
    } else for (const key of shown.edges) if (graph.hasEdge(key)) add(graph.source(key), graph.target(key));
  });
  const request: PackedLayoutRequest = {
    name,
    ids,
    sizes,
    ends,
    seed: context.seed ?? LAYOUT_SEED,
    canvas: view.canvasSize(),
  };
  // Where the bulk raster draws the reports, one costs the window a few tens of ms (the picture is made in its own
  // worker): the layout is seen forming. By the size rule, 30k/60k reported once, 9.6 s into a 15 s run.
  if (view.bulkRaster.active) request.reportEveryMs = RASTER_REPORT_MS;
  if (name === 'separate') {
    const all = view.positions();
    request.positions = Object.fromEntries(ids.map((id) => [id, all[id] ?? { x: 0, y: 0 }]));
  }
  if (name === 'fcose') {
    request.labels = Object.fromEntries(ids.map((id) => [id, graph.getNodeAttribute(id, 'label')]));
  }
  if (name === 'concentric' && context.concentricValues) {
    request.concentric = Object.fromEntries(context.concentricValues);
  }
  if (name === 'by-type') {
    request.typeOrder = context.typeOrder ?? [];
    request.types = Object.fromEntries(
      ids.map((id) => [id, { type: graph.getNodeAttribute(id, 'type'), label: graph.getNodeAttribute(id, 'label') }]),
    );
  }
  return request;
}

export interface RunningLayout extends LayoutRun {
  /** Resolves once the final positions are on the canvas. */
  applied: Promise<void>;
}

/**
 * Streams positions onto the canvas while a force layout forms (no animation: each report replaces the last), then
 * moves to the final positions, animated where the graph is small enough to follow.
 */
export function runLayout(
  view: GraphView,
  graph: AtlasGraph,
  shown: Visibility,
  name: LayoutJob,
  context: LayoutContext,
): RunningLayout {
  const request = layoutRequest(view, graph, shown, name, context);
  let streamed = false;
  // A big graph's bodies keep their size until its layout ends (fitSizesToPositions below), so its streamed positions
  // are drawn in the extent it has now, at the density those bodies were sized for. At the layout's own scale (far
  // denser early on) the camera zoomed in on them, and 30,000 piled-up bodies drawn there made the longest task of a
  // 30k/60k rerun 3.6–6.9 s (four runs; 1.6–2.7 s with this, and done 2–7 s sooner). A run started before the canvas
  // holds the graph (a new graph's default layout, `nodeSize` given) has no extent yet: bodies are sized for the
  // layout's own scale.
  const streamInto =
    request.ids.length > LABEL_ADJUST_MAX_NODES && context.nodeSize === undefined ? view.shownBounds() : null;
  // The camera follows the layout only until the user moves it: their zoom or pan is never taken back.
  const moves = view.viewportMoves();
  const frames = () => context.fit !== false && view.viewportMoves() === moves;
  // The last positions shown but not written to the canvas (previewPositions), written if the layout is stopped.
  let previewed: PackedPositions | null = null;
  const run = runLayoutInWorker(request, {
    onProgress: (reported) => {
      const packed = streamInto ? scalePackedInto(reported, streamInto) : reported;
      const first = !streamed;
      streamed = true;
      if (view.previewPositions(packed)) {
        previewed = packed;
        const viewport = first && frames() ? view.viewportFor(packed) : null;
        if (viewport) void view.setViewport(viewport);
        return;
      }
      void view.setPositions(unpackPositions(packed), false).then(() => {
        if (first && frames()) view.fit();
      });
    },
    onExtent: (bounds) => view.expectExtent(bounds),
  });
  const applied = run.done.then(async (positions) => {
    if (request.ids.length > LABEL_ADJUST_MAX_NODES && name !== 'separate') {
      // Big graphs: bodies sized to the density of the finished layout (the label-aware finish covers small ones),
      // strokes fitted with them; then the camera, in a task of its own. Writing the same positions again and
      // fitting strokes to them again found nothing to change, and with the camera made one 0.2 s task at 30k/60k.
      // A separation keeps the size it made room for: regrown to the density rule, bodies would touch again.
      // Labels are placed once, after the last of these steps.
      view.holdLabelsForLayoutEnd(true);
      try {
        await view.setPositions(positions, false);
        await view.fitSizesToPositions();
        await nextTask();
        const viewport = frames() ? view.viewportFor(positions) : null;
        if (viewport) await view.setViewport(viewport, context.animate && !streamed);
      } finally {
        view.holdLabelsForLayoutEnd(false);
      }
      return;
    }
    const animate = context.animate && !streamed;
    // The camera moves with the entities, to where the finished layout will fit.
    const viewport = frames() ? view.viewportFor(positions) : null;
    await Promise.all([view.setPositions(positions, animate), viewport && view.setViewport(viewport, animate)]);
    // After the move, not before: measured on the dense 500/18k open, the stylesheet swapped before the final
    // positions put its restyle into the first frame (one 2.7 s frame); after them it is restyled in slices (longest
    // frame 0.9 s), ready at the same time.
    view.fitStrokesToPositions();
  });
  // Stopped or superseded after streaming: the streamed positions stay, so strokes follow them too.
  applied.catch(() => {
    if (previewed) void view.setPositions(unpackPositions(previewed), false).then(() => view.fitStrokesToPositions());
    else if (streamed) view.fitStrokesToPositions();
  });
  return { ...run, applied };
}
