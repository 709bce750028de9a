// Owns drawing a path on the canvas: its elements highlighted (and shown), the rest faded or hidden.
import type { Core } from 'cytoscape';
import type { GraphPath } from '../../graph-data/paths';
import type { Visibility } from '../../graph-data/explore/visibility';
import type { GraphView } from '../view/graph-view';

declare global {
  interface Window {
    /** Read-only probe for end-to-end tests: what the path highlight really did to the canvas. */
    __atlasPaths?: {
      highlighted(): { nodes: number; edges: number };
      faded(): number;
      hidden(): number;
      /** Page coordinates of a node's centre, for right-click tests. */
      pointOf(id: string): { x: number; y: number } | null;
    };
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

/** What the canvas should show while a path is drawn: only the listed paths, or the filters' view plus the path. */
export function pathVisibility(filtered: Visibility, path: GraphPath, only: readonly GraphPath[] | null): Visibility {
  if (only) {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const p of [...only, path]) {
      for (const id of p.nodes) nodes.add(id);
      for (const id of p.edges) edges.add(id);
    }
    return { nodes, edges };
  }
  // Path elements hidden by filters are shown while the path is: the user asked to see exactly this path.
  if (path.nodes.every((id) => filtered.nodes.has(id)) && path.edges.every((id) => filtered.edges.has(id))) {
    return filtered;
  }
  return { nodes: new Set([...filtered.nodes, ...path.nodes]), edges: new Set([...filtered.edges, ...path.edges]) };
}

/**
 * Uses the explore view's own classes (`highlighted`, `faded`) so the path looks like a selection does; what is
 * shown goes through the view's applyVisibility, so hiding stays the view's business (it diffs what it changes).
 */
export function drawPath(
  view: GraphView,
  filtered: Visibility,
  path: GraphPath,
  only: readonly GraphPath[] | null,
): void {
  const { cy } = view;
  view.applyVisibility(pathVisibility(filtered, path, only));
  cy.batch(() => {
    cy.elements().removeClass('highlighted neighbour faded');
    const on = collect(cy, [path]);
    cy.elements().not(on).addClass('faded');
    on.addClass('highlighted');
  });
}

/** A one-hop path fitted to the window would fill it; past this zoom the path loses its surroundings. */
const MAX_FIT_ZOOM = 1.25;
/** Room around the path, so its labels and the overview map (bottom right) do not cover it. */
const FIT_PADDING = 110;

export function fitPath(cy: Core, path: GraphPath): void {
  const on = collect(cy, [path]);
  if (on.empty()) return;
  const box = on.boundingBox();
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    (cy.width() - 2 * FIT_PADDING) / Math.max(box.w, 1),
    (cy.height() - 2 * FIT_PADDING) / Math.max(box.h, 1),
  );
  cy.stop();
  cy.animate({ zoom: Math.max(cy.minZoom(), zoom), center: { eles: on } }, { duration: 300 });
}

export function installPathProbe(cy: () => Core | null): void {
  window.__atlasPaths = {
    highlighted: () => ({
      nodes: cy()?.nodes('.highlighted').length ?? 0,
      edges: cy()?.edges('.highlighted').length ?? 0,
    }),
    faded: () => cy()?.elements('.faded').length ?? 0,
    hidden: () =>
      cy()
        ?.elements()
        .filter((element) => element.style('display') === 'none').length ?? 0,
    pointOf: (id) => {
      const node = cy()?.getElementById(id);
      if (!node || node.empty()) return null;
      const box = node.cy().container()?.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
  };
}
