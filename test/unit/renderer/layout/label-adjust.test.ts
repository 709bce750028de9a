// Checks the label-aware layout finish: crowded layouts are spread until bodies leave room, boxes given room come apart, centres stay in the window's fitted area, importance decides who gets room, and a hopeless crowd is left for bodies only.
import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport, innerArea } from '../../../../renderer/canvas/fit-viewport';
import {
  type AdjustNode,
  DEFAULT_ADJUST,
  FILL_BUDGETS,
  labelAdjust,
  labelAdjustBest,
  MAX_BODY_SHARE,
  MIN_SPREAD_BODY_PX,
  STUCK_ROUND,
  spreadForBodies,
} from '../../../../renderer/layout/label-adjust';

const measure = (text: string) => text.length * 0.55;

function crowd(n: number) {
  const positions: Record<string, { x: number; y: number }> = {};
  const nodes = [];
  for (let i = 0; i < n; i++) {
    // A tight spiral: every label overlaps its neighbours before the adjustment.
    const angle = i * 0.7;
    positions[`n${i}`] = { x: Math.cos(angle) * (5 + i), y: Math.sin(angle) * (5 + i) };
    nodes.push({ id: `n${i}`, size: 30, label: `Entity number ${i}`, importance: n - i });
  }
  positions.far = { x: 400, y: 300 };
  nodes.push({ id: 'far', size: 30, label: 'Far', importance: 0 });
  return { positions, nodes };
}

const options = { ...DEFAULT_ADJUST, width: 1000, height: 700, measure, maxZoom: 2 };

describe('labelAdjust', () => {
  it('separates every box it gives room to, inside the fitted area', () => {
    const { positions, nodes } = crowd(30);
    const result = labelAdjust(positions, nodes, { ...options, maxFill: 0.4 });
    expect(result.skipped).toBe(false);
    expect(result.overlaps).toBe(0);
    expect(result.labelled).toBeGreaterThan(0);
    expect(Object.keys(result.positions).sort()).toEqual(Object.keys(positions).sort());
  });

  it('gives room by importance when the budget runs out', () => {
    const { positions, nodes } = crowd(60);
    const small = labelAdjust(positions, nodes, { ...options, maxFill: 0.05 });
    const large = labelAdjust(positions, nodes, { ...options, maxFill: 0.5 });
    expect(small.labelled).toBeLessThan(large.labelled);
  });

  it('the best budget is one whose boxes all came apart', () => {
    const { positions, nodes } = crowd(40);
    const result = labelAdjustBest(positions, nodes, options);
    expect(result.overlaps).toBe(0);
    expect(result.labelled).toBeGreaterThan(0);
  });

  it('keeps what trying every budget from the most generous down keeps, on roomy and jammed crowds', () => {
    // The search before the smallest budget was tried first: the first budget whose boxes all come apart, else the last.
    const everyBudget = (
      positions: Record<string, { x: number; y: number }>,
      nodes: AdjustNode[],
      o: typeof options,
    ) => {
      let last = null;
      for (const maxFill of FILL_BUDGETS) {
        const rounds = Math.max(40, Math.min(o.maxIterations, Math.floor(200_000 / nodes.length)));
        last = labelAdjust(positions, nodes, { ...o, maxFill, maxIterations: rounds, deadline: Date.now() + 60_000 });
        if (last.overlaps === 0) return last;
      }
      return last;
    };
    const cases = [
      { n: 40, o: options },
      { n: 120, o: options },
      { n: 300, o: { ...options, width: 300, height: 220, maxIterations: 60 } },
    ];
    const outcomes = cases.map(({ n, o }) => {
      const { positions, nodes } = crowd(n);
      const kept = labelAdjustBest(positions, nodes, { ...o, deadline: Date.now() + 60_000 });
      expect(kept).toEqual(everyBudget(positions, nodes, o));
      return kept.overlaps === 0;
    });
    // Both outcomes are covered: a crowd that came apart and one that jammed under every budget.
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });

  it('tries only the smallest and the most generous budgets when the smallest jams', () => {
    const { positions, nodes } = crowd(300);
    const jammed = { ...options, width: 300, height: 220, maxIterations: 60, deadline: Date.now() + 60_000 };
    let calls = 0;
    const counting = (text: string) => {
      calls++;
      return measure(text);
    };
    labelAdjust(positions, nodes, { ...jammed, measure: counting, maxFill: 0.35 });
    const perTry = calls;
    calls = 0;
    const kept = labelAdjustBest(positions, nodes, { ...jammed, measure: counting });
    expect(kept.overlaps).toBeGreaterThan(0);
    expect(perTry).toBeGreaterThan(0);
    expect(calls).toBe(2 * perTry);
    // What stands is the smallest budget's result (the most generous jammed too).
    const rounds = Math.max(40, Math.min(jammed.maxIterations, Math.floor(200_000 / nodes.length)));
    expect(kept).toEqual(labelAdjust(positions, nodes, { ...jammed, maxFill: 0.35, maxIterations: rounds }));
  });

  it('gives up a try that is plainly not coming apart, and never one that comes apart', () => {
    const jammed = { ...options, width: 200, height: 150, maxIterations: 200, maxFill: 0.75 };
    const { positions, nodes } = crowd(300);
    const full = labelAdjust(positions, nodes, jammed);
    const hopeless = labelAdjust(positions, nodes, { ...jammed, giveUpWhenStuck: true });
    expect(full.overlaps).toBeGreaterThan(0);
    expect(full.iterations).toBe(200);
    expect(hopeless.abandoned).toBe(true);
    expect(hopeless.iterations).toBe(STUCK_ROUND + 1);
    expect(hopeless.positions).toEqual(positions);
    // Crowds that come apart, some only after more than STUCK_ROUND rounds: the same result either way.
    const cases = [
      [30, 0.3],
      [30, 0.65],
      [60, 0.3],
    ] as const;
    const slow = cases.map(([n, maxFill]) => {
      const crowded = crowd(n);
      const o = { ...options, maxFill };
      const plain = labelAdjust(crowded.positions, crowded.nodes, o);
      expect(plain.overlaps).toBe(0);
      expect(labelAdjust(crowded.positions, crowded.nodes, { ...o, giveUpWhenStuck: true })).toEqual(plain);
      return plain.iterations;
    });
    expect(Math.min(...slow)).toBeGreaterThan(STUCK_ROUND);
  });

  it('stops trying for label room at its deadline: one budget, one round, and the bodies still come apart', () => {
    const { positions, nodes } = crowd(60);
    const generous = labelAdjustBest(positions, nodes, options);
    const hurried = labelAdjustBest(positions, nodes, { ...options, deadline: Date.now() - 1 });
    expect(generous.iterations).toBeGreaterThan(1);
    expect(hurried.iterations).toBe(1);
    const ids = Object.keys(hurried.positions);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = hurried.positions[ids[i] ?? ''];
        const b = hurried.positions[ids[j] ?? ''];
        if (a && b) expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThan(0);
      }
    }
  });

  it('leaves one or no entity as it is', () => {
    const result = labelAdjust({ a: { x: 1, y: 2 } }, [{ id: 'a', size: 30, label: 'A', importance: 1 }], {
      ...options,
      maxFill: 0.5,
    });
    expect(result.skipped).toBe(true);
    expect(result.positions.a).toEqual({ x: 1, y: 2 });
  });

  it('keeps centres inside the inner area of the window at the fit zoom', () => {
    const { positions, nodes } = crowd(30);
    const result = labelAdjust(positions, nodes, { ...options, maxFill: 0.4 });
    const xs = Object.values(result.positions).map((p) => p.x);
    const ys = Object.values(result.positions).map((p) => p.y);
    const inner = innerArea(options.width, options.height);
    // The layout's aspect never exceeds what the inner area can show without shrinking the fit.
    expect((Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys))).toBeLessThan(
      (inner.width / inner.height) * 3,
    );
  });
});

describe('spreadForBodies', () => {
  const window = { width: 1000, height: 700, maxZoom: 2, margin: 3 };
  /** n entities on a jittered disc of this radius (model units). */
  function disc(n: number, radius: number) {
    const positions: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < n; i++) {
      const r = radius * Math.sqrt((i + 0.5) / n);
      positions[`n${i}`] = { x: r * Math.cos(i * 2.4), y: r * Math.sin(i * 2.4) };
    }
    return positions;
  }
  const sizesOf = (positions: Record<string, unknown>, size: number) =>
    new Map(Object.keys(positions).map((id) => [id, size]));
  /** Share of the inner area that bodies (with margins) claim at the fit zoom, and the bodies' size on screen. */
  function claim(positions: Record<string, { x: number; y: number }>, size: number) {
    const bounds = boundsOf(Object.values(positions));
    if (!bounds) throw new Error('no positions');
    const { zoom } = fitViewport(bounds, window.width, window.height, { min: 1e-6, max: window.maxZoom });
    const inner = innerArea(window.width, window.height);
    const n = Object.keys(positions).length;
    return { share: (n * (size * zoom + 2 * window.margin) ** 2) / (inner.width * inner.height), px: size * zoom };
  }

  it('spreads a crowded layout (a dense graph scaled to its relation length) until bodies leave room, keeping its shape', () => {
    const crowded = disc(200, 80);
    expect(claim(crowded, 30).share).toBeGreaterThan(1);
    const spread = spreadForBodies(crowded, sizesOf(crowded, 30), window);
    const after = claim(spread, 30);
    expect(after.share).toBeLessThanOrEqual(MAX_BODY_SHARE * 1.05);
    expect(after.px).toBeGreaterThanOrEqual(MIN_SPREAD_BODY_PX * 0.95);
    // One factor for every offset: the picture is the original scaled.
    const anchor = { before: crowded.n0 ?? { x: 0, y: 0 }, after: spread.n0 ?? { x: 0, y: 0 } };
    const factor = ((spread.n10?.x ?? 0) - anchor.after.x) / ((crowded.n10?.x ?? 0) - anchor.before.x);
    expect(factor).toBeGreaterThan(1);
    for (const [id, p] of Object.entries(crowded)) {
      expect((spread[id]?.x ?? 0) - anchor.after.x).toBeCloseTo((p.x - anchor.before.x) * factor, 6);
      expect((spread[id]?.y ?? 0) - anchor.after.y).toBeCloseTo((p.y - anchor.before.y) * factor, 6);
    }
  });

  it('never spreads bodies below the smallest size on screen', () => {
    const many = disc(3000, 400);
    const spread = spreadForBodies(many, sizesOf(many, 30), window);
    const after = claim(spread, 30);
    expect(after.px).toBeGreaterThanOrEqual(MIN_SPREAD_BODY_PX * 0.95);
    expect(after.px).toBeLessThan(MIN_SPREAD_BODY_PX * 1.2);
  });

  it('leaves a layout that already has room exactly as it is', () => {
    const roomy = disc(60, 1500);
    expect(claim(roomy, 30).share).toBeLessThan(MAX_BODY_SHARE);
    expect(spreadForBodies(roomy, sizesOf(roomy, 30), window)).toBe(roomy);
  });
});
