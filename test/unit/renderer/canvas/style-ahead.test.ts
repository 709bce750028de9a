// Checks styling ahead of a frame on a headless Cytoscape: an element's style is computed before anything draws it, and an entity's relations are marked measured only when every shown one is.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { markRelationsMeasured, styleElement } from '../../../../renderer/canvas/style-ahead';

type Private = { _private: { styleDirty: boolean; rstyle: { clean?: boolean; cleanConnected?: boolean } } };
const privateOf = (element: unknown) => (element as Private)._private;

function chain() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(size)' } },
      { selector: '.gone', style: { display: 'none' } },
    ] as never,
    elements: [
      { group: 'nodes', data: { id: 'a', size: 9 } },
      { group: 'nodes', data: { id: 'b', size: 9 } },
      { group: 'nodes', data: { id: 'c', size: 9 } },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' }, classes: 'gone' },
    ],
  });
}

describe('styleElement', () => {
  it('computes a stale element’s style now', () => {
    const cy = chain();
    const a = cy.getElementById('a');
    a.data('size', 12);
    expect(privateOf(a).styleDirty).toBe(true);
    styleElement(a);
    expect(privateOf(a).styleDirty).toBe(false);
    expect(a.numericStyle('width')).toBe(12);
    cy.destroy();
  });
});

describe('markRelationsMeasured', () => {
  it('marks an entity whose shown relations are all measured (hidden ones count as measured), and counts the rest', () => {
    const cy = chain();
    for (const element of cy.elements().toArray()) styleElement(element);
    const [a, b, c, ab, bc] = ['a', 'b', 'c', 'ab', 'bc'].map((id) => cy.getElementById(id));
    // As the renderer would after measuring them: a, b and their shown relation; c and the hidden bc are not.
    for (const element of [a, b, ab]) privateOf(element).rstyle.clean = true;
    const stale = markRelationsMeasured([a, b, c, ab, bc].map((e) => e as never));
    expect(privateOf(a).rstyle.cleanConnected).toBe(true);
    // b's other relation is hidden: measured enough.
    expect(privateOf(b).rstyle.cleanConnected).toBe(true);
    // c is itself unmeasured, and so counted; bc is hidden, so not.
    expect(privateOf(c).rstyle.cleanConnected).toBe(true);
    expect(stale).toBe(1);
    // Unmeasure ab: a and b stay marked (the flag is only ever set), but ab is counted.
    privateOf(ab).rstyle.clean = false;
    privateOf(a).rstyle.cleanConnected = false;
    expect(markRelationsMeasured([a, ab].map((e) => e as never))).toBe(2);
    expect(privateOf(a).rstyle.cleanConnected).toBe(false);
    cy.destroy();
  });
});
