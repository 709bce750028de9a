// Checks the canvas's id namespaces: entities, relations, regions and links never share an id, and regions and links are told from entities and relations by their id alone, whatever the file's keys look like.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  edgeElementId,
  graphKeyOf,
  isRegionElement,
  nodeElementId,
  regionElementId,
  regionLinkElementId,
} from '../../../../renderer/canvas/element-ids';

describe('element ids', () => {
  it('keeps entity, relation, region and link ids apart, and tells regions and links by their id', () => {
    const cy = cytoscape({ headless: true });
    // Keys a file may well use: the same key for an entity and a relation, and keys that look like our prefixes.
    cy.add([
      { group: 'nodes', data: { id: nodeElementId('0'), key: '0' } },
      { group: 'nodes', data: { id: nodeElementId('r:1'), key: 'r:1' } },
      { group: 'nodes', data: { id: regionElementId('1'), region: '1' } },
      { group: 'nodes', data: { id: regionElementId('2'), region: '2' } },
      {
        group: 'edges',
        data: { id: edgeElementId('0'), key: '0', source: nodeElementId('0'), target: nodeElementId('r:1') },
      },
      {
        group: 'edges',
        data: { id: edgeElementId('l:x'), key: 'l:x', source: nodeElementId('0'), target: nodeElementId('0') },
      },
      {
        group: 'edges',
        data: {
          id: regionLinkElementId('1|2'),
          link: true,
          source: regionElementId('1'),
          target: regionElementId('2'),
        },
      },
    ]);
    expect(cy.elements()).toHaveLength(7);
    expect(
      cy
        .elements()
        .filter((e) => isRegionElement(e))
        .map((e) => e.id()),
    ).toEqual([regionElementId('1'), regionElementId('2'), regionLinkElementId('1|2')]);
    expect(graphKeyOf(cy.getElementById(nodeElementId('r:1')))).toBe('r:1');
    expect(graphKeyOf(cy.getElementById(edgeElementId('l:x')))).toBe('l:x');
    cy.destroy();
  });
});
