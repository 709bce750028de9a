// Owns how the path panel's choice reaches the canvas: which path is on show (the hovered, else the chosen one) as the canvas state's path overlay, and the test probe of what the canvas did with it.
import type { GraphPath } from '../../graph-data/paths';
import type { PathOverlay } from '../canvas/canvas-state';
import type { GraphView } from '../canvas/graph-view';
import { isHidden } from '../canvas/graph-view';

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

/** The hovered path wins over the chosen one; with "show only paths", every listed path stays on the canvas. */
export function pathOverlayFor(
  paths: readonly GraphPath[],
  hovered: number | null,
  selected: number | null,
  showOnly: boolean,
): PathOverlay | null {
  const index = hovered ?? selected;
  const path = index === null ? null : (paths[index] ?? null);
  return path ? { path, only: showOnly ? paths : null } : null;
}

/** A one-hop path fitted to the window would fill it; past this zoom the path loses its surroundings. */
export const PATH_MAX_FIT_ZOOM = 1.25;

export function installPathProbe(view: () => GraphView | null): void {
  const cy = () => view()?.cy ?? null;
  window.__atlasPaths = {
    highlighted: () => ({
      nodes: cy()?.nodes('.highlighted').length ?? 0,
      edges: cy()?.edges('.highlighted').length ?? 0,
    }),
    faded: () => cy()?.elements('.faded').length ?? 0,
    hidden: () =>
      cy()
        ?.elements()
        .filter((element) => isHidden(element)).length ?? 0,
    pointOf: (key) => {
      const node = cy()?.getElementById(`n:${key}`);
      if (!node || node.empty()) return null;
      const box = node.cy().container()?.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
  };
}
