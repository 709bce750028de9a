// Checks what the bulk raster reads from the canvas on a headless Cytoscape: entities and relations packed with their colours, sizes and endpoints, what the writer hides, and which elements stay Cytoscape's to draw.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { readNodes, readScene, readShown } from '../../../../renderer/canvas/bulk-raster';
import { toCytoscapeElements } from '../../../../renderer/canvas/canvas-elements';
import type { CanvasState } from '../../../../renderer/canvas/canvas-state';
import { buildStylesheet, PLAIN_EDGE_OPACITY } from '../../../../renderer/canvas/canvas-style';
import { CanvasWriter } from '../../../../renderer/canvas/canvas-writer';
import { nodeElementId } from '../../../../renderer/canvas/element-ids';
import { packPositions } from '../../../../renderer/canvas/packed-positions';
import { isRaised } from '../../../../renderer/canvas/raised-scope';

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
  const core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', 'plain'),
    elements: toCytoscapeElements(g, 12),
  });
  cy = core;
  const at = { a: { x: 0, y: 0 }, b: { x: 50, y: 10 }, c: { x: -20, y: 40 } };
  for (const [key, position] of Object.entries(at)) core.getElementById(nodeElementId(key)).position(position);
  const writer = new CanvasWriter(core);
  writer.reset(g, { fade: false, baseSize: 12 });
  const state: CanvasState = {
    shown: { nodes: new Set(g.nodes()), edges: new Set(g.edges()) },
    emphasis: null,
    sizes: null,
    fills: null,
    regions: null,
  };
  return { cy: core, g, writer, state };
}

describe('readScene', () => {
  it('packs positions, radii, colours and endpoints in the canvas order', () => {
    const { cy } = setup();
    for (const key of ['a', 'c']) cy.getElementById(nodeElementId(key)).data('fill', '#aa0000');
    cy.getElementById(nodeElementId('b')).data('fill', '#0000aa');
    const { scene, nodes, edges } = readScene(cy, 1.5);
    expect(nodes.map((node) => node.id())).toEqual(['a', 'b', 'c'].map(nodeElementId));
    expect([...scene.nodes]).toEqual([0, 0, 6, 50, 10, 6, -20, 40, 6]);
    // Endpoints as indices: a-b and c-b.
    expect([...scene.edges]).toEqual([0, 1, 2, 1]);
    const fill = (i: number) => scene.palette[scene.nodeColor[i] as number];
    expect([fill(0), fill(1), fill(2)]).toEqual(['#aa0000', '#0000aa', '#aa0000']);
    expect(scene.palette[scene.edgeColor[0] as number]).toBe(edges[0]?.data('color'));
    expect(scene.edgeWidth).toBe(1.5);
    expect(scene.edgeOpacity).toBe(PLAIN_EDGE_OPACITY);
  });
});

describe('readNodes', () => {
  it("reads a layout's previewed positions, packed or by key, and Cytoscape's for entities they leave out", () => {
    const { cy } = setup();
    const { nodes } = readScene(cy, 1);
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
    const { cy, writer, state } = setup();
    const { nodes, edges } = readScene(cy, 1);
    expect(readShown(nodes, edges)).toEqual({ nodes: new Uint8Array([1, 1, 1]), edges: new Uint8Array([1, 1]) });
    writer.apply({ ...state, shown: { nodes: new Set(['a', 'b']), edges: new Set(['ab']) } });
    expect(readShown(nodes, edges)).toEqual({ nodes: new Uint8Array([1, 1, 0]), edges: new Uint8Array([1, 0]) });
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
    cy.getElementById(nodeElementId('c')).select();
    writer.apply({
      ...state,
      emphasis: { nodes: new Set(['a']), edges: new Set(), context: new Set(['b']) } as CanvasState['emphasis'],
    });
    expect(raised().sort()).toEqual(['a', 'b', 'c'].map(nodeElementId).sort());
  });
});
