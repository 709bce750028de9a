// Owns drawing a path on the canvas: its elements highlighted (and shown), the rest faded or hidden; restoring the explore view after.
import type { Core } from 'cytoscape';
import type { GraphPath } from '../../graph-data/paths';

declare global {
  interface Window {
    /** Read-only probe for end-to-end tests: what the path highlight really did to the canvas. */
    __atlasPaths?: { highlighted(): { nodes: number; edges: number }; faded(): number; hidden(): number };
  }
}

export function pathElementIds(path: GraphPath): string[] {
  return [...path.nodes, ...path.edges];
}

function collect(cy: Core, paths: readonly GraphPath[]) {
  let eles = cy.collection();
  for (const path of paths) for (const id of pathElementIds(path)) eles = eles.union(cy.getElementById(id));
  return eles;
}

/**
 * Uses the explore view's own classes (`highlighted`, `faded`, `hidden`) so the path looks like a selection does.
 * Path elements hidden by filters are shown while the path is: the user asked to see exactly this path.
 * With `only` (every listed path), elements on no listed path are hidden and the other paths are dimmed.
 */
export function drawPath(cy: Core, path: GraphPath, only: readonly GraphPath[] | null): void {
  cy.batch(() => {
    cy.elements().removeClass('highlighted neighbour faded');
    const on = collect(cy, [path]);
    const kept = only ? collect(cy, only).union(on) : on;
    kept.removeClass('hidden');
    if (only) cy.elements().not(kept).addClass('hidden');
    cy.elements().not(on).addClass('faded');
    on.addClass('highlighted');
  });
}

export function fitPath(cy: Core, path: GraphPath): void {
  const on = collect(cy, [path]);
  if (on.empty()) return;
  cy.stop();
  cy.animate({ fit: { eles: on, padding: 80 } }, { duration: 300 });
}

export function installPathProbe(cy: () => Core | null): void {
  window.__atlasPaths = {
    highlighted: () => ({
      nodes: cy()?.nodes('.highlighted').length ?? 0,
      edges: cy()?.edges('.highlighted').length ?? 0,
    }),
    faded: () => cy()?.elements('.faded').length ?? 0,
    hidden: () => cy()?.elements('.hidden').length ?? 0,
  };
}
