// Checks the label layer's geometry: its index of bodies follows the canvas (shown entities only, regions as no obstacle, a few moves patched, many moves and a change of what is shown rebuilt), and relation labels' anchors, held by Cytoscape or not.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { edgeElementId, nodeElementId } from '../../../../renderer/canvas/element-ids';
import { HIDDEN_SCRATCH } from '../../../../renderer/canvas/hidden-flag';
import { LabelGeometry, relationAnchor } from '../../../../renderer/canvas/label-geometry';
import { NO_SLOT, NodeIndex } from '../../../../renderer/canvas/node-index';

const entity = (key: string, x: number, y: number, size = 10) => ({
  group: 'nodes' as const,
  data: { id: nodeElementId(key), key, size },
  position: { x, y },
});

let cy: cytoscape.Core | null = null;
afterEach(() => cy?.destroy());

const placeOf = (geometry: LabelGeometry, key: string) => {
  const slot = geometry.index.find(key);
  return slot === NO_SLOT ? null : [geometry.index.x(slot), geometry.index.y(slot), geometry.index.radius(slot)];
};

describe('LabelGeometry', () => {
  it('indexes the shown entities at their places and sizes; a region is no obstacle', () => {
    cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [entity('a', 0, 0), entity('b', 50, 0, 20), entity('hidden', 9, 9)],
    });
    cy.add({ group: 'nodes', data: { id: 'r:1', key: 'region 1', size: 40 }, position: { x: 100, y: 100 } });
    const geometry = new LabelGeometry(cy);
    geometry.refresh((key) => key !== 'hidden');
    expect(placeOf(geometry, 'a')).toEqual([0, 0, 5]);
    expect(placeOf(geometry, 'b')).toEqual([50, 0, 10]);
    expect(placeOf(geometry, 'hidden')).toBeNull();
    expect(placeOf(geometry, 'region 1')).toEqual([100, 100, 0]);
    expect(geometry.indexedNodes).toBe(3);
    geometry.destroy();
  });

  it('patches a few moves, rebuilds after many, and after what is shown changed', () => {
    const many = NodeIndex.PATCH_LIMIT + 50;
    cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: Array.from({ length: many }, (_, i) => entity(`n${i}`, i * 20, 0)),
    });
    const geometry = new LabelGeometry(cy);
    let shown = (_key: string) => true;
    geometry.refresh((key) => shown(key));
    expect(geometry.indexedNodes).toBe(many);
    // A drag: one entity moves, and a hidden one that moves leaves the index.
    cy.getElementById(nodeElementId('n1')).position({ x: 5000, y: 5000 });
    shown = (key) => key !== 'n2';
    cy.getElementById(nodeElementId('n2')).position({ x: 7000, y: 0 });
    geometry.refresh((key) => shown(key));
    expect(placeOf(geometry, 'n1')).toEqual([5000, 5000, 5]);
    expect(placeOf(geometry, 'n2')).toBeNull();
    expect(geometry.index.hitsOther({ minX: 4999, minY: 4999, maxX: 5001, maxY: 5001 }, '', 0)).toBe(true);
    expect(geometry.index.hitsOther({ minX: 19, minY: -1, maxX: 21, maxY: 1 }, '', 0)).toBe(false);
    // Patched, not rebuilt: the count of the last rebuild stands.
    expect(geometry.indexedNodes).toBe(many);
    // A layout's end: every entity moves.
    cy.nodes().positions((node) => ({ x: node.position().x, y: 300 }));
    geometry.refresh((key) => shown(key));
    expect(geometry.indexedNodes).toBe(many - 1);
    expect(placeOf(geometry, 'n3')).toEqual([60, 300, 5]);
    // What is shown changed without a move: nothing is seen until invalidated.
    shown = (key) => key === 'n3';
    geometry.refresh((key) => shown(key));
    expect(geometry.indexedNodes).toBe(many - 1);
    geometry.invalidate();
    geometry.refresh((key) => shown(key));
    expect(geometry.indexedNodes).toBe(1);
    expect(placeOf(geometry, 'n4')).toBeNull();
    geometry.destroy();
    // Destroyed: moves are no longer followed.
    cy.getElementById(nodeElementId('n3')).position({ x: -500, y: -500 });
    geometry.refresh((key) => shown(key));
    expect(placeOf(geometry, 'n3')).toEqual([60, 300, 5]);
  });
});

describe('relationAnchor', () => {
  it('anchors a relation midway between its ends, whether Cytoscape holds it or its table does, and not a hidden one', () => {
    cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        entity('a', 0, 0),
        entity('b', 100, 40),
        {
          group: 'edges',
          data: { id: edgeElementId('held'), key: 'held', source: nodeElementId('a'), target: nodeElementId('b') },
        },
      ],
    });
    const apart = (key: string) =>
      key === 'apart'
        ? { hidden: false, source: 'a', target: 'b' }
        : key === 'off'
          ? { hidden: true, source: 'a', target: 'b' }
          : null;
    expect(relationAnchor(cy, 'held', true, apart)).toEqual({ x: 50, y: 20 });
    expect(relationAnchor(cy, 'apart', true, apart)).toEqual({ x: 50, y: 20 });
    expect(relationAnchor(cy, 'apart', true, null)).toBeNull();
    expect(relationAnchor(cy, 'off', true, apart)).toBeNull();
    expect(relationAnchor(cy, 'unknown', true, apart)).toBeNull();
    cy.getElementById(edgeElementId('held')).scratch(HIDDEN_SCRATCH, true);
    expect(relationAnchor(cy, 'held', true, apart)).toBeNull();
  });
});
