// Tests stitching tiles and the streaming PNG encoder: known colours land in the right place, pngjs decodes the output identically.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BlankExportError } from '../../../../renderer/export/blank-check';
import { crc32, PngStreamEncoder } from '../../../../renderer/export/png-encode';
import { encodeTiledPng, stitchTiles } from '../../../../renderer/export/stitch-png';
import { planTiles, type Tile, tileCount } from '../../../../renderer/export/tile-plan';

const WHITE = [255, 255, 255, 255] as const;

/** A colour that encodes the tile's row and column, so a misplaced tile shows. */
function tileColour(tile: Tile): [number, number, number, number] {
  return [40 * tile.row + 10, 40 * tile.column + 20, 200, 255];
}

function solidTile(tile: Tile): Uint8Array {
  const pixels = new Uint8Array(tile.width * tile.height * 4);
  const c = tileColour(tile);
  for (let i = 0; i < pixels.length; i += 4) pixels.set(c, i);
  return pixels;
}

/** Every pixel from its own coordinates: catches off-by-one copying as well as misplaced tiles. */
function gradientTile(tile: Tile): Uint8Array {
  const pixels = new Uint8Array(tile.width * tile.height * 4);
  for (let y = 0; y < tile.height; y++) {
    for (let x = 0; x < tile.width; x++) {
      const gx = tile.x + x;
      const gy = tile.y + y;
      pixels.set([gx & 255, gy & 255, (gx * 7 + gy * 13) & 255, 128 + ((gx + gy) & 127)], (y * tile.width + x) * 4);
    }
  }
  return pixels;
}

const limits = { maxSide: 64, maxArea: 64 * 40 };

describe('stitchTiles', () => {
  it('puts each tile colour in its place', async () => {
    const plan = planTiles(150, 100, limits);
    expect(tileCount(plan)).toBeGreaterThan(4);
    const image = await stitchTiles(plan, async (t) => solidTile(t), WHITE);
    for (const band of plan.rows) {
      for (const tile of band) {
        for (const [x, y] of [
          [tile.x, tile.y],
          [tile.x + tile.width - 1, tile.y + tile.height - 1],
        ] as const) {
          const at = (y * plan.width + x) * 4;
          expect([...image.subarray(at, at + 4)]).toEqual(tileColour(tile));
        }
      }
    }
  });

  it('rejects an image that is all background', async () => {
    const plan = planTiles(100, 100, limits);
    const white = (t: Tile) => Promise.resolve(new Uint8Array(t.width * t.height * 4).fill(255));
    await expect(stitchTiles(plan, white, WHITE)).rejects.toBeInstanceOf(BlankExportError);
    const clear = (t: Tile) => Promise.resolve(new Uint8Array(t.width * t.height * 4));
    await expect(stitchTiles(plan, clear, null)).rejects.toBeInstanceOf(BlankExportError);
  });

  it('rejects a tile that did not render (all zero on an opaque background)', async () => {
    const plan = planTiles(100, 100, limits);
    const broken = (t: Tile) => Promise.resolve(t.row === 1 ? new Uint8Array(t.width * t.height * 4) : solidTile(t));
    await expect(stitchTiles(plan, broken, WHITE)).rejects.toThrow(/did not render/);
  });

  it('rejects a tile of the wrong size', async () => {
    const plan = planTiles(100, 100, limits);
    await expect(stitchTiles(plan, async () => new Uint8Array(4), WHITE)).rejects.toThrow(/bytes/);
  });
});

describe('encodeTiledPng', () => {
  it('writes a PNG that pngjs decodes to exactly the stitched pixels', async () => {
    const plan = planTiles(201, 97, limits);
    const expected = await stitchTiles(plan, async (t) => gradientTile(t), null);
    const progress: number[] = [];
    const png = await encodeTiledPng(
      plan,
      async (t) => gradientTile(t),
      null,
      (p) => progress.push(p.done),
    );
    const decoded = PNG.sync.read(Buffer.from(png));
    expect(decoded.width).toBe(201);
    expect(decoded.height).toBe(97);
    expect(Buffer.compare(decoded.data, Buffer.from(expected))).toBe(0);
    expect(progress).toEqual(Array.from({ length: tileCount(plan) }, (_, i) => i + 1));
  });

  it('keeps transparent pixels transparent', async () => {
    const plan = planTiles(120, 80, limits);
    const dot = (t: Tile) => {
      const pixels = new Uint8Array(t.width * t.height * 4);
      if (t.row === 0 && t.column === 0) pixels.set([255, 0, 0, 255], 0);
      return Promise.resolve(pixels);
    };
    const decoded = PNG.sync.read(Buffer.from(await encodeTiledPng(plan, dot, null)));
    expect([...decoded.data.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    const last = decoded.data.length - 4;
    expect(decoded.data[last + 3]).toBe(0);
  });

  it('fails, writing nothing, when every tile is background', async () => {
    const plan = planTiles(100, 100, limits);
    const white = (t: Tile) => Promise.resolve(new Uint8Array(t.width * t.height * 4).fill(255));
    await expect(encodeTiledPng(plan, white, WHITE)).rejects.toBeInstanceOf(BlankExportError);
  });
});

describe('PngStreamEncoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('refuses to finish before every row is written, or to take extra rows', async () => {
    const encoder = new PngStreamEncoder(2, 2);
    await encoder.writeRows(new Uint8Array(8), 1);
    await expect(encoder.finish()).rejects.toThrow(/1 of 2 rows/);
    await expect(encoder.writeRows(new Uint8Array(16), 2)).rejects.toThrow(/More rows/);
    await encoder.abort('test over');
  });
});
