// Checks the level-of-detail policy: the plain stylesheet past the element threshold, label sizes that grow slower than the zoom within their floor and ceiling, larger for exports.
import { describe, expect, it } from 'vitest';
import {
  fadesOthers,
  LARGE_GRAPH_ELEMENTS,
  labelFontPx,
  MAX_LABEL_PX,
  MIN_LABEL_PX,
  styleLevelFor,
} from '../../../../renderer/canvas/level-of-detail';

describe('level of detail', () => {
  it('switches to the plain stylesheet past the threshold, and stops fading there', () => {
    expect(styleLevelFor(LARGE_GRAPH_ELEMENTS)).toBe('detail');
    expect(styleLevelFor(LARGE_GRAPH_ELEMENTS + 1)).toBe('plain');
    expect(fadesOthers('detail')).toBe(true);
    expect(fadesOthers('plain')).toBe(false);
  });

  it('never draws labels below the floor (at least 9 px) or above the ceiling', () => {
    expect(MIN_LABEL_PX).toBeGreaterThanOrEqual(9);
    expect(labelFontPx(0.01)).toBe(MIN_LABEL_PX);
    expect(labelFontPx(100)).toBe(MAX_LABEL_PX);
    expect(labelFontPx(1)).toBeGreaterThan(MIN_LABEL_PX);
    expect(labelFontPx(1)).toBeLessThan(MAX_LABEL_PX);
  });

  it('grows labels with the square root of the zoom', () => {
    expect(labelFontPx(1.2) / labelFontPx(1)).toBeCloseTo(Math.sqrt(1.2));
  });

  it('lets an export at 4× draw larger text at its larger pixel size', () => {
    expect(labelFontPx(4, 4)).toBeGreaterThan(labelFontPx(4, 1));
    expect(labelFontPx(0.01, 4)).toBe(MIN_LABEL_PX * 2);
  });
});
