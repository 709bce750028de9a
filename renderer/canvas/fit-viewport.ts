// Owns how a graph is fitted to the canvas: the margins kept for labels at its edges and the zoom and pan that fit given bounds. Pure, shared by the view and the layouts.

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Room around a fitted graph, in pixels: the sides keep half a label's width, the bottom a label's height. */
export const FIT_PADDING = { top: 24, right: 56, bottom: 40, left: 56 };

/** Bounds grown one body at a time, without a point object per corner (boundsOf adds points). */
export class BoundsBuilder {
  private x1 = Number.POSITIVE_INFINITY;
  private y1 = Number.POSITIVE_INFINITY;
  private x2 = Number.NEGATIVE_INFINITY;
  private y2 = Number.NEGATIVE_INFINITY;

  /** A body of radius `r` centred at (x, y). */
  add(x: number, y: number, r = 0): void {
    this.x1 = Math.min(this.x1, x - r);
    this.y1 = Math.min(this.y1, y - r);
    this.x2 = Math.max(this.x2, x + r);
    this.y2 = Math.max(this.y2, y + r);
  }

  /** What was added, or null when nothing (with a finite position) was. */
  bounds(): Bounds | null {
    if (!Number.isFinite(this.x1)) return null;
    return { x1: this.x1, y1: this.y1, x2: this.x2, y2: this.y2 };
  }
}

/** A fitted small graph is never magnified past this: three entities should not fill the window. */
export const DEFAULT_MAX_FIT_ZOOM = 2;

/** The bounds of these points, grown by `pad` on every side; null for none. */
export function boundsOf(points: Iterable<{ x: number; y: number }>, pad = 0): Bounds | null {
  const bounds = new BoundsBuilder();
  for (const p of points) bounds.add(p.x, p.y, pad);
  return bounds.bounds();
}

/** The area inside the margins, in canvas pixels. */
export function innerArea(width: number, height: number): { left: number; top: number; width: number; height: number } {
  return {
    left: FIT_PADDING.left,
    top: FIT_PADDING.top,
    width: Math.max(width - FIT_PADDING.left - FIT_PADDING.right, 10),
    height: Math.max(height - FIT_PADDING.top - FIT_PADDING.bottom, 10),
  };
}

/** The zoom and pan that fit `bounds` into a `width` × `height` canvas inside the margins, zoom within limits. */
export function fitViewport(
  bounds: Bounds,
  width: number,
  height: number,
  limits: { min: number; max: number },
): Viewport {
  const inner = innerArea(width, height);
  const zoom = Math.max(
    limits.min,
    Math.min(
      limits.max,
      inner.width / Math.max(bounds.x2 - bounds.x1, 1e-9),
      inner.height / Math.max(bounds.y2 - bounds.y1, 1e-9),
    ),
  );
  const cx = (bounds.x1 + bounds.x2) / 2;
  const cy = (bounds.y1 + bounds.y2) / 2;
  return { zoom, pan: { x: inner.left + inner.width / 2 - cx * zoom, y: inner.top + inner.height / 2 - cy * zoom } };
}
