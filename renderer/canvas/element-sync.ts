// Owns bringing the canvas's elements in line with a document edited in place: elements of removed entities and relations go, new ones are added (new entities placed around their neighbours already on the canvas).
import type { Core, ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { edgeElement, nodeElement, styleLookup } from './canvas-elements';
import { edgeElementId, graphKeyOf, nodeElementId } from './element-ids';
import { placeAdded } from './place-added';

/**
 * Removes what the graph no longer has, adds what it gained, in one batch; returns the keys of the added entities.
 * Without `relations` (they stay apart, relation-table.ts), every relation leaves Cytoscape and none is added.
 */
export function syncCanvasElements(cy: Core, graph: AtlasGraph, baseSize: number, relations = true): string[] {
  const lookup = styleLookup(graph);
  const addedNodes: string[] = [];
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (!relations || !graph.hasEdge(graphKeyOf(edge))) edge.remove();
    });
    cy.nodes().forEach((node) => {
      if (!graph.hasNode(graphKeyOf(node))) node.remove();
    });
    graph.forEachNode((key) => {
      if (cy.getElementById(nodeElementId(key)).empty()) addedNodes.push(key);
    });
    const placed = new Map<string, { x: number; y: number }>();
    cy.nodes().forEach((node) => {
      placed.set(graphKeyOf(node), { ...node.position() });
    });
    const spots = placeAdded(addedNodes, placed, (key) => graph.neighbors(key), baseSize * 3);
    const added: ElementDefinition[] = addedNodes.map((key) => {
      const element = nodeElement(graph, key, lookup, baseSize);
      element.position ??= spots.get(key);
      return element;
    });
    if (relations) {
      graph.forEachEdge((key) => {
        if (cy.getElementById(edgeElementId(key)).empty()) added.push(edgeElement(graph, key, lookup));
      });
    }
    if (added.length > 0) cy.add(added);
  });
  return addedNodes;
}
