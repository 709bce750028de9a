// Owns moving entities to new positions on the canvas: only those that moved, animated on graphs small enough, and a big move measured in slices before it is drawn.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Positions } from '../../graph-data/explore/view-types';
import type { DrawHold } from './draw-hold';
import { graphKeyOf } from './element-ids';
import { canvasNodes } from './element-lists';
import { nextTask } from './idle-slices';
import { SLICED_RESTYLE_MIN_ELEMENTS } from './level-of-detail';

/** Animating more nodes than this costs more than it explains. */
export const ANIMATE_MAX_NODES = 1500;

/** What a move needs of the view. */
export interface MoveTarget {
  cy: Core;
  drawHold: DrawHold;
  /** Swaps the stylesheet for strokes that fit the current positions; true when it did. */
  fitStrokeScale(): boolean;
  /** Restyles every element (in slices on a big graph) after a stylesheet swap. */
  restyleAll(): void;
  /**
   * True when the picture does not come from Cytoscape's positions (the bulk raster shows the new ones already): a big
   * move is then written in slices.
   */
  sliceMoves: boolean;
}

/** A move of more entities than this is written in slices where the view allows it (MoveTarget.sliceMoves). */
export const SLICED_MOVE_MIN_NODES = 2000;
/**
 * Longest slice of position writes. Each costs Cytoscape 50–65 µs (its bounds, its relations' bounds, the renderer's
 * queue, the 'position' event) in a CPU profile: the 30,000 of a 30k/60k layout's last positions were one 2 s task.
 */
const MOVE_SLICE_MS = 30;

/** Counts moves per canvas, so that the slices of an older move stop when a newer one starts. */
const moveCounts = new WeakMap<Core, number>();

/** Writes the positions in slices of at most about MOVE_SLICE_MS; null when a newer move started meanwhile. */
async function moveInSlices(
  cy: Core,
  moved: readonly { node: NodeSingular; target: { x: number; y: number } }[],
): Promise<NodeCollection | null> {
  const move = (moveCounts.get(cy) ?? 0) + 1;
  moveCounts.set(cy, move);
  const nodes = cy.collection();
  // One batch open across the slices: Cytoscape draws no frame between them. Frames between them measured the
  // entities moved so far and placed labels on a rebuilt index, which made each slice a 120–390 ms task.
  cy.startBatch();
  try {
    for (let i = 0; i < moved.length; ) {
      const until = performance.now() + MOVE_SLICE_MS;
      for (; i < moved.length && (i % 64 !== 0 || performance.now() < until); i++) {
        const { node, target } = moved[i] as (typeof moved)[number];
        nodes.merge(node.position(target));
      }
      if (i < moved.length) {
        await nextTask();
        if (moveCounts.get(cy) !== move || cy.destroyed()) return null;
      }
    }
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  return nodes;
}

/**
 * A move to measure in slices before it is drawn, counted with its relations (what costs): the 500 entities of a dense
 * graph carry 18,000, drawn in one 2.2 s frame otherwise.
 */
function isBigMove(nodes: NodeCollection): boolean {
  return (
    nodes.length >= SLICED_RESTYLE_MIN_ELEMENTS ||
    nodes.length + nodes.connectedEdges().length >= SLICED_RESTYLE_MIN_ELEMENTS
  );
}

/** Moves entities to the given positions (only those that differ), animated for graphs small enough. */
export function moveEntities(view: MoveTarget, positions: Positions, animate: boolean): Promise<void> {
  const { cy, drawHold } = view;
  const moved: { node: NodeSingular; target: { x: number; y: number } }[] = [];
  for (const node of canvasNodes(cy)) {
    const target = positions[graphKeyOf(node)];
    if (!target) continue;
    const p = node.position();
    if (Math.abs(p.x - target.x) > 0.01 || Math.abs(p.y - target.y) > 0.01) moved.push({ node, target });
  }
  if (moved.length === 0) {
    drawHold.releaseLayout();
    return Promise.resolve();
  }
  if (animate && moved.length <= ANIMATE_MAX_NODES) {
    // Animations step in Cytoscape's render loop, which a held batch stops.
    drawHold.releaseLayout();
    cy.nodes().stop(true, false);
    return Promise.all(
      moved.map(({ node, target }) =>
        node
          .animation({ position: target, duration: 400, easing: 'ease-in-out-cubic' } as never)
          .play()
          .promise(),
      ),
    ).then(() => undefined);
  }
  moveCounts.set(cy, (moveCounts.get(cy) ?? 0) + 1);
  if (view.sliceMoves && !drawHold.heldForLayout && moved.length >= SLICED_MOVE_MIN_NODES) {
    return moveInSlices(cy, moved).then((nodes) => {
      if (nodes) finishMove(view, nodes, false);
    });
  }
  const heldForLayout = drawHold.heldForLayout;
  const nodes = cy.collection();
  cy.batch(() => {
    for (const { node, target } of moved) nodes.merge(node.position(target));
  });
  finishMove(view, nodes, heldForLayout);
  return Promise.resolve();
}

/** After the positions are written: strokes, the release of a layout's hold, and the measuring of a big move. */
function finishMove(view: MoveTarget, nodes: NodeCollection, heldForLayout: boolean): void {
  const { drawHold } = view;
  // The first positions of a graph held for its layout: strokes follow them before anything is drawn. Fitted after
  // the layout instead, the stylesheet swap restyled and drew every element a second time: on the dense 500/18k
  // open, about 1 s after the first frame.
  const strokesChanged = heldForLayout && view.fitStrokeScale();
  // Released after the move: the first frame drawn has the entities where they belong.
  drawHold.releaseLayout();
  // A big move is measured in slices before it is drawn, like a big write, its entities' relations included: on a
  // 30k/60k layout rerun the longest frame went from 8.9–9.4 s to 4.1–4.3 s (two runs each, alternated). Without
  // the relations it did not help: Cytoscape measured them all again in the first frame.
  if (strokesChanged) view.restyleAll();
  else if (isBigMove(nodes)) drawHold.restyle(nodes);
}
