// Owns splitting an export image into canvas-sized tiles: every pixel in exactly one tile, no tile over the canvas limits.

export interface CanvasLimits {
  /** Longest side one canvas may have. Chromium allows 16384 (32767 in newer builds); half of that leaves headroom. */
  maxSide: number;
  /** Most pixels one canvas may hold; also bounds the memory of one tile (4 bytes a pixel). */
  maxArea: number;
}

/** Conservative on purpose: well inside Chromium's 16384 px side / 268M px area, and small enough that tests exercise tiling. */
export const DEFAULT_LIMITS: CanvasLimits = { maxSide: 8192, maxArea: 4096 * 4096 };

export interface Tile {
  /** Position of the tile's top-left pixel in the whole image. */
  x: number;
  y: number;
  width: number;
  height: number;
  row: number;
  column: number;
}

export interface TilePlan {
  width: number;
  height: number;
  /** Tile rows, top to bottom; each row is one horizontal band the encoder consumes before the next is rendered. */
  rows: Tile[][];
}

/**
 * Plans tiles for a width × height image. Tiles are as wide as allowed (ideally the whole width, so a band is one
 * tile) and as tall as the area limit then permits; the last column and row take what is left.
 */
export function planTiles(width: number, height: number, limits: CanvasLimits = DEFAULT_LIMITS): TilePlan {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`Image size must be positive whole pixels, got ${width} × ${height}.`);
  }
  const tileWidth = Math.min(width, limits.maxSide);
  const tileHeight = Math.min(height, limits.maxSide, Math.floor(limits.maxArea / tileWidth));
  if (tileHeight < 1) throw new Error('Canvas limits are too small for a single row of pixels.');
  const rows: Tile[][] = [];
  for (let y = 0, row = 0; y < height; y += tileHeight, row++) {
    const band: Tile[] = [];
    const h = Math.min(tileHeight, height - y);
    for (let x = 0, column = 0; x < width; x += tileWidth, column++) {
      band.push({ x, y, width: Math.min(tileWidth, width - x), height: h, row, column });
    }
    rows.push(band);
  }
  return { width, height, rows };
}

export function tileCount(plan: TilePlan): number {
  return plan.rows.reduce((n, row) => n + row.length, 0);
}
