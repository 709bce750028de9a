// Owns the overview map's picture of the entities: where a model point lands in it, and each entity painted as a small square of its fill straight into the pixels.

/** Model coordinates to overview pixels: `pixel = model * scale + offset`. */
export interface OverviewTransform {
  scale: number;
  x: number;
  y: number;
}

/** Share of the overview the entities' extent fills, leaving a margin around them. */
const FILL_SHARE = 0.85;

/** The transform that centres the extent [x1, x2] × [y1, y2] in a width × height overview, with a margin. */
export function overviewTransform(
  extent: { x1: number; y1: number; x2: number; y2: number },
  width: number,
  height: number,
): OverviewTransform {
  const w = Math.max(extent.x2 - extent.x1, 1);
  const h = Math.max(extent.y2 - extent.y1, 1);
  const scale = Math.min(width / w, height / h) * FILL_SHARE;
  // Centred on the extent's middle (a single entity's extent has no size, and is still centred).
  return {
    scale,
    x: width / 2 - ((extent.x1 + extent.x2) / 2) * scale,
    y: height / 2 - ((extent.y1 + extent.y2) / 2) * scale,
  };
}

/** Side of an entity's square, in overview pixels. */
const DOT = 3;

/**
 * Paints every entity as a DOT × DOT square of its colour into RGBA pixels (`width` × `height`, cleared first to
 * transparent), later entities over earlier ones; squares are clipped at the edges. `points` holds x, y pairs in model
 * coordinates; `colours` holds each entity's index into `palette`, four bytes (RGBA) per colour.
 *
 * Written by hand into the pixels: 30,000 `fillRect` calls (one per entity) were 90–110 ms of a 30k/60k layout's end,
 * each redraw one long task, for a picture of 200 × 140 pixels.
 */
export function paintDots(
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  points: ArrayLike<number>,
  colours: ArrayLike<number>,
  palette: ArrayLike<number>,
  transform: OverviewTransform,
): void {
  pixels.fill(0);
  const half = (DOT - 1) / 2;
  const count = Math.min(colours.length, Math.floor(points.length / 2));
  for (let i = 0; i < count; i++) {
    const cx = Math.round((points[2 * i] ?? 0) * transform.scale + transform.x);
    const cy = Math.round((points[2 * i + 1] ?? 0) * transform.scale + transform.y);
    const c = 4 * (colours[i] ?? 0);
    const r = palette[c] ?? 0;
    const g = palette[c + 1] ?? 0;
    const b = palette[c + 2] ?? 0;
    const a = palette[c + 3] ?? 255;
    const x0 = Math.max(cx - half, 0);
    const x1 = Math.min(cx + half, width - 1);
    const y0 = Math.max(cy - half, 0);
    const y1 = Math.min(cy + half, height - 1);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const o = 4 * (y * width + x);
        pixels[o] = r;
        pixels[o + 1] = g;
        pixels[o + 2] = b;
        pixels[o + 3] = a;
      }
    }
  }
}
