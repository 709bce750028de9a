// Checks how a load is planned: small graphs are sized and added at once, big ones in slices, and a big positioned graph's density sizing is left for the first add slice with the same result.
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { DEFAULT_NODE_SIZE } from '../../../../renderer/canvas/canvas-style';
import { SLICED_ADD_MIN_ELEMENTS } from '../../../../renderer/canvas/level-of-detail';
import { SEPARATE_MAX_NODES } from '../../../../renderer/canvas/node-size';
import { densitySizing, unpositionedSizing } from '../../../../renderer/canvas/view-geometry';
import { planLoad } from '../../../../renderer/canvas/view-load';

/** `entities` on a jittered grid `spacing` apart (or without positions), each linked to the next `perEntity` times. */
function graph(entities: number, perEntity: number, { positions = true, spacing = 40 } = {}) {
  const g = createAtlasGraph();
  g.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  const side = Math.ceil(Math.sqrt(entities));
  for (let i = 0; i < entities; i++) {
    const at = positions ? { x: (i % side) * spacing + ((i * 7) % 5), y: Math.floor(i / side) * spacing } : {};
    g.addNode(String(i), { label: `E${i}`, type: 't', description: '', aliases: [], provenance: [], ...at });
  }
  for (let i = 0; i < entities; i++) {
    for (let k = 1; k <= perEntity; k++) {
      g.addEdgeWithKey(`${i}-${k}`, String(i), String((i + k) % entities), {
        type: 'r',
        description: '',
        provenance: [],
      });
    }
  }
  return g;
}

describe('planLoad', () => {
  it('sizes a small positioned graph now and adds it at once', () => {
    const g = graph(300, 2);
    const plan = planLoad(g, 900, 700, true);
    expect(plan).toMatchObject({ positioned: true, regions: false, sliced: false, sizeLater: null, elementCount: 900 });
    const points = g.mapNodes((_, a) => ({ x: a.x as number, y: a.y as number }));
    expect(plan.sizing).toEqual(densitySizing(points, 900, 700));
    expect(plan.level).toBe('detail');
  });

  it('leaves a big positioned graph’s density sizing for the first add slice, with the same result', () => {
    const entities = SEPARATE_MAX_NODES + 1000;
    // 4 units apart: bodies of the default size would touch, so the density sizing picks a smaller one.
    const g = graph(entities, 1, { spacing: 4 });
    expect(g.order + g.size).toBeGreaterThanOrEqual(SLICED_ADD_MIN_ELEMENTS);
    const plan = planLoad(g, 900, 700, true);
    const points = g.mapNodes((_, a) => ({ x: a.x as number, y: a.y as number }));
    const now = densitySizing(points, 900, 700);
    expect(plan.sliced).toBe(true);
    expect(plan.level).toBe('plain');
    // The fit zoom (strokes are chosen by it before any element comes) is known at once; the size is a placeholder.
    expect(plan.sizing).toEqual({ size: DEFAULT_NODE_SIZE, separate: false, fitZoom: now.fitZoom });
    expect(plan.sizeLater?.()).toBe(now.size);
    expect(now.size).not.toBe(DEFAULT_NODE_SIZE);
    // Asked to add at once (a renderer switch adopting carried positions), it is sized now.
    const atOnce = planLoad(g, 900, 700, false);
    expect(atOnce).toMatchObject({ sliced: false, sizeLater: null });
    expect(atOnce.sizing).toEqual(now);
  });

  it('adds a big graph without positions in slices, sized for its expected layout', () => {
    const g = graph(500, 20, { positions: false });
    const plan = planLoad(g, 900, 700, true);
    expect(plan).toMatchObject({ positioned: false, sliced: true, sizeLater: null, elementCount: 10_500 });
    expect(plan.sizing).toEqual(unpositionedSizing(500, 10_000, 900, 700));
  });

  it('does not slice a positioned graph whose entities must be separated first (that layout reads every position)', () => {
    // 3,000 entities 0.5 units apart: too dense to show without separating them.
    const g = graph(3000, 3, { spacing: 0.5 });
    const plan = planLoad(g, 900, 700, true);
    expect(plan.sizing.separate).toBe(true);
    expect(plan).toMatchObject({ sliced: false, sizeLater: null });
  });
});
