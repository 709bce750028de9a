// Checks the stylesheets' stroke widening: graphs that fit at a near zoom keep their strokes, far-flung ones get relations and borders at least STROKE_PX_AT_FIT wide on screen at the fit zoom, at both levels of detail.
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildStylesheet,
  REGION_CLASS,
  REGION_LINK_CLASS,
  STROKE_PX_AT_FIT,
  strokeScaleFor,
} from '../../../../renderer/canvas/canvas-style';
import type { StyleLevel } from '../../../../renderer/canvas/level-of-detail';

let cy: Core | null = null;
afterEach(() => cy?.destroy());

function drawn(level: StyleLevel, strokeScale: number) {
  const core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', level, strokeScale),
    elements: [
      { data: { id: 'a', fill: '#336699', size: 30, shape: 'ellipse' } },
      { data: { id: 'b', fill: '#336699', size: 30, shape: 'ellipse' } },
      {
        data: { id: 'ab', source: 'a', target: 'b', color: '#888888', lineStyle: 'solid', arrow: 'triangle' },
      },
    ],
  });
  cy = core;
  const node = core.getElementById('a') as NodeSingular;
  const edge = core.getElementById('ab') as EdgeSingular;
  const widths = () => ({ edge: edge.numericStyle('width'), border: node.numericStyle('border-width') });
  const plain = widths();
  node.select();
  edge.select();
  return { plain, selected: widths() };
}

describe('stroke widening', () => {
  it('leaves strokes as set where the graph fits at a near zoom, and widens them in proportion beyond', () => {
    expect(strokeScaleFor(1)).toBe(1);
    expect(strokeScaleFor(STROKE_PX_AT_FIT)).toBe(1);
    expect(strokeScaleFor(0.06)).toBeCloseTo(10);
    expect(strokeScaleFor(0.001)).toBeCloseTo(600);
    // A graph with no extent (one entity) or an unmeasured canvas: nothing to widen for.
    for (const zoom of [0, Number.NaN, Number.POSITIVE_INFINITY, -1]) expect(strokeScaleFor(zoom)).toBe(1);
  });

  for (const level of ['plain', 'detail'] as const) {
    it(`${level}: relations, selection and borders widen by the scale`, () => {
      const near = drawn(level, 1);
      const far = drawn(level, 10);
      expect(far.plain.edge).toBeCloseTo(near.plain.edge * 10);
      expect(far.selected.edge).toBeCloseTo(near.selected.edge * 10);
      expect(far.selected.border).toBeCloseTo(near.selected.border * 10);
      // On screen at the fit zoom the scale was made for, the thinnest relation is as wide as promised.
      const fitZoom = 0.06;
      const onScreen = drawn(level, strokeScaleFor(fitZoom)).plain.edge * fitZoom;
      expect(onScreen).toBeGreaterThanOrEqual(STROKE_PX_AT_FIT - 1e-9);
    });
  }

  it('links between regions widen by their own scale, relations by theirs', () => {
    const core = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('light', 'plain', 2, 10),
      elements: [
        { data: { id: 'r1', fill: '#336699', size: 30 }, classes: REGION_CLASS },
        { data: { id: 'r2', fill: '#336699', size: 30 }, classes: REGION_CLASS },
        { data: { id: 'l', source: 'r1', target: 'r2', count: 40 }, classes: REGION_LINK_CLASS },
        { data: { id: 'e', source: 'r1', target: 'r2', color: '#888888' } },
      ],
    });
    cy = core;
    // A link counting 40 relations or more is 3 strokes wide at its scale (10); a relation 1 stroke at its own (2).
    expect(core.getElementById('l').numericStyle('width')).toBeCloseTo(30);
    expect(core.getElementById('e').numericStyle('width')).toBeCloseTo(2);
  });
});
