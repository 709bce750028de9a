// Checks laying out a graph before it is shown: only big graphs without positions are, with every entity and relation, reporting only how far the run is, beside the window's own layout.
import { afterEach, describe, expect, it } from 'vitest';
import { REGIONS_MIN_ENTITIES } from '../../../../graph-data/explore/regions';
import { DEFAULT_NODE_SIZE } from '../../../../renderer/canvas/canvas-style';
import { layOutBeforeShowing, layoutBeforeShowingRequest } from '../../../../renderer/layout/layout-before-showing';
import {
  type LayoutWorkerLike,
  runLayoutInWorker,
  setLayoutWorkerFactory,
} from '../../../../renderer/layout/layout-client';
import type { LayoutRequest } from '../../../../renderer/layout/layout-compute';
import { unpackLayoutRequest } from '../../../../renderer/layout/layout-protocol';
import { chainGraph } from '../../../support/chain-graph';

const chain = (entities: number, positioned: boolean) =>
  chainGraph(entities, positioned ? (i) => ({ x: i, y: i % 7 }) : undefined);

const canvas = { width: 900, height: 600 };

afterEach(() => setLayoutWorkerFactory(null));

describe('layout before showing', () => {
  it('asks for the default layout of every entity and relation, reporting only how far it is', () => {
    const graph = chain(5, false);
    const request = layoutBeforeShowingRequest(graph, canvas);
    expect(request).toMatchObject({ name: 'fcose', canvas, report: 'fraction' });
    expect(request.nodes).toEqual(graph.mapNodes((id) => ({ id, size: DEFAULT_NODE_SIZE })));
    expect(request.edges).toEqual([
      ['v0', 'v1'],
      ['v1', 'v2'],
      ['v2', 'v3'],
      ['v3', 'v4'],
    ]);
  });

  it('starts nothing for graphs that need no layout first, and runs beside the window layout for one that does', async () => {
    const received: LayoutRequest[] = [];
    const workers: { terminated: boolean }[] = [];
    setLayoutWorkerFactory(() => {
      const worker: LayoutWorkerLike & { terminated: boolean } = {
        terminated: false,
        onmessage: null,
        onerror: null,
        postMessage: (message) => received.push(unpackLayoutRequest(message)),
        terminate: () => {
          worker.terminated = true;
        },
      };
      workers.push(worker);
      return worker;
    });
    expect(layOutBeforeShowing(chain(100, false), canvas, () => {})).toBeNull();
    expect(layOutBeforeShowing(chain(REGIONS_MIN_ENTITIES + 1, true), canvas, () => {})).toBeNull();
    expect(received).toHaveLength(0);
    const windowLayout = runLayoutInWorker({ name: 'grid', nodes: [], edges: [], seed: 1, canvas });
    const run = layOutBeforeShowing(chain(REGIONS_MIN_ENTITIES + 1, false), canvas, () => {});
    expect(run).not.toBeNull();
    expect(received).toHaveLength(2);
    expect(received[1]?.nodes).toHaveLength(REGIONS_MIN_ENTITIES + 1);
    expect(received[1]?.report).toBe('fraction');
    // The window's layout goes on.
    expect(workers[0]?.terminated).toBe(false);
    run?.stop();
    windowLayout.stop();
    await expect(run?.done).rejects.toThrow('cancelled');
    await expect(windowLayout.done).rejects.toThrow('cancelled');
  });
});
