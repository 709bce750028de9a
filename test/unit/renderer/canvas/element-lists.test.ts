// Checks that the canvas's nodes and edges read as plain arrays are exactly Cytoscape's, in its order, after adds and removes, with or without its internal element list.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { canvasEdges, canvasNodes } from '../../../../renderer/canvas/element-lists';

describe('canvasNodes / canvasEdges', () => {
  it('list what cy.nodes() and cy.edges() list, in the same order', () => {
    const cy = cytoscape({ headless: true });
    cy.add([
      { group: 'nodes', data: { id: 'a' } },
      { group: 'nodes', data: { id: 'b' } },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
      { group: 'nodes', data: { id: 'c' } },
      { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' } },
    ]);
    cy.getElementById('a').remove();
    cy.add({ group: 'nodes', data: { id: 'd' } });
    const ids = (list: { id(): string }[]) => list.map((e) => e.id());
    expect(ids(canvasNodes(cy))).toEqual(cy.nodes().map((n) => n.id()));
    expect(ids(canvasNodes(cy))).toEqual(['b', 'c', 'd']);
    expect(ids(canvasEdges(cy))).toEqual(['bc']);
    // A Cytoscape without its internal list (another version): the public collections are read instead.
    const withoutList = Object.assign(Object.create(cy), { mutableElements: undefined });
    expect(ids(canvasNodes(withoutList))).toEqual(['b', 'c', 'd']);
    expect(ids(canvasEdges(withoutList))).toEqual(['bc']);
    cy.destroy();
  });
});
