// Owns the canvas's stylesheet: its theme, level of detail and stroke scale, swapped only when one of them changes, and restyling every element after a swap (in slices on big graphs).
import type { Core } from 'cytoscape';
import { buildStylesheet, strokeScaleFor, type Theme } from './canvas-style';
import type { DrawHold } from './draw-hold';
import { SLICED_RESTYLE_MIN_ELEMENTS, type StyleLevel } from './level-of-detail';

export class ViewStylesheet {
  private currentTheme: Theme;
  private currentLevel: StyleLevel = 'detail';
  /** How much the stylesheet widens strokes for positions that fit at a far zoom (canvas-style.ts). */
  private strokeScale = 1;
  /** The same for links between regions, seen at the fit zoom of a graph drawn as regions. */
  private linkScale = 1;

  constructor(
    private readonly cy: Core,
    private readonly drawHold: DrawHold,
    theme: Theme,
  ) {
    this.currentTheme = theme;
  }

  get theme(): Theme {
    return this.currentTheme;
  }

  get level(): StyleLevel {
    return this.currentLevel;
  }

  /** The relations' stroke in the plain stylesheet, model units (the bulk raster draws them with it). */
  get plainEdgeWidth(): number {
    return this.strokeScale;
  }

  /** The stylesheet for the current theme, level and strokes (Cytoscape's initial style). */
  build() {
    return buildStylesheet(this.currentTheme, this.currentLevel, this.strokeScale, this.linkScale);
  }

  /**
   * Puts the current stylesheet in place of Cytoscape's. Through the style Cytoscape has (`fromJson`, then `update`),
   * not `cy.style(json)`: that builds a new style object, which clears every element's style, and then clears them all
   * again as it reads the JSON. Once was 65 ms of a 30k/60k layout's stroke fitting (a CPU profile).
   */
  install(): void {
    this.cy.style().fromJson(this.build()).update();
  }

  /**
   * A new document's level and strokes: relations' strokes are fitted to `relationZoom` (where they are seen), links
   * between regions to `fitZoom`. True when the stylesheet must be swapped: the caller does it between
   * removing the old elements and adding the new ones, when no element has a style to mark stale.
   */
  prepareLoad(level: StyleLevel, fitZoom: number, relationZoom = fitZoom): boolean {
    const strokeScale = strokeScaleFor(relationZoom);
    const linkScale = strokeScaleFor(fitZoom);
    const changed = level !== this.currentLevel || strokeScale !== this.strokeScale || linkScale !== this.linkScale;
    this.currentLevel = level;
    this.strokeScale = strokeScale;
    this.linkScale = linkScale;
    return changed;
  }

  /** Swaps the stylesheet for a theme (the caller restyles, after its own writes for the theme). */
  setTheme(theme: Theme): boolean {
    if (theme === this.currentTheme) return false;
    this.currentTheme = theme;
    this.install();
    return true;
  }

  /**
   * Swaps the stylesheet for strokes that fit positions seen at `fitZoom`; false (nothing swapped) when they are
   * within 10% of the current ones. The caller restyles every element when it did.
   */
  fitStrokes(fitZoom: number): boolean {
    const scale = strokeScaleFor(fitZoom);
    if (Math.abs(scale / this.strokeScale - 1) < 0.1) return false;
    this.strokeScale = scale;
    this.linkScale = scale;
    this.install();
    return true;
  }

  /**
   * A new stylesheet restyles every element: on a big graph, in slices before the next frame; while held for a
   * layout (nothing drawn yet), the wait's styling starts over with it (a theme or strokes changed meanwhile).
   */
  restyleAll(): void {
    if (this.drawHold.heldForLayout) {
      this.drawHold.restartHeldStyling();
      return;
    }
    const elements = this.cy.elements();
    if (elements.length >= SLICED_RESTYLE_MIN_ELEMENTS) this.drawHold.restyle(elements);
  }
}
