// Owns the canvas's viewport and what is read from its elements' geometry: framing, fitting, centring, zoom steps, counts, positions and sizes (GraphView adds the document and everything drawn).
import type { Core } from 'cytoscape';
import type { Positions } from '../../graph-data/explore/view-types';
import { edgeElementId, nodeElementId } from './element-ids';
import { type Bounds, DEFAULT_MAX_FIT_ZOOM, type Viewport } from './fit-viewport';
import { isHidden } from './hidden-flag';
import type { PackedPositions } from './packed-positions';
import type { RelationEnds } from './relation-table';
import { ViewCamera } from './view-camera';
import { countElements, nodePositions, shownBounds, shownBoundsAt, type ViewCounts } from './view-geometry';

export class ViewFrame {
  protected readonly camera: ViewCamera;

  constructor(readonly cy: Core) {
    this.camera = new ViewCamera(cy);
  }

  centreOn(key: string): void {
    const element = this.cy.getElementById(nodeElementId(key));
    const target = element.empty() ? this.cy.getElementById(edgeElementId(key)) : element;
    if (target.empty()) {
      // A relation Cytoscape does not hold: centred between its ends.
      const ends = this.relationEnds(key);
      if (!ends || ends.hidden) return;
      const both = this.cy
        .getElementById(nodeElementId(ends.source))
        .union(this.cy.getElementById(nodeElementId(ends.target)));
      if (both.nonempty()) this.camera.centreOn(both);
      return;
    }
    if (isHidden(target)) return;
    this.camera.centreOn(target);
  }

  /** A relation the canvas draws without Cytoscape holding it (GraphView's relation table); null here. */
  protected relationEnds(_key: string): RelationEnds | null {
    return null;
  }

  /** Positions of every entity, by graph key. */
  positions(): Positions {
    return nodePositions(this.cy);
  }

  counts(): ViewCounts {
    return countElements(this.cy);
  }

  /** How many times the user has moved the viewport: a layout started at one count frames only if it is unchanged. */
  viewportMoves(): number {
    return this.camera.moves();
  }

  zoomBy(factor: number): void {
    this.camera.zoomBy(factor);
  }

  /** Model bounds of the shown entities (bodies included), from positions: no label or style is computed. */
  shownBounds(keys?: Iterable<string>): Bounds | null {
    return shownBounds(this.cy, keys);
  }

  /** The zoom and pan that fit `bounds` with room for labels at the edges, capped at `maxZoom`. */
  fitViewport(bounds: Bounds, maxZoom = DEFAULT_MAX_FIT_ZOOM): Viewport {
    return this.camera.fitViewport(bounds, maxZoom);
  }

  /** The canvas size, in pixels: layouts fit their result to it. */
  canvasSize(): { width: number; height: number } {
    return { width: this.cy.width(), height: this.cy.height() };
  }

  /** The viewport that will fit the shown entities once they stand at `positions` (to frame a layout as it lands). */
  viewportFor(positions: Positions | PackedPositions, maxZoom = DEFAULT_MAX_FIT_ZOOM): Viewport | null {
    const bounds = shownBoundsAt(this.cy, positions);
    return bounds ? this.fitViewport(bounds, maxZoom) : null;
  }

  /** A viewport the user chose (a restored workspace): kept as it is, like their own pan and zoom. */
  restoreViewport(viewport: Viewport): void {
    this.camera.restoreViewport(viewport);
  }

  /** Frames the canvas on an app-chosen viewport (a fit), which a later resize keeps fitted. */
  setViewport(viewport: Viewport, animate = false): Promise<void> {
    return this.camera.setViewport(viewport, animate);
  }

  /** Fits what is shown (or the given entities) into the window. */
  fit(keys?: Iterable<string>, options: { animate?: boolean; maxZoom?: number } = {}): void {
    const bounds = this.shownBounds(keys);
    // A fit of a subset (focus on a few entities) is the user's choice of view, not the whole-graph fit to keep.
    if (bounds) this.camera.fit(bounds, keys === undefined, options);
  }
}
