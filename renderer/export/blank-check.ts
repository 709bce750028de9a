// Owns deciding whether rendered pixels hold anything: an all-background or all-transparent render is an error, never a file.

export type Rgba = readonly [number, number, number, number];

/** Colour distance (per channel) still counted as background: anti-aliasing leaves near-background pixels everywhere. */
const TOLERANCE = 8;

/** Counts pixels that differ from the background (or, for a transparent background, that are not fully transparent). */
export function countInk(pixels: Uint8Array | Uint8ClampedArray, background: Rgba | null): number {
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const a = pixels[i + 3] ?? 0;
    if (background === null) {
      if (a > 0) ink++;
      continue;
    }
    if (
      Math.abs((pixels[i] ?? 0) - background[0]) > TOLERANCE ||
      Math.abs((pixels[i + 1] ?? 0) - background[1]) > TOLERANCE ||
      Math.abs((pixels[i + 2] ?? 0) - background[2]) > TOLERANCE ||
      Math.abs(a - background[3]) > TOLERANCE
    ) {
      ink++;
    }
  }
  return ink;
}

/**
 * A canvas over the browser's limits silently yields all-zero pixels. With an opaque background every pixel we drew
 * is opaque, so a tile with no opaque pixel at all was not rendered.
 */
export function renderFailed(pixels: Uint8Array | Uint8ClampedArray, background: Rgba | null): boolean {
  if (background === null || background[3] < 255) return false;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return false;
  return true;
}

export class BlankExportError extends Error {
  constructor(what: string) {
    super(`The ${what} came out blank (nothing but background), so no file was written. Is anything shown?`);
    this.name = 'BlankExportError';
  }
}

export function parseHexColor(hex: string): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [Number.parseInt(m[1] ?? '0', 16), Number.parseInt(m[2] ?? '0', 16), Number.parseInt(m[3] ?? '0', 16), 255];
}
