// Checks the bulk picture's drawing on a recording context: one path per colour, hidden and out-of-view elements skipped, relations under entities, tiny bodies as squares, and where a picture lands after a pan or zoom.
import { describe, expect, it } from 'vitest';
import {
  type BulkContext,
  type BulkScene,
  type BulkView,
  ColorIndex,
  drawBulk,
  groupByColor,
  placePicture,
  prepareScene,
} from '../../../../renderer/canvas/bulk-scene';

/** A 2D context that records its calls (with the style in force for stroke and fill). */
function recordingContext() {
  const calls: string[] = [];
  const ctx: BulkContext = {
    globalAlpha: 1,
    lineWidth: 1,
    strokeStyle: '',
    fillStyle: '',
    lineCap: 'butt',
    beginPath: () => calls.push('begin'),
    moveTo: (x, y) => calls.push(`move ${x} ${y}`),
    lineTo: (x, y) => calls.push(`line ${x} ${y}`),
    arc: (x, y, r) => calls.push(`arc ${x} ${y} ${r}`),
    rect: (x, y, w, h) => calls.push(`rect ${x} ${y} ${w} ${h}`),
    stroke: () => calls.push(`stroke ${String(ctx.strokeStyle)} alpha=${ctx.globalAlpha} width=${ctx.lineWidth}`),
    fill: () => calls.push(`fill ${String(ctx.fillStyle)} alpha=${ctx.globalAlpha}`),
    clearRect: (x, y, w, h) => calls.push(`clear ${x} ${y} ${w} ${h}`),
  };
  return { ctx, calls };
}

/** Three entities in a row (red, blue, red) and two relations (a-b red, b-c blue). */
function scene(): BulkScene {
  const colors = new ColorIndex();
  const red = colors.indexOf('red');
  const blue = colors.indexOf('blue');
  return {
    nodes: new Float32Array([0, 0, 5, 100, 0, 5, 200, 0, 0.5]),
    nodeColor: new Uint16Array([red, blue, red]),
    edges: new Uint32Array([0, 1, 1, 2]),
    edgeColor: new Uint16Array([red, blue]),
    palette: colors.palette,
    edgeWidth: 2,
    edgeOpacity: 0.7,
  };
}

const all = { nodes: new Uint8Array([1, 1, 1]), edges: new Uint8Array([1, 1]) };
const view: BulkView = { panX: 10, panY: 20, zoom: 1, width: 400, height: 100, pixelRatio: 2 };

describe('groupByColor', () => {
  it('sorts indices by colour, keeping their order within a colour', () => {
    const groups = groupByColor(new Uint16Array([1, 0, 1, 2, 0]), 3);
    expect([...groups.order]).toEqual([1, 4, 0, 2, 3]);
    expect([...groups.starts]).toEqual([0, 2, 4, 5]);
  });
});

describe('drawBulk', () => {
  it('clears, strokes relations in one path per colour at their opacity, then fills entities per colour', () => {
    const { ctx, calls } = recordingContext();
    const counts = drawBulk(ctx, prepareScene(scene()), all, view);
    expect(counts).toEqual({ nodes: 3, edges: 2 });
    // Device pixels: (model × zoom + pan) × ratio.
    expect(calls).toEqual([
      'clear 0 0 800 200',
      'begin',
      'move 20 40',
      'line 220 40',
      'stroke red alpha=0.7 width=4',
      'begin',
      'move 220 40',
      'line 420 40',
      'stroke blue alpha=0.7 width=4',
      'begin',
      'move 30 40',
      'arc 20 40 10',
      // Entity c is 1 device pixel across: a square.
      'rect 419 39 2 2',
      'fill red alpha=1',
      'begin',
      'move 230 40',
      'arc 220 40 10',
      'fill blue alpha=1',
    ]);
  });

  it('skips hidden elements and what lies outside the view, and opens no path for a colour with nothing to draw', () => {
    const { ctx, calls } = recordingContext();
    const shown = { nodes: new Uint8Array([1, 0, 1]), edges: new Uint8Array([0, 1]) };
    // Panned so that only entity a (and the part of a-b near it) is in the 400 × 100 canvas.
    const panned = { ...view, panX: 350 };
    const counts = drawBulk(ctx, prepareScene(scene()), shown, panned);
    expect(counts).toEqual({ nodes: 1, edges: 0 });
    expect(calls.filter((call) => call.startsWith('stroke'))).toEqual([]);
    expect(calls.filter((call) => call.startsWith('fill'))).toEqual(['fill red alpha=1']);
  });
});

describe('placePicture', () => {
  it('maps a picture drawn at one view onto another, so a model point stays under the same pixel', () => {
    const drawn = { ...view, panX: 10, panY: 20, zoom: 1 };
    const current = { ...view, panX: 50, panY: -30, zoom: 2 };
    const { x, y, scale } = placePicture(drawn, current);
    expect(scale).toBe(2);
    // Model (7, 9): at (17, 29) in the picture, and at (64, -12) now.
    expect(x + 17 * scale).toBe(7 * 2 + 50);
    expect(y + 29 * scale).toBe(9 * 2 - 30);
  });
});
