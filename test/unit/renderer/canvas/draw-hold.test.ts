// Checks the drawing hold on a headless Cytoscape: held means an open batch (Cytoscape's render loop skips frames), styles are brought up to date in slices while held, and a release (or a newer hold) ends it cleanly.
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { DrawHold } from '../../../../renderer/canvas/draw-hold';

function graph() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)' } }] as never,
  });
  return cy;
}

/** Cytoscape's `batching()` is public at run time but missing from its type declarations. */
const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('DrawHold', () => {
  it('holds drawing as an open batch and tells the owner; release ends it, twice is harmless', () => {
    const cy = graph();
    const changes: boolean[] = [];
    const hold = new DrawHold(cy, (held) => changes.push(held));
    hold.hold();
    hold.hold();
    expect(batching(cy)).toBe(true);
    expect(hold.active).toBe(true);
    hold.release();
    hold.release();
    expect(batching(cy)).toBe(false);
    expect(changes).toEqual([true, false]);
    cy.destroy();
  });

  it('brings every element added during the hold up to date while still holding', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    hold.hold();
    cy.add(Array.from({ length: 2000 }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, size: 7 } })));
    // Read without triggering a restyle: each element's computed style is in Cytoscape's private data.
    type Private = { _private: { styleDirty: boolean; style: { width?: { pfValue?: number } } } };
    const styled = () =>
      cy.nodes().filter((n) => {
        const p = (n as unknown as Private)._private;
        return !p.styleDirty && p.style.width?.pfValue === 7;
      }).length;
    expect(styled()).toBe(0);
    await vi.waitFor(() => expect(styled()).toBe(2000), { timeout: 5000, interval: 20 });
    expect(batching(cy)).toBe(true);
    hold.release();
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('a release before the style slices start leaves no batch open', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    hold.hold();
    hold.release();
    await settle();
    expect(batching(cy)).toBe(false);
    hold.hold();
    hold.release();
    hold.hold();
    await settle();
    expect(batching(cy)).toBe(true);
    hold.release();
    await settle();
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });
});
