// Checks the overview map's picture: the extent is centred with a margin, and each entity is a 3×3 square of its colour, clipped at the edges, later ones on top, on a cleared picture.
import { describe, expect, it } from 'vitest';
import { overviewTransform, paintDots } from '../../../../renderer/canvas/overview-dots';

const W = 20;
const H = 10;
const pixel = (pixels: Uint8ClampedArray, x: number, y: number) => [
  ...pixels.slice(4 * (y * W + x), 4 * (y * W + x) + 4),
];

describe('overviewTransform', () => {
  it('fits the extent to the tighter side with a margin, centred', () => {
    const t = overviewTransform({ x1: 100, y1: 0, x2: 300, y2: 100 }, W, H);
    // 200 × 100 into 20 × 10: both sides give 0.1, times the 0.85 share.
    expect(t.scale).toBeCloseTo(0.085, 10);
    const at = (x: number, y: number) => [x * t.scale + t.x, y * t.scale + t.y];
    expect(at(200, 50)).toEqual([W / 2, H / 2]);
    const [left] = at(100, 0);
    const [right] = at(300, 0);
    expect((left ?? 0) + (right ?? 0)).toBeCloseTo(W, 10);
    expect((right ?? 0) - (left ?? 0)).toBeCloseTo(W * 0.85, 10);
  });

  it('gives a single point a finite scale', () => {
    const t = overviewTransform({ x1: 5, y1: 5, x2: 5, y2: 5 }, W, H);
    expect(Number.isFinite(t.scale)).toBe(true);
    expect([5 * t.scale + t.x, 5 * t.scale + t.y]).toEqual([W / 2, H / 2]);
  });
});

describe('paintDots', () => {
  const red = [255, 0, 0, 255];
  const blue = [0, 0, 255, 255];
  const palette = new Uint8ClampedArray([...red, ...blue]);
  const identity = { scale: 1, x: 0, y: 0 };

  it('paints a 3×3 square per entity in its colour, on a cleared picture', () => {
    const pixels = new Uint8ClampedArray(4 * W * H).fill(7);
    paintDots(pixels, W, H, [5, 5, 12, 4], [0, 1], palette, identity);
    for (const [x, y] of [
      [4, 4],
      [5, 5],
      [6, 6],
    ])
      expect(pixel(pixels, x ?? 0, y ?? 0)).toEqual(red);
    expect(pixel(pixels, 12, 4)).toEqual(blue);
    expect(pixel(pixels, 11, 3)).toEqual(blue);
    // Outside the squares: cleared, not left as it was.
    expect(pixel(pixels, 3, 5)).toEqual([0, 0, 0, 0]);
    expect(pixel(pixels, 0, 0)).toEqual([0, 0, 0, 0]);
    const painted = [...Array(W * H).keys()].filter((i) => pixels[4 * i + 3] !== 0).length;
    expect(painted).toBe(18);
  });

  it('puts later entities on top and clips squares at the edges', () => {
    const pixels = new Uint8ClampedArray(4 * W * H);
    paintDots(pixels, W, H, [0, 0, 1, 0, W - 1, H - 1], [0, 1, 0], palette, identity);
    expect(pixel(pixels, 0, 0)).toEqual(blue);
    expect(pixel(pixels, 2, 1)).toEqual(blue);
    expect(pixel(pixels, W - 1, H - 1)).toEqual(red);
    const painted = [...Array(W * H).keys()].filter((i) => pixels[4 * i + 3] !== 0).length;
    // The two overlapping squares at the corner cover 3 × 2 pixels; the opposite corner's 2 × 2.
    expect(painted).toBe(6 + 4);
  });

  it('places points through the transform', () => {
    const pixels = new Uint8ClampedArray(4 * W * H);
    paintDots(pixels, W, H, [100, 40], [1], palette, { scale: 0.1, x: 2, y: 1 });
    expect(pixel(pixels, 12, 5)).toEqual(blue);
  });
});
