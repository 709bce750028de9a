// Checks the canvas geometry readers on a headless Cytoscape: counts and bounds leave out what the writer hid, sizes fall back to the default, bounds at new positions use those positions, and density sizing reports the fit zoom it sized for.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { toCytoscapeElements } from '../../../../renderer/canvas/canvas-elements';
import { buildStylesheet, DEFAULT_NODE_SIZE } from '../../../../renderer/canvas/canvas-style';
import { CanvasWriter } from '../../../../renderer/canvas/canvas-writer';
import { nodeElementId } from '../../../../renderer/canvas/element-ids';
import { fitViewport } from '../../../../renderer/canvas/fit-viewport';
import { HIDDEN_SCRATCH } from '../../../../renderer/canvas/hidden-flag';
import { entitySizing } from '../../../../renderer/canvas/node-size';
import {
  countElements,
  densitySizing,
  fitZoomOf,
  nodePositions,
  shownBounds,
  shownBoundsAt,
} from '../../../../renderer/canvas/view-geometry';

let cy: Core | null = null;
afterEach(() => cy?.destroy());

function setup() {
  const g = createAtlasGraph();
  g.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  for (const key of ['a', 'b', 'c']) {
    g.addNode(key, { label: key, type: 't', description: '', aliases: [], provenance: [] });
  }
  g.addEdgeWithKey('ab', 'a', 'b', { type: 'r', description: '', provenance: [] });
  g.addEdgeWithKey('bc', 'b', 'c', { type: 'r', description: '', provenance: [] });
  const core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', 'plain'),
    elements: toCytoscapeElements(g, 20),
  });
  cy = core;
  core.getElementById(nodeElementId('a')).position({ x: 0, y: 0 });
  core.getElementById(nodeElementId('b')).position({ x: 100, y: 50 });
  core.getElementById(nodeElementId('c')).position({ x: 300, y: -40 });
  const writer = new CanvasWriter(core);
  writer.reset(g, { fade: true, baseSize: 20 });
  return { g, core, writer };
}

describe('view geometry', () => {
  it('counts and bounds leave out hidden entities and relations', () => {
    const { g, core, writer } = setup();
    const size = Number(core.getElementById(nodeElementId('a')).data('size'));
    expect(size).toBeGreaterThan(0);
    expect(countElements(core)).toEqual({ nodes: 3, edges: 2, visibleNodes: 3, visibleEdges: 2 });
    expect(shownBounds(core)).toEqual({ x1: -size / 2, y1: -40 - size / 2, x2: 300 + size / 2, y2: 50 + size / 2 });

    writer.apply({
      shown: { nodes: new Set(['a', 'b']), edges: new Set(['ab']) },
      selected: null,
      emphasis: null,
      sizes: null,
      fills: null,
      regions: null,
    });
    expect(g.order).toBe(3);
    expect(countElements(core)).toEqual({ nodes: 3, edges: 2, visibleNodes: 2, visibleEdges: 1 });
    expect(shownBounds(core)?.x2).toBe(100 + size / 2);
    // Named entities are measured only if shown.
    expect(shownBounds(core, ['c'])).toBeNull();
    expect(shownBounds(core, ['a'])).toEqual({ x1: -size / 2, y1: -size / 2, x2: size / 2, y2: size / 2 });
  });

  it('reads positions by graph key', () => {
    const { core } = setup();
    expect(nodePositions(core)).toEqual({ a: { x: 0, y: 0 }, b: { x: 100, y: 50 }, c: { x: 300, y: -40 } });
  });

  it('bounds at new positions use them, and the current position for entities not in them', () => {
    const { core } = setup();
    const size = Number(core.getElementById(nodeElementId('a')).data('size'));
    const bounds = shownBoundsAt(core, { a: { x: -500, y: 0 }, b: { x: 0, y: 900 } });
    expect(bounds).toEqual({ x1: -500 - size / 2, y1: -40 - size / 2, x2: 300 + size / 2, y2: 900 + size / 2 });
    // A running layout's packed report is read in place, to the same bounds.
    const packed = { keys: ['b', 'a'], xy: Float64Array.from([0, 900, -500, 0]) };
    expect(shownBoundsAt(core, packed)).toEqual(bounds);
    // Hidden entities are left out either way.
    (core.getElementById(nodeElementId('a')).scratch() as Record<string, unknown>)[HIDDEN_SCRATCH] = true;
    expect(shownBoundsAt(core, packed)).toEqual(shownBoundsAt(core, { a: { x: -500, y: 0 }, b: { x: 0, y: 900 } }));
    expect(shownBoundsAt(core, packed)?.x1).toBeGreaterThan(-500);
  });

  it('density sizing gives the uncapped fit zoom of the positions with the size for them', () => {
    // A file with far-flung coordinates: 10,000 units across fit a 1000×800 canvas at about a tenth.
    const points = [
      { x: 0, y: 0 },
      { x: 10_000, y: 4_000 },
      { x: 5_000, y: 2_000 },
    ];
    const sizing = densitySizing(points, 1000, 800);
    const zoom = fitViewport({ x1: 0, y1: 0, x2: 10_000, y2: 4_000 }, 1000, 800, {
      min: 0,
      max: Number.POSITIVE_INFINITY,
    }).zoom;
    expect(sizing.fitZoom).toBe(zoom);
    expect(fitZoomOf(points, 1000, 800)).toBe(zoom);
    expect(fitZoomOf([], 1000, 800)).toBe(1);
    // A canvas not measured yet has nothing to fit into: no zoom that would widen strokes tens of times.
    expect(fitZoomOf(points, 0, 0)).toBe(1);
    expect(sizing.fitZoom).toBeLessThan(0.1);
    expect(sizing).toEqual({ ...entitySizing(points, zoom), fitZoom: zoom });
    expect(densitySizing([], 1000, 800)).toEqual({ size: DEFAULT_NODE_SIZE, separate: false, fitZoom: 1 });
  });
});
