// Owns stitching rendered tiles into one image: band by band into the streaming PNG encoder, checking each tile and the whole for blankness.
import { BlankExportError, countInk, type Rgba, renderFailed } from './blank-check';
import { PngStreamEncoder } from './png-encode';
import type { Tile, TilePlan } from './tile-plan';

/** Renders one tile as tightly packed RGBA (tile.width × tile.height × 4 bytes), e.g. from getImageData. */
export type TileRenderer = (tile: Tile) => Promise<Uint8Array | Uint8ClampedArray>;

export interface StitchProgress {
  done: number;
  total: number;
}

/** Copies a tile's pixels into a buffer `stride` pixels wide whose row 0 is the tile's band top. */
export function copyTile(target: Uint8Array, stride: number, tile: Tile, pixels: Uint8Array | Uint8ClampedArray): void {
  const rowBytes = tile.width * 4;
  for (let r = 0; r < tile.height; r++) {
    const from = r * rowBytes;
    target.set(pixels.subarray(from, from + rowBytes), (r * stride + tile.x) * 4);
  }
}

function checkTile(tile: Tile, pixels: Uint8Array | Uint8ClampedArray, background: Rgba | null): void {
  if (pixels.length !== tile.width * tile.height * 4) {
    throw new Error(
      `Tile ${tile.row},${tile.column} has ${pixels.length} bytes, expected ${tile.width * tile.height * 4}.`,
    );
  }
  if (renderFailed(pixels, background)) {
    throw new Error(
      `Tile ${tile.row},${tile.column} (${tile.width} × ${tile.height} px) did not render; try a smaller size.`,
    );
  }
}

/** Renders every tile and assembles the whole RGBA image in memory; for images that fit in memory (tests, previews). */
export async function stitchTiles(plan: TilePlan, render: TileRenderer, background: Rgba | null): Promise<Uint8Array> {
  const image = new Uint8Array(plan.width * plan.height * 4);
  for (const band of plan.rows) {
    for (const tile of band) {
      const pixels = await render(tile);
      checkTile(tile, pixels, background);
      copyTile(image.subarray(tile.y * plan.width * 4), plan.width, tile, pixels);
    }
  }
  if (countInk(image, background) === 0) throw new BlankExportError('image');
  return image;
}

/**
 * Renders the tiles band by band and streams each finished band into the PNG encoder, so memory holds one band,
 * never the whole image. Throws (and writes nothing) when a tile fails or the whole image is background.
 */
export async function encodeTiledPng(
  plan: TilePlan,
  render: TileRenderer,
  background: Rgba | null,
  onProgress?: (progress: StitchProgress) => void,
): Promise<Uint8Array> {
  const encoder = new PngStreamEncoder(plan.width, plan.height);
  const total = plan.rows.reduce((n, row) => n + row.length, 0);
  let done = 0;
  let ink = 0;
  try {
    for (const band of plan.rows) {
      const height = band[0]?.height ?? 0;
      const pixels = new Uint8Array(plan.width * height * 4);
      for (const tile of band) {
        const tilePixels = await render(tile);
        checkTile(tile, tilePixels, background);
        ink += countInk(tilePixels, background);
        copyTile(pixels, plan.width, tile, tilePixels);
        onProgress?.({ done: ++done, total });
      }
      await encoder.writeRows(pixels, height);
    }
    if (ink === 0) throw new BlankExportError('image');
  } catch (error) {
    await encoder.abort(error);
    throw error;
  }
  return encoder.finish();
}
