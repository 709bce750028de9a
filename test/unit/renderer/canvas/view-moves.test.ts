// Checks moving entities on a headless Cytoscape: only entities that moved are written, a move is measured in slices when its relations make it big, a big move is written in slices where the view allows it, and the first positions of a graph held for its layout fit strokes before anything is drawn.
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { DrawHold } from '../../../../renderer/canvas/draw-hold';
import { nodeElementId } from '../../../../renderer/canvas/element-ids';
import { SLICED_RESTYLE_MIN_ELEMENTS } from '../../../../renderer/canvas/level-of-detail';
import { type MoveTarget, moveEntities, SLICED_MOVE_MIN_NODES } from '../../../../renderer/canvas/view-moves';

/** `nodes` entities, each joined to the next by `perPair` parallel relations. */
function graph(nodes: number, perPair: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(
    Array.from({ length: nodes }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: nodeElementId(`k${i}`), key: `k${i}` },
      position: { x: 0, y: 0 },
    })),
  );
  const edges = [];
  for (let i = 0; i + 1 < nodes; i++) {
    for (let j = 0; j < perPair; j++) {
      edges.push({
        group: 'edges' as const,
        data: { id: `e${i}-${j}`, source: nodeElementId(`k${i}`), target: nodeElementId(`k${i + 1}`) },
      });
    }
  }
  cy.add(edges);
  return cy;
}

function target(cy: cytoscape.Core, strokesChange = false, sliceMoves = false) {
  const drawHold = new DrawHold(cy, () => {});
  const calls = { fitStrokeScale: 0, restyleAll: 0 };
  const view: MoveTarget = {
    cy,
    drawHold,
    fitStrokeScale: () => {
      calls.fitStrokeScale++;
      return strokesChange;
    },
    restyleAll: () => {
      calls.restyleAll++;
    },
    sliceMoves,
  };
  return { view, drawHold, calls };
}

const spread = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { x: i * 10, y: 5 }]));

describe('moveEntities', () => {
  it('moves only the entities whose position differs, without a sliced restyle for a small move', async () => {
    const cy = graph(10, 1);
    const { view, drawHold, calls } = target(cy);
    await moveEntities(view, { k3: { x: 0, y: 0 }, k4: { x: 7, y: 8 } }, false);
    expect(cy.getElementById(nodeElementId('k4')).position()).toEqual({ x: 7, y: 8 });
    expect(cy.getElementById(nodeElementId('k3')).position()).toEqual({ x: 0, y: 0 });
    expect(drawHold.restyling).toBe(false);
    // Not held for a layout: strokes are left to the layout's end.
    expect(calls.fitStrokeScale).toBe(0);
    cy.destroy();
  });

  it('measures a move in slices when its relations make it big, though its entities are few', async () => {
    const perPair = Math.ceil(SLICED_RESTYLE_MIN_ELEMENTS / 9);
    const cy = graph(10, perPair);
    const { view, drawHold } = target(cy);
    await moveEntities(view, spread(10), false);
    expect(drawHold.restyling).toBe(true);
    await vi.waitFor(() => expect(drawHold.restyling).toBe(false), { timeout: 5000, interval: 20 });
    cy.destroy();
  });

  it('fits strokes to the first positions of a graph held for its layout, and restyles everything when they change', async () => {
    for (const strokesChange of [false, true]) {
      const cy = graph(10, 1);
      const { view, drawHold, calls } = target(cy, strokesChange);
      drawHold.hold();
      await moveEntities(view, spread(10), false);
      expect(calls.fitStrokeScale).toBe(1);
      expect(calls.restyleAll).toBe(strokesChange ? 1 : 0);
      // The layout's hold is released either way: the first frame has the entities where they belong.
      expect(drawHold.heldForLayout).toBe(false);
      cy.destroy();
    }
  });

  it('writes a big move in slices where the view allows it, and stops an older move when a newer one starts', async () => {
    const n = SLICED_MOVE_MIN_NODES + 500;
    const cy = graph(n, 1);
    const { view, drawHold } = target(cy, false, true);
    const first = moveEntities(view, spread(n), false);
    // (How much its first slice writes depends on the machine's speed, so it is not checked here.)
    // A newer move of a few entities, written at once: whether or not the older move's slices were done, the newer
    // positions stay.
    const last = { [`k${n - 1}`]: { x: -1, y: -1 } };
    await moveEntities(view, last, false);
    await first;
    expect(cy.getElementById(nodeElementId(`k${n - 1}`)).position()).toEqual({ x: -1, y: -1 });
    // Sliced again, uninterrupted (every entity moves): each ends where it was sent, and the move is measured before
    // drawing.
    const shifted = Object.fromEntries(Object.entries(spread(n)).map(([key, p]) => [key, { x: p.x + 1, y: p.y }]));
    await moveEntities(view, shifted, false);
    expect(
      cy.nodes().every((node) => (node as cytoscape.NodeSingular).position().x === shifted[node.data('key')]?.x),
    ).toBe(true);
    expect(drawHold.restyling).toBe(true);
    await vi.waitFor(() => expect(drawHold.restyling).toBe(false), { timeout: 5000, interval: 20 });
    cy.destroy();
  });
});
