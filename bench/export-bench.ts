// Owns the image-export benchmark: tiled stitching + streaming PNG encoding of synthetic graph-sized images vs pngjs encoding the same pixels, same run.
import { PNG } from 'pngjs';
import { countInk } from '../renderer/export/blank-check';
import { encodeTiledPng } from '../renderer/export/stitch-png';
import { planTiles, type Tile, tileCount } from '../renderer/export/tile-plan';

/** Image sizes a whole-graph export of roughly this many edges reaches at 2× (measured from the 198-edge graph: 2422 px wide). */
const CASES = [
  { label: '1k edges', width: 3000, height: 2400, edges: 1_000 },
  { label: '10k edges', width: 6000, height: 4800, edges: 10_000 },
  { label: '100k edges', width: 8400, height: 6800, edges: 100_000 },
];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** White background, one short coloured line per edge and a dot per node: sparse ink like a rendered graph. */
function syntheticGraphImage(width: number, height: number, edges: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4).fill(255);
  const random = seeded(edges);
  const plot = (x: number, y: number, r: number, g: number, b: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    pixels.set([r, g, b, 255], (y * width + x) * 4);
  };
  for (let e = 0; e < edges; e++) {
    const x0 = Math.floor(random() * width);
    const y0 = Math.floor(random() * height);
    const length = 20 + random() * 200;
    const angle = random() * Math.PI * 2;
    const colour = [Math.floor(random() * 200), Math.floor(random() * 200), Math.floor(random() * 200)] as const;
    for (let t = 0; t < length; t++) {
      plot(Math.round(x0 + Math.cos(angle) * t), Math.round(y0 + Math.sin(angle) * t), ...colour);
    }
    for (let dy = -4; dy <= 4; dy++) for (let dx = -4; dx <= 4; dx++) plot(x0 + dx, y0 + dy, 40, 80, 160);
  }
  return pixels;
}

/** Stands in for the canvas: copies the tile's rectangle out of the full image, as getImageData would return it. */
function tileFrom(image: Uint8Array, width: number) {
  return async (tile: Tile) => {
    const out = new Uint8Array(tile.width * tile.height * 4);
    for (let r = 0; r < tile.height; r++) {
      const from = ((tile.y + r) * width + tile.x) * 4;
      out.set(image.subarray(from, from + tile.width * 4), r * tile.width * 4);
    }
    return out;
  };
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const rows: string[][] = [];
for (const c of CASES) {
  const image = syntheticGraphImage(c.width, c.height, c.edges);
  const plan = planTiles(c.width, c.height);
  const ours = await time(() => encodeTiledPng(plan, tileFrom(image, c.width), [255, 255, 255, 255]));
  const check = await time(() => countInk(image, [255, 255, 255, 255]));
  // Baseline: pngjs encoding the whole buffer at once, with the same filter (None) so only the encoder differs.
  const baseline = await time(() => {
    const png = new PNG({ width: c.width, height: c.height });
    png.data = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    return PNG.sync.write(png, { filterType: 0 });
  });
  rows.push([
    c.label,
    `${c.width}×${c.height}`,
    String(tileCount(plan)),
    ours.ms.toFixed(0),
    check.ms.toFixed(0),
    baseline.ms.toFixed(0),
    (ours.ms / baseline.ms).toFixed(2),
    `${(ours.value.length / 1e6).toFixed(2)} / ${(baseline.value.length / 1e6).toFixed(2)}`,
  ]);
}

const header = ['case', 'pixels', 'tiles', 'tiled+encode ms', 'blank check ms', 'pngjs ms', 'ratio', 'MB ours / pngjs'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  'tiled+encode includes stitching, the per-tile blank check and CompressionStream deflate; pngjs encodes one whole buffer.',
);
