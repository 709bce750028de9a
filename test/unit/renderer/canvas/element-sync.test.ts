// Checks syncing the canvas with a document edited in place on a headless Cytoscape: removed entities and relations leave, new ones arrive under their own ids (relations only where Cytoscape holds them), new entities stand near their neighbours, and unchanged elements are kept as they are.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { toCytoscapeElements } from '../../../../renderer/canvas/canvas-elements';
import { edgeElementId, nodeElementId } from '../../../../renderer/canvas/element-ids';
import { syncCanvasElements } from '../../../../renderer/canvas/element-sync';

let cy: Core | null = null;
afterEach(() => cy?.destroy());

const entity = (label: string) => ({ label, type: 't', description: '', aliases: [], provenance: [] });
const relation = { type: 'r', description: '', provenance: [] };

describe('syncCanvasElements', () => {
  it('removes what the graph lost, adds what it gained near its neighbours, and keeps the rest', () => {
    const graph = createAtlasGraph();
    graph.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
    graph.addNode('a', { ...entity('A'), x: 0, y: 0 });
    graph.addNode('b', { ...entity('B'), x: 1000, y: 0 });
    graph.addNode('gone', { ...entity('Gone'), x: 500, y: 500 });
    graph.addEdgeWithKey('ab', 'a', 'b', relation);
    graph.addEdgeWithKey('a-gone', 'a', 'gone', relation);
    // Added, not passed at init: an init's default layout would move every entity to the origin.
    const core = cytoscape({ headless: true });
    cy = core;
    core.add(toCytoscapeElements(graph));
    const kept = core.getElementById(nodeElementId('a'));

    graph.dropNode('gone');
    graph.addNode('new', entity('New'));
    graph.addEdgeWithKey('b-new', 'b', 'new', relation);
    const added = syncCanvasElements(core, graph, 30);

    expect(added).toEqual(['new']);
    expect(core.getElementById(nodeElementId('gone')).empty()).toBe(true);
    expect(core.getElementById(edgeElementId('a-gone')).empty()).toBe(true);
    expect(core.getElementById(edgeElementId('b-new')).nonempty()).toBe(true);
    expect(core.getElementById(nodeElementId('a'))).toBe(kept);
    expect(core.nodes().length).toBe(3);
    expect(core.edges().length).toBe(2);
    // The new entity has no position of its own: it stands near its only neighbour, not at the origin.
    const placed = (core.getElementById(nodeElementId('new')) as NodeSingular).position();
    expect(Math.hypot(placed.x - 1000, placed.y)).toBeLessThan(Math.hypot(placed.x, placed.y));
  });

  it('keeps relations out of Cytoscape where they are apart: none added, any it held removed', () => {
    const graph = createAtlasGraph();
    graph.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
    graph.addNode('a', { ...entity('A'), x: 0, y: 0 });
    graph.addNode('b', { ...entity('B'), x: 1000, y: 0 });
    graph.addEdgeWithKey('ab', 'a', 'b', relation);
    const core = cytoscape({ headless: true });
    cy = core;
    core.add(toCytoscapeElements(graph));
    graph.addNode('new', entity('New'));
    graph.addEdgeWithKey('b-new', 'b', 'new', relation);
    expect(syncCanvasElements(core, graph, 30, false)).toEqual(['new']);
    expect(core.nodes().length).toBe(3);
    expect(core.edges().length).toBe(0);
  });
});
