// Tests the blank check: background and near-background pixels are not ink; a failed (all-zero) render on an opaque background is caught.
import { describe, expect, it } from 'vitest';
import { countInk, parseHexColor, renderFailed } from '../../../../renderer/export/blank-check';

const px = (...values: number[][]) => new Uint8Array(values.flat());

describe('countInk', () => {
  it('counts pixels that differ from an opaque background beyond anti-aliasing noise', () => {
    const bg = parseHexColor('#ffffff');
    expect(countInk(px([255, 255, 255, 255], [250, 252, 255, 255]), bg)).toBe(0);
    expect(countInk(px([255, 255, 255, 255], [0, 0, 0, 255], [200, 255, 255, 255]), bg)).toBe(2);
  });

  it('counts any non-transparent pixel when the background is transparent', () => {
    expect(countInk(px([0, 0, 0, 0], [9, 9, 9, 0]), null)).toBe(0);
    expect(countInk(px([0, 0, 0, 0], [0, 0, 0, 1]), null)).toBe(1);
  });
});

describe('renderFailed', () => {
  it('flags all-zero pixels when the background was opaque, never for a transparent one', () => {
    const zero = new Uint8Array(16);
    expect(renderFailed(zero, parseHexColor('#16181d'))).toBe(true);
    expect(renderFailed(zero, null)).toBe(false);
    expect(renderFailed(px([0, 0, 0, 0], [22, 24, 29, 255]), parseHexColor('#16181d'))).toBe(false);
  });
});

describe('parseHexColor', () => {
  it('reads #rrggbb and rejects anything else', () => {
    expect(parseHexColor('#16181d')).toEqual([22, 24, 29, 255]);
    expect(() => parseHexColor('white')).toThrow();
  });
});
