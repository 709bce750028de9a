// Checks the canvas camera on a headless Cytoscape: an app fit stays "fitted" until the user moves, user moves are counted, and where moves are not animated (big graphs) a fit or a centring lands at once.
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
    const camera = new ViewCamera(cy, () => false);
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

  it('without animation (big graphs) fits and centrings land at once', async () => {
    const cy = graph();
    const camera = new ViewCamera(cy, () => false);
    const target = camera.fitViewport({ x1: 0, y1: 0, x2: 400, y2: 300 });
    camera.fit({ x1: 0, y1: 0, x2: 400, y2: 300 }, true, { animate: true });
    expect(cy.animated()).toBe(false);
    expect(cy.zoom()).toBeCloseTo(target.zoom, 9);
    await camera.setViewport({ zoom: 0.5, pan: { x: 1, y: 2 } }, true);
    expect(cy.zoom()).toBe(0.5);
    camera.centreOn(cy.getElementById('b').nodes()[0] as cytoscape.NodeSingular);
    expect(cy.animated()).toBe(false);
    expect(cy.zoom()).toBe(1);
    // The centred entity is at the canvas's centre.
    expect(cy.pan().x).toBeCloseTo(cy.width() / 2 - 400, 9);
    expect(cy.pan().y).toBeCloseTo(cy.height() / 2 - 300, 9);
    cy.destroy();
  });

  it('with animation (small graphs) the fit animates', () => {
    const cy = graph();
    const camera = new ViewCamera(cy, () => true);
    camera.fit({ x1: 0, y1: 0, x2: 400, y2: 300 }, true, { animate: true });
    expect(cy.animated()).toBe(true);
    cy.stop();
    cy.destroy();
  });
});
