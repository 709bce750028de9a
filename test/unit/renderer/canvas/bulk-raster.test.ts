// Checks what the bulk raster reads on a headless Cytoscape: entities from the canvas and relations from the writer's table, packed with their colours, sizes and endpoints, what the writer hides, and which elements stay Cytoscape's to draw.
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { readNodes, readScene, readShown } from '../../../../renderer/canvas/bulk-raster';
import type { CanvasState } from '../../../../renderer/canvas/canvas-state';
import { PLAIN_EDGE_OPACITY } from '../../../../renderer/canvas/canvas-style';
import { CanvasWriter } from '../../../../renderer/canvas/canvas-writer';
import { nodeElementId } from '../../../../renderer/canvas/element-ids';
import { packPositions } from '../../../../renderer/canvas/packed-positions';
import { isRaised } from '../../../../renderer/canvas/raised-scope';
import { rasterCanvas } from './raster-canvas';

let cy: Core | null = null;
afterEach(() => cy?.destroy());

function setup() {
  const g = createAtlasGraph();
  g.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  g.addNode('a', { label: 'a', type: 'x', description: '', aliases: [], provenance: [] });
  g.addNode('b', { label: 'b', type: 'y', description: '', aliases: [], provenance: [] });
  g.addNode('c', { label: 'c', type: 'x', description: '', aliases: [], provenance: [] });
  g.addEdgeWithKey('ab', 'a', 'b', { type: 'r', description: '', provenance: [] });
  g.addEdgeWithKey('cb', 'c', 'b', { type: 'r', description: '', provenance: [] });
  // As a graph the raster draws is loaded: entities only, the relations in the writer's table.
  const core = rasterCanvas(g, 12);
  cy = core;
  const at = { a: { x: 0, y: 0 }, b: { x: 50, y: 10 }, c: { x: -20, y: 40 } };
  for (const [key, position] of Object.entries(at)) core.getElementById(nodeElementId(key)).position(position);
  const writer = new CanvasWriter(core);
  writer.hiddenAsClass = false;
  writer.relationsApart = true;
  writer.reset(g, { fade: false, baseSize: 12 });
  const state: CanvasState = {
    shown: { nodes: new Set(g.nodes()), edges: new Set(g.edges()) },
    selected: null,
    emphasis: null,
    sizes: null,
    fills: null,
    regions: null,
  };
  const table = writer.relationTable;
  if (!table) throw new Error('no relation table');
  return { cy: core, g, writer, state, table };
}

describe('readScene', () => {
  it('packs positions, radii, colours and endpoints in the canvas order', () => {
    const { cy, table } = setup();
    for (const key of ['a', 'c']) cy.getElementById(nodeElementId(key)).data('fill', '#aa0000');
    cy.getElementById(nodeElementId('b')).data('fill', '#0000aa');
    const { scene, nodes } = readScene(cy, 1.5, table);
    expect(nodes.map((node) => node.id())).toEqual(['a', 'b', 'c'].map(nodeElementId));
    expect([...scene.nodes]).toEqual([0, 0, 6, 50, 10, 6, -20, 40, 6]);
    // Endpoints as indices: a-b and c-b.
    expect([...scene.edges]).toEqual([0, 1, 2, 1]);
    const fill = (i: number) => scene.palette[scene.nodeColor[i] as number];
    expect([fill(0), fill(1), fill(2)]).toEqual(['#aa0000', '#0000aa', '#aa0000']);
    expect(scene.palette[scene.edgeColor[0] as number]).toBe(table.colors[0]);
    expect(scene.palette[scene.edgeColor[1] as number]).toBe('#888888');
    // No relation was added to Cytoscape to read them.
    expect(cy.edges()).toHaveLength(0);
    expect(scene.edgeWidth).toBe(1.5);
    expect(scene.edgeOpacity).toBe(PLAIN_EDGE_OPACITY);
  });
});

describe('readNodes', () => {
  it("reads a layout's previewed positions, packed or by key, and Cytoscape's for entities they leave out", () => {
    const { cy, table } = setup();
    const { nodes } = readScene(cy, 1, table);
    const keys = ['c', 'a'];
    const packed = { keys, xy: packPositions(keys, { c: { x: 7, y: 8 }, a: { x: 1, y: 2 } }) };
    // a and c from the report, b where Cytoscape has it; radii from the sizes.
    expect([...readNodes(nodes, packed)]).toEqual([1, 2, 6, 50, 10, 6, 7, 8, 6]);
    expect([...readNodes(nodes, { b: { x: 3, y: 4 } })]).toEqual([0, 0, 6, 3, 4, 6, -20, 40, 6]);
    expect([...readNodes(nodes)]).toEqual([0, 0, 6, 50, 10, 6, -20, 40, 6]);
  });
});

describe('readShown', () => {
  it('follows what the writer hides', () => {
    const { cy, writer, state, table } = setup();
    const { nodes } = readScene(cy, 1, table);
    expect(readShown(nodes, table)).toEqual({ nodes: new Uint8Array([1, 1, 1]), edges: new Uint8Array([1, 1]) });
    writer.apply({ ...state, shown: { nodes: new Set(['a', 'b']), edges: new Set(['ab']) } });
    expect(readShown(nodes, table)).toEqual({ nodes: new Uint8Array([1, 1, 0]), edges: new Uint8Array([1, 0]) });
    expect(readShown(nodes, null).edges).toHaveLength(0);
  });
});

describe('isRaised', () => {
  it('raises selected, highlighted and neighbouring elements only', () => {
    const { cy, writer, state } = setup();
    const raised = () =>
      cy
        .elements()
        .filter((element) => isRaised(element))
        .map((element) => element.id());
    expect(raised()).toEqual([]);
    writer.apply({
      ...state,
      selected: { kind: 'node', key: 'c' },
      emphasis: { nodes: new Set(['a']), edges: new Set(['cb']), context: new Set(['b']) } as CanvasState['emphasis'],
    });
    // The highlighted relation is added to Cytoscape to be drawn raised.
    expect(raised().sort()).toEqual([...['a', 'b', 'c'].map(nodeElementId), 'e:cb'].sort());
  });
});
