// Checks the path client against an in-process fake worker running the real handler: streaming, replacement, cancel and its fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { defaultPathQuery, findPaths, type GraphPath } from '../../../../graph-data/paths';
import { PathClient, type WorkerLike } from '../../../../renderer/paths/path-client';
import type { FromWorker, ToWorker } from '../../../../renderer/paths/path-protocol';
import { createPathWorkerHandler } from '../../../../renderer/paths/path-worker-handler';

const graph = loadEmbeddedGraph();

/** A worker whose messages go through the real handler on later macrotasks, as a real worker's would. */
function fakeWorker(log: { created: number; terminated: number; loads: number; stuck?: boolean }): WorkerLike {
  log.created++;
  let alive = true;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: ToWorker) {
      if (message.type === 'load') log.loads++;
      if (log.stuck && message.type === 'run') return; // a search that never reaches a slice boundary
      setTimeout(() => void handle(structuredClone(message)), 0);
    },
    terminate() {
      alive = false;
      log.terminated++;
    },
  };
  const handle = createPathWorkerHandler({
    post: (message: FromWorker) => {
      if (alive)
        setTimeout(() => worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>), 0);
    },
    yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
    sliceMs: 0,
  });
  return worker;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PathClient', () => {
  it('streams a run and ends with done; the graph is sent once for several runs', async () => {
    const log = { created: 0, terminated: 0, loads: 0 };
    const client = new PathClient(() => fakeWorker(log));
    const query = { ...defaultPathQuery('ECOWAS', 'Liberia'), mode: 'all' as const };
    const received: GraphPath[] = [];
    const outcome = await client.run(graph, query, {}, { onPaths: (paths) => received.push(...paths) }).done;
    expect(outcome).toMatchObject({ type: 'done', found: findPaths(graph, query).paths.length });
    expect(received).toHaveLength(findPaths(graph, query).paths.length);
    await client.run(graph, defaultPathQuery('ECOWAS', 'Liberia'), {}, { onPaths: () => {} }).done;
    expect(log).toMatchObject({ created: 1, loads: 1 });
    client.dispose();
  });

  it('sends the graph again when the document revision changes (an edit in place)', async () => {
    const log = { created: 0, terminated: 0, loads: 0 };
    const client = new PathClient(() => fakeWorker(log));
    const query = defaultPathQuery('ECOWAS', 'Liberia');
    await client.run(graph, query, {}, { onPaths: () => {} }, 1).done;
    await client.run(graph, query, {}, { onPaths: () => {} }, 1).done;
    expect(await client.run(graph, query, {}, { onPaths: () => {} }, 2).done).toMatchObject({ type: 'done', found: 1 });
    expect(log.loads).toBe(2);
    client.dispose();
  });

  it('a newer run replaces a running one, whose promise settles as replaced', async () => {
    const log = { created: 0, terminated: 0, loads: 0 };
    const client = new PathClient(() => fakeWorker(log));
    const big = {
      ...defaultPathQuery('NATO', 'Somalia'),
      mode: 'all' as const,
      direction: 'any' as const,
      maxHops: 12,
    };
    const first = client.run(graph, big, { maxPaths: 1_000_000 }, { onPaths: () => {} });
    const second = client.run(graph, defaultPathQuery('ECOWAS', 'Liberia'), {}, { onPaths: () => {} });
    expect(await first.done).toMatchObject({ type: 'error', message: expect.stringContaining('Replaced') });
    expect(await second.done).toMatchObject({ type: 'done', found: 1 });
    expect(log.created).toBe(2);
    client.dispose();
  });

  it('cancel is honoured by the worker between slices', async () => {
    const log = { created: 0, terminated: 0, loads: 0 };
    const client = new PathClient(() => fakeWorker(log));
    const big = {
      ...defaultPathQuery('NATO', 'Somalia'),
      mode: 'all' as const,
      direction: 'any' as const,
      maxHops: 12,
    };
    let cancelled = false;
    const run = client.run(
      graph,
      big,
      { maxPaths: 1_000_000 },
      {
        onPaths: () => {
          if (!cancelled) {
            cancelled = true;
            run.cancel();
          }
        },
      },
    );
    expect(await run.done).toMatchObject({ type: 'done', truncated: 'cancelled' });
    expect(log.terminated).toBe(0);
    client.dispose();
  });

  it('a worker that does not answer a cancel is terminated after the grace period', async () => {
    vi.useFakeTimers();
    const log = { created: 0, terminated: 0, loads: 0, stuck: true };
    const client = new PathClient(() => fakeWorker(log));
    const run = client.run(graph, defaultPathQuery('ECOWAS', 'Liberia'), {}, { onPaths: () => {} });
    run.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await run.done).toMatchObject({ type: 'stopped', found: 0 });
    expect(log.terminated).toBe(1);
    client.dispose();
  });
});
