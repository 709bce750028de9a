// Checks the path worker's message handling by calling the handler directly: batches equal findPaths, errors, no-path explanations, cancel.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { defaultPathQuery, findPaths, type GraphPath, type PathQuery } from '../../../../graph-data/paths';
import type { FromWorker, RunDone } from '../../../../renderer/paths/path-protocol';
import { finalOrder } from '../../../../renderer/paths/path-results-model';
import { createPathWorkerHandler } from '../../../../renderer/paths/path-worker-handler';

const graph = loadEmbeddedGraph();

function setup(options: { sliceMs?: number; onYield?: () => void } = {}) {
  const posted: FromWorker[] = [];
  const handle = createPathWorkerHandler({
    post: (message) => posted.push(structuredClone(message)),
    yieldToEvents: async () => options.onYield?.(),
    sliceMs: options.sliceMs ?? 40,
  });
  return { posted, handle };
}

async function runQuery(query: PathQuery, sliceMs?: number) {
  const { posted, handle } = setup({ sliceMs });
  await handle({ type: 'load', revision: 1, graph: graph.export() });
  await handle({ type: 'run', id: 7, revision: 1, query, limits: {} });
  const paths: GraphPath[] = posted.flatMap((m) => (m.type === 'paths' ? m.paths : []));
  return { posted, paths, last: posted[posted.length - 1] };
}

describe('path worker handler', () => {
  it.each([
    ['ECOWAS to Liberia, all', { ...defaultPathQuery('ECOWAS', 'Liberia'), mode: 'all' as const }],
    ['R2P to Kosovo, shortest', defaultPathQuery('Responsibility to Protect', 'Kosovo')],
    [
      'NATO to Somalia, 4 shortest either way',
      { ...defaultPathQuery('NATO', 'Somalia'), mode: 'k-shortest' as const, k: 4, direction: 'any' as const },
    ],
  ])('%s: the streamed paths, in final order, equal findPaths', async (_name, query) => {
    const expected = findPaths(graph, query);
    const { paths, last } = await runQuery(query);
    expect(finalOrder(query, paths)).toEqual(expected.paths);
    expect(last).toMatchObject({ type: 'done', id: 7, found: expected.paths.length, truncated: null });
    expect((last as RunDone).from).toEqual(expected.from);
    expect((last as RunDone).to).toEqual(expected.to);
  });

  it('sends several batches when the slice is short, with a growing count', async () => {
    const query = { ...defaultPathQuery('ECOWAS', 'Kosovo'), mode: 'all' as const, direction: 'any' as const };
    const { posted, paths } = await runQuery(query, 0);
    const batches = posted.filter((m) => m.type === 'paths');
    expect(batches.length).toBeGreaterThan(1);
    const counts = batches.map((m) => (m.type === 'paths' ? m.found : 0));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[counts.length - 1]).toBe(paths.length);
  });

  it('explains an empty result like the engine does', async () => {
    const query = defaultPathQuery('Liberia', 'ECOWAS');
    const { last } = await runQuery(query);
    expect(last).toMatchObject({ type: 'done', found: 0, truncated: null });
    expect((last as RunDone).explanation).toEqual(findPaths(graph, query).explanation);
  });

  it('reports an unknown entity with candidates, and a contradictory query, as errors', async () => {
    const unknown = await runQuery(defaultPathQuery('Libera', 'ECOWAS'));
    expect(unknown.last).toMatchObject({ type: 'error', id: 7 });
    expect(unknown.last?.type === 'error' && unknown.last.candidates?.map((c) => c.label)).toContain('Liberia');
    expect(unknown.last).toMatchObject({ entityName: 'Libera' });
    const bad = await runQuery({ ...defaultPathQuery('ECOWAS', 'Liberia'), excludeEntities: ['Liberia'] });
    expect(bad.last).toMatchObject({ type: 'error', message: expect.stringContaining('cannot exclude') });
  });

  it('refuses a run for a revision it has not loaded', async () => {
    const { posted, handle } = setup();
    await handle({ type: 'load', revision: 1, graph: graph.export() });
    await handle({ type: 'run', id: 1, revision: 2, query: defaultPathQuery('ECOWAS', 'Liberia'), limits: {} });
    expect(posted).toEqual([{ type: 'error', id: 1, message: expect.stringContaining('not loaded') }]);
  });

  it('stops at a cancel read between slices and reports the run as cancelled', async () => {
    let handleRef: ((m: { type: 'cancel'; id: number }) => Promise<void>) | null = null;
    let yields = 0;
    const { posted, handle } = setup({
      sliceMs: 0,
      onYield: () => {
        yields++;
        // The cancel message arrives while the worker is between slices.
        if (yields === 2) void handleRef?.({ type: 'cancel', id: 3 });
      },
    });
    handleRef = handle;
    await handle({ type: 'load', revision: 1, graph: graph.export() });
    const query = {
      ...defaultPathQuery('NATO', 'Somalia'),
      mode: 'all' as const,
      direction: 'any' as const,
      maxHops: 12,
    };
    await handle({ type: 'run', id: 3, revision: 1, query, limits: { maxPaths: 1_000_000 } });
    const done = posted[posted.length - 1];
    expect(done).toMatchObject({ type: 'done', id: 3, truncated: 'cancelled' });
    expect(done?.type === 'done' && done.found).toBeGreaterThan(0);
    expect(done?.type === 'done' && done.explanation).toBeFalsy();
  });

  it('reports the path cap as truncation', async () => {
    const { posted, handle } = setup();
    await handle({ type: 'load', revision: 1, graph: graph.export() });
    const query = { ...defaultPathQuery('ECOWAS', 'Kosovo'), mode: 'all' as const, direction: 'any' as const };
    await handle({ type: 'run', id: 4, revision: 1, query, limits: { maxPaths: 10 } });
    expect(posted[posted.length - 1]).toMatchObject({ type: 'done', found: 10, truncated: 'max-paths' });
  });
});
