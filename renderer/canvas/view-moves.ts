// Owns moving entities to new positions on the canvas: only those that moved, animated on graphs small enough, and a big move measured in slices before it is drawn.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Positions } from '../../graph-data/explore/view-types';
import type { DrawHold } from './draw-hold';
import { graphKeyOf } from './element-ids';
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
  cy.nodes().forEach((node) => {
    const target = positions[graphKeyOf(node)];
    if (!target) return;
    const p = node.position();
    if (Math.abs(p.x - target.x) > 0.01 || Math.abs(p.y - target.y) > 0.01) moved.push({ node, target });
  });
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
  const heldForLayout = drawHold.heldForLayout;
  const nodes = cy.collection();
  cy.batch(() => {
    for (const { node, target } of moved) nodes.merge(node.position(target));
  });
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
  return Promise.resolve();
}
