// Checks the canvas camera on a headless Cytoscape: an app fit stays "fitted" until the user moves, user moves are counted, unanimated moves land at once and animated ones animate.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ViewCamera } from '../../../../renderer/canvas/view-camera';

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    { group: 'nodes', data: { id: 'a' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'b' }, position: { x: 400, y: 300 } },
    { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
  ]);
  return cy;
}

describe('ViewCamera', () => {
  it('a whole-graph fit stays fitted until the user moves; a subset fit is not kept', () => {
    const cy = graph();
    const camera = new ViewCamera(cy);
    camera.fit({ x1: 0, y1: 0, x2: 400, y2: 300 }, true);
    expect(camera.isFitted).toBe(true);
    camera.zoomBy(1.25);
    expect(camera.isFitted).toBe(false);
    expect(camera.moves()).toBe(1);
    camera.fit({ x1: 0, y1: 0, x2: 10, y2: 10 }, false);
    expect(camera.isFitted).toBe(false);
    camera.restoreViewport({ zoom: 2, pan: { x: 5, y: 6 } });
    expect(camera.moves()).toBe(2);
    expect(cy.zoom()).toBe(2);
    cy.destroy();
  });

  it('an unanimated fit or viewport lands at once', async () => {
    const cy = graph();
    const camera = new ViewCamera(cy);
    const target = camera.fitViewport({ x1: 0, y1: 0, x2: 400, y2: 300 });
    camera.fit({ x1: 0, y1: 0, x2: 400, y2: 300 }, true);
    expect(cy.animated()).toBe(false);
    expect(cy.zoom()).toBeCloseTo(target.zoom, 9);
    await camera.setViewport({ zoom: 0.5, pan: { x: 1, y: 2 } });
    expect(cy.zoom()).toBe(0.5);
    expect(camera.isFitted).toBe(true);
    cy.destroy();
  });

  it('an animated fit animates, and centring an entity animates to it', () => {
    const cy = graph();
    const camera = new ViewCamera(cy);
    camera.fit({ x1: 0, y1: 0, x2: 400, y2: 300 }, true, { animate: true });
    expect(cy.animated()).toBe(true);
    camera.centreOn(cy.getElementById('b').nodes()[0] as cytoscape.NodeSingular);
    expect(cy.animated()).toBe(true);
    cy.stop();
    cy.destroy();
  });
});
