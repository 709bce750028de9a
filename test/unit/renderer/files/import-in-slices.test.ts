// Checks importing a parsed graph in slices: the same graph as one import, several slices on a big graph, graphology's own error on bad data, and a stop once no longer wanted.
import { describe, expect, it } from 'vitest';
import { makeSyntheticGraph } from '../../../../bench/synthetic-graph';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { importInSlices } from '../../../../renderer/files/import-in-slices';
import { sliceHarness as harness } from '../../../support/slice-harness';

describe('importInSlices', () => {
  it('builds the same graph as one import, attributes included', async () => {
    const source = loadEmbeddedGraph();
    const data = source.export();
    const whole = createAtlasGraph();
    whole.import(data);
    const sliced = createAtlasGraph();
    const h = harness();
    const done = importInSlices(sliced, data, { sliceMs: 5, wanted: () => true, schedule: h.schedule, now: h.now });
    expect(h.runAll()).toBeGreaterThan(0);
    await expect(done).resolves.toBe(true);
    expect(sliced.export()).toEqual(whole.export());
    expect(sliced.getAttribute('ontology')).toEqual(source.getAttribute('ontology'));
  });

  it('takes several slices for a big graph, none longer than its budget in clock readings', async () => {
    const source = makeSyntheticGraph({ nodes: 3000, edges: 6000, seed: 3 });
    const graph = createAtlasGraph();
    let time = 0;
    let longest = 0;
    let sliceStart = 0;
    const queued: (() => void)[] = [];
    // Each chunk of items advances the clock by 1 ms: a slice of 10 ms holds about ten chunks.
    const original = graph.import.bind(graph);
    graph.import = ((data: Parameters<typeof original>[0]) => {
      time++;
      longest = Math.max(longest, time - sliceStart);
      return original(data);
    }) as typeof graph.import;
    const done = importInSlices(graph, source.export(), {
      sliceMs: 10,
      wanted: () => true,
      schedule: (slice) => queued.push(slice),
      now: () => time,
    });
    let slices = 1;
    for (let slice = queued.shift(); slice; slice = queued.shift()) {
      slices++;
      sliceStart = time;
      slice();
    }
    await expect(done).resolves.toBe(true);
    expect(graph.order).toBe(3000);
    expect(graph.size).toBe(6000);
    expect(slices).toBeGreaterThan(5);
    expect(longest).toBeLessThanOrEqual(11);
  });

  it("rejects with graphology's error when a relation names a missing entity", async () => {
    const data = createAtlasGraph().export();
    const bad = {
      ...data,
      nodes: [{ key: 'a', attributes: {} }],
      edges: [{ key: 'r', source: 'a', target: 'missing', attributes: {} }],
    } as typeof data;
    const h = harness();
    const done = importInSlices(createAtlasGraph(), bad, {
      sliceMs: 5,
      wanted: () => true,
      schedule: h.schedule,
      now: h.now,
    });
    h.runAll();
    await expect(done).rejects.toThrow(/missing/);
  });

  it('stops before its next slice once no longer wanted', async () => {
    const source = makeSyntheticGraph({ nodes: 2000, edges: 4000, seed: 5 });
    const graph = createAtlasGraph();
    let wanted = true;
    const h = harness();
    const done = importInSlices(graph, source.export(), {
      sliceMs: 3,
      wanted: () => wanted,
      schedule: h.schedule,
      now: h.now,
    });
    const afterFirst = graph.order;
    wanted = false;
    h.runAll();
    await expect(done).resolves.toBe(false);
    expect(afterFirst).toBeGreaterThan(0);
    expect(graph.order).toBe(afterFirst);
  });
});
