// Checks the label-aware layout finish: boxes given room come apart, centres stay in the window's fitted area, importance decides who gets room, and a hopeless crowd is left for bodies only.
import { describe, expect, it } from 'vitest';
import { innerArea } from '../../../../renderer/canvas/fit-viewport';
import { DEFAULT_ADJUST, labelAdjust, labelAdjustBest } from '../../../../renderer/layout/label-adjust';

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
