// Checks the canvas's stylesheet on a headless Cytoscape: strokes widen for far fit zooms and swap only past 10%, a theme swaps colours, a new document says when its stylesheet changes, and a swap restyles big graphs in slices.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { STROKE_PX_AT_FIT, THEME_COLORS } from '../../../../renderer/canvas/canvas-style';
import { DrawHold } from '../../../../renderer/canvas/draw-hold';
import { SLICED_RESTYLE_MIN_ELEMENTS } from '../../../../renderer/canvas/level-of-detail';
import { ViewStylesheet } from '../../../../renderer/canvas/view-stylesheet';

function setup(nodes = 1) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const hold = new DrawHold(cy, () => {});
  const stylesheet = new ViewStylesheet(cy, hold, 'light');
  cy.style(stylesheet.build());
  cy.add(
    Array.from({ length: nodes }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, size: 30, fill: '#336699', shape: 'ellipse' },
    })),
  );
  cy.add({
    group: 'edges',
    data: { id: 'e', source: 'n0', target: 'n0', color: '#000', lineStyle: 'solid', arrow: 'triangle' },
  });
  return { cy, hold, stylesheet };
}

const edgeWidth = (cy: cytoscape.Core) => cy.getElementById('e').numericStyle('width');

describe('ViewStylesheet', () => {
  it('widens strokes for positions that fit far out, and swaps only when they change by 10% or more', () => {
    const { cy, stylesheet } = setup();
    const base = edgeWidth(cy);
    // Fits at zoom 1: strokes stay as set.
    expect(stylesheet.fitStrokes(1)).toBe(false);
    const far = STROKE_PX_AT_FIT / 4;
    expect(stylesheet.fitStrokes(far)).toBe(true);
    expect(edgeWidth(cy)).toBeCloseTo(base * 4, 5);
    // 5% further out: the same stylesheet.
    expect(stylesheet.fitStrokes(far / 1.05)).toBe(false);
    expect(edgeWidth(cy)).toBeCloseTo(base * 4, 5);
    expect(stylesheet.fitStrokes(far / 2)).toBe(true);
    expect(edgeWidth(cy)).toBeCloseTo(base * 8, 5);
    cy.destroy();
  });

  it('swaps colours with the theme, once', () => {
    const { cy, stylesheet } = setup();
    const border = () => cy.getElementById('n0').style('border-color');
    expect(border()).toBe(toRgb(THEME_COLORS.light.background));
    expect(stylesheet.setTheme('dark')).toBe(true);
    expect(stylesheet.theme).toBe('dark');
    expect(border()).toBe(toRgb(THEME_COLORS.dark.background));
    expect(stylesheet.setTheme('dark')).toBe(false);
    cy.destroy();
  });

  it('says whether a new document needs another stylesheet (level or strokes changed)', () => {
    const { cy, stylesheet } = setup();
    expect(stylesheet.prepareLoad('detail', 1)).toBe(false);
    expect(stylesheet.prepareLoad('plain', 1)).toBe(true);
    expect(stylesheet.level).toBe('plain');
    expect(stylesheet.prepareLoad('plain', STROKE_PX_AT_FIT / 3)).toBe(true);
    expect(stylesheet.prepareLoad('plain', STROKE_PX_AT_FIT / 3)).toBe(false);
    cy.destroy();
  });

  it('restyles a big graph in slices after a swap, holding drawing meanwhile; a small one is left to the next frame', () => {
    const small = setup();
    small.stylesheet.restyleAll();
    expect(small.hold.restyling).toBe(false);
    small.cy.destroy();
    const big = setup(SLICED_RESTYLE_MIN_ELEMENTS);
    big.stylesheet.restyleAll();
    expect(big.hold.restyling).toBe(true);
    big.hold.release();
    big.cy.destroy();
  });
});

function toRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}
