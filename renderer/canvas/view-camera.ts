// Owns the canvas's camera: fits the app chooses (kept fitted across resizes until the user moves), the user's own moves (which framing never overrides), zoom steps and centring.
import type { CollectionArgument, Core } from 'cytoscape';
import { type Bounds, DEFAULT_MAX_FIT_ZOOM, fitViewport, type Viewport } from './fit-viewport';

export class ViewCamera {
  /** Counts the user's own moves of the viewport (drag, wheel, pinch, zoom buttons): framing never overrides them. */
  private userMoves = 0;
  /** True while the viewport is a fit the app chose and the user has not moved since: a resize keeps it fitted. */
  private fitted = false;

  constructor(private readonly cy: Core) {
    // Cytoscape emits these for user input only (never for programmatic viewport changes).
    cy.on('dragpan scrollzoom pinchzoom', () => this.noteUserMove());
  }

  /** True while the viewport is a whole-graph fit the app chose and the user has not moved since. */
  get isFitted(): boolean {
    return this.fitted;
  }

  /** How many times the user has moved the viewport: a layout started at one count frames only if it is unchanged. */
  moves(): number {
    return this.userMoves;
  }

  noteUserMove(): void {
    this.userMoves++;
    this.fitted = false;
  }

  zoomBy(factor: number): void {
    this.noteUserMove();
    const extent = this.cy.extent();
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 },
    });
  }

  /** The zoom and pan that fit `bounds` with room for labels at the edges, capped at `maxZoom`. */
  fitViewport(bounds: Bounds, maxZoom = DEFAULT_MAX_FIT_ZOOM): Viewport {
    return fitViewport(bounds, this.cy.width(), this.cy.height(), { min: this.cy.minZoom(), max: maxZoom });
  }

  /** A viewport the user chose (a restored workspace): kept as it is, like their own pan and zoom. */
  restoreViewport(viewport: Viewport): void {
    this.cy.stop();
    this.noteUserMove();
    this.cy.viewport(viewport);
  }

  /** Frames the canvas on an app-chosen viewport (a fit), which a later resize keeps fitted. */
  setViewport(viewport: Viewport, animate = false): Promise<void> {
    this.cy.stop();
    this.fitted = true;
    if (!animate) {
      this.cy.viewport(viewport);
      return Promise.resolve();
    }
    return this.cy
      .animation({ ...viewport, duration: 400, easing: 'ease-in-out-cubic' } as never)
      .play()
      .promise()
      .then(() => undefined);
  }

  /** Fits `bounds` into the window; `whole` says it is the whole graph (a subset is the user's choice of view). */
  fit(bounds: Bounds, whole: boolean, options: { animate?: boolean; maxZoom?: number } = {}): void {
    const viewport = this.fitViewport(bounds, options.maxZoom);
    this.cy.stop();
    this.fitted = whole;
    if (options.animate) this.cy.animate(viewport, { duration: 300 });
    else this.cy.viewport(viewport);
  }

  /** Centres an element (or a relation's two ends), zoomed to at least 1. */
  centreOn(target: CollectionArgument): void {
    const zoom = Math.max(this.cy.zoom(), 1);
    this.cy.stop();
    this.cy.animate({ center: { eles: target }, zoom }, { duration: 350 });
  }
}
