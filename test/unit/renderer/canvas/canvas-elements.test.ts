// Checks that every entity and relation reaches Cytoscape under its own id (all at once or a run at a time), even when a file keys nodes and edges alike (Gephi numbers both from 0), and that the file's key stays in the element's data. Also says when a graph has stored positions.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import {
  hasStoredPositions,
  lazyCytoscapeElements,
  toCytoscapeElements,
} from '../../../../renderer/canvas/canvas-elements';
import { edgeElementId, graphKeyOf, nodeElementId } from '../../../../renderer/canvas/element-ids';

/** Nodes "0".."4" and edges "0".."7": every edge key but the last three equals a node key. */
function gephiStyleGraph() {
  const graph = createAtlasGraph();
  graph.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  for (let i = 0; i < 5; i++) {
    graph.addNode(String(i), { label: `Node ${i}`, type: 'thing', description: '', aliases: [], provenance: [] });
  }
  for (let i = 0; i < 8; i++) {
    graph.addEdgeWithKey(String(i), String(i % 5), String((i + 1) % 5), {
      type: 'link',
      description: '',
      provenance: [],
    });
  }
  return graph;
}

describe('canvas element ids', () => {
  it('keeps entities and relations in separate namespaces', () => {
    expect(nodeElementId('0')).not.toBe(edgeElementId('0'));
  });

  it('loads every relation of a graph whose edge keys equal node keys', () => {
    const graph = gephiStyleGraph();
    const cy = cytoscape({ headless: true, elements: toCytoscapeElements(graph) });
    expect(cy.nodes()).toHaveLength(graph.order);
    expect(cy.edges()).toHaveLength(graph.size);
    // Each element still knows its file key, and its ends.
    expect(
      cy
        .edges()
        .map((e) => graphKeyOf(e))
        .sort(),
    ).toEqual(graph.edges().sort());
    const edge = cy.getElementById(edgeElementId('0'));
    expect(graphKeyOf(edge.source())).toBe(graph.source('0'));
    expect(graphKeyOf(edge.target())).toBe(graph.target('0'));
    cy.destroy();
  });

  it('what plain keys would have lost: Cytoscape refuses an edge whose id is a node id', () => {
    const graph = gephiStyleGraph();
    const cy = cytoscape({ headless: true });
    cy.add(graph.mapNodes((key) => ({ group: 'nodes' as const, data: { id: key } })));
    let refused = 0;
    for (const key of graph.edges()) {
      try {
        cy.add({ group: 'edges', data: { id: key, source: graph.source(key), target: graph.target(key) } });
      } catch {
        refused++;
      }
    }
    // The bug the namespaces fix: five of the eight relations collide with node ids.
    expect(refused + cy.edges().length).toBe(8);
    expect(cy.edges().length).toBeLessThan(8);
    cy.destroy();
  });

  it('says a graph has stored positions only when every one of its entities has both coordinates', () => {
    const graph = gephiStyleGraph();
    expect(hasStoredPositions(createAtlasGraph())).toBe(false);
    expect(hasStoredPositions(graph)).toBe(false);
    graph.forEachNode((key, _a) => {
      graph.mergeNodeAttributes(key, { x: 1, y: 2 });
    });
    expect(hasStoredPositions(graph)).toBe(true);
    graph.removeNodeAttribute('3', 'y');
    expect(hasStoredPositions(graph)).toBe(false);
  });
});

describe('lazyCytoscapeElements', () => {
  it('makes the same elements as toCytoscapeElements, in the same order, a run at a time', () => {
    const graph = gephiStyleGraph();
    const all = toCytoscapeElements(graph, 12);
    const lazy = lazyCytoscapeElements(graph, 12);
    expect(lazy.length).toBe(13);
    // Runs that cross from entities to relations, and one past the end.
    const runs = [lazy.slice(0, 3), lazy.slice(3, 7), lazy.slice(7, 20)];
    expect(runs.map((run) => run.length)).toEqual([3, 4, 6]);
    expect(runs.flat()).toEqual(all);
  });

  it('makes entities only where relations stay apart', () => {
    const graph = gephiStyleGraph();
    const lazy = lazyCytoscapeElements(graph, 12, false);
    expect(lazy.length).toBe(5);
    expect(lazy.slice(0, 20)).toEqual(toCytoscapeElements(graph, 12).slice(0, 5));
  });

  it('reads a size given as a function when each run is made', () => {
    const graph = gephiStyleGraph();
    let size = 5;
    const lazy = lazyCytoscapeElements(graph, () => size);
    const early = lazy.slice(0, 1);
    size = 11;
    const late = lazy.slice(1, 2);
    expect(early[0]?.data.size).toBe(5);
    expect(late[0]?.data.size).toBe(11);
  });
});
