// Checks the greedy label placement: priority wins space, no drawn label overlaps another or another entity's body, labels stay in view, and the overlap counter.
import { describe, expect, it } from 'vitest';
import {
  type Box,
  emptyPlacement,
  type LabelCandidate,
  overlappingPairs,
  type PlacementOptions,
  placeEntityLabels,
  placeLabels,
} from '../../../../renderer/canvas/label-placement';

function candidate(key: string, x: number, y: number, widthEm = 4, lines = 1): LabelCandidate {
  return {
    key,
    kind: 'node',
    x,
    y,
    radius: 5,
    text: { lines: Array.from({ length: lines }, () => key), widthEm, truncated: false },
    faded: false,
  };
}

const bodies = (candidates: LabelCandidate[]) => (box: Box, key: string) =>
  candidates.some(
    (c) =>
      c.key !== key &&
      c.x + c.radius > box.minX &&
      c.x - c.radius < box.maxX &&
      c.y + c.radius > box.minY &&
      c.y - c.radius < box.maxY,
  );

function options(candidates: LabelCandidate[], patch: Partial<PlacementOptions> = {}): PlacementOptions {
  return {
    width: 400,
    height: 300,
    fontPx: 10,
    lineHeight: 1.2,
    gap: 2,
    padding: 1,
    maxLabels: 100,
    maxCandidates: 1000,
    hitsBody: bodies(candidates),
    ...patch,
  };
}

describe('placeLabels', () => {
  it('places an isolated label below its entity', () => {
    const cs = [candidate('a', 100, 100)];
    const [label] = placeLabels(cs, options(cs));
    expect(label).toMatchObject({ key: 'a', anchor: 'below', px: 10 });
    expect(label?.minY).toBeCloseTo(100 + 5 + 2);
    expect((label?.maxX ?? 0) - (label?.minX ?? 0)).toBeCloseTo(40);
  });

  it('gives contested space to the earlier candidate and moves or drops the later one', () => {
    const cs = [candidate('first', 100, 100), candidate('second', 130, 100)];
    const placed = placeLabels(cs, options(cs));
    expect(placed[0]).toMatchObject({ key: 'first', anchor: 'below' });
    expect(overlappingPairs(placed)).toBe(0);
    // Below is taken by the first label: the second takes another side.
    expect(placed.find((l) => l.key === 'second')?.anchor).toBe('right');
  });

  it('never draws a label over another entity body', () => {
    // `b` sits exactly where `a`'s label below would go.
    const cs = [candidate('a', 100, 100), candidate('b', 100, 114)];
    const placed = placeLabels(cs, options(cs));
    const hit = bodies(cs);
    for (const label of placed) expect(hit(label, label.key)).toBe(false);
  });

  it('keeps every label inside the view', () => {
    const cs = [candidate('edge', 395, 295, 8), candidate('corner', 2, 2, 8)];
    const placed = placeLabels(cs, options(cs));
    for (const l of placed) {
      expect(l.minX).toBeGreaterThanOrEqual(0);
      expect(l.minY).toBeGreaterThanOrEqual(0);
      expect(l.maxX).toBeLessThanOrEqual(400);
      expect(l.maxY).toBeLessThanOrEqual(300);
    }
  });

  it('on a crowded random scene, the drawn labels never overlap', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const cs = Array.from({ length: 300 }, (_, i) =>
      candidate(`n${i}`, random() * 400, random() * 300, 3 + random() * 6, 1 + Math.floor(random() * 2)),
    );
    const placed = placeLabels(cs, options(cs));
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(300);
    expect(overlappingPairs(placed)).toBe(0);
  });

  it('stops at the label and candidate caps', () => {
    const cs = Array.from({ length: 50 }, (_, i) =>
      candidate(`n${i}`, 20 + (i % 10) * 38, 20 + Math.floor(i / 10) * 55, 2),
    );
    expect(placeLabels(cs, options(cs, { maxLabels: 5 }))).toHaveLength(5);
    expect(placeLabels(cs, options(cs, { maxCandidates: 3 })).length).toBeLessThanOrEqual(3);
  });
});

describe('relation labels', () => {
  it('are centred on their point, placed after entity labels without covering them or any body', () => {
    const cs = [candidate('a', 100, 100), candidate('b', 300, 100)];
    const placement = emptyPlacement();
    placeLabels(cs, options(cs), placement);
    const edge = (key: string, x: number, y: number): LabelCandidate => ({
      ...candidate(key, x, y, 4),
      kind: 'edge',
      radius: 0,
    });
    // One relation label would sit on `a`'s label below it; the other in free space.
    placeLabels([edge('on-label', 100, 112), edge('free', 200, 60)], { ...options(cs), edgeFontPx: 9 }, placement);
    const edges = placement.placed.filter((l) => l.kind === 'edge');
    expect(edges.map((l) => l.key)).toEqual(['free']);
    expect(edges[0]).toMatchObject({ anchor: 'centre', px: 9 });
    expect(((edges[0]?.minX ?? 0) + (edges[0]?.maxX ?? 0)) / 2).toBeCloseTo(200);
    expect(overlappingPairs(placement.placed)).toBe(0);
  });
});

describe('overlappingPairs', () => {
  it('counts pairs of overlapping boxes, not touching ones', () => {
    const boxes = [
      { minX: 0, minY: 0, maxX: 10, maxY: 10 },
      { minX: 5, minY: 5, maxX: 15, maxY: 15 },
      { minX: 10, minY: 6, maxX: 20, maxY: 8 },
      { minX: 100, minY: 100, maxX: 110, maxY: 110 },
    ];
    expect(overlappingPairs(boxes)).toBe(2);
  });
});

describe('placeEntityLabels', () => {
  /** A grid of bodies 12 px apart from `x0`,`y0`: no 40 px label fits between them. */
  const grid = (columns: number, rows: number, x0 = 6, y0 = 6) =>
    Array.from({ length: columns * rows }, (_, i) =>
      candidate(`g${i}`, x0 + (i % columns) * 12, y0 + Math.floor(i / columns) * 12),
    );

  it('gives a crowded view where no label fits between the bodies its most important labels over bodies', () => {
    // Bodies over the whole 400×300 view: no label fits anywhere without covering one.
    const crowd = grid(34, 25);
    expect(placeLabels(crowd, options(crowd))).toHaveLength(0);
    const placed = placeEntityLabels(() => crowd, options(crowd), 5);
    expect(placed).toHaveLength(5);
    expect(overlappingPairs(placed)).toBe(0);
    // The most important first: the first label placed is the first candidate's.
    expect(placed[0]?.key).toBe('g0');
  });

  it('leaves a view with room, or a small view, as the strict placement has it', () => {
    const roomy = [candidate('a', 50, 50), candidate('b', 250, 200)];
    expect(placeEntityLabels(() => roomy, options(roomy), 5).map((l) => l.key)).toEqual(['a', 'b']);
    // Nine bodies packed tight: too few to call the view crowded, so only the labels that fit beside the block.
    const small = grid(3, 3, 100, 100);
    const strict = placeLabels(small, options(small)).map((l) => l.key);
    expect(strict.length).toBeLessThan(8);
    expect(placeEntityLabels(() => small, options(small), 8).map((l) => l.key)).toEqual(strict);
  });
});
