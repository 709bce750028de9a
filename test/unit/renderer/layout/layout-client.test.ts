// Checks the layout worker client: a run takes the worker started ahead of need, the next spare starts when a run ends, a newer run cancels the older one (not one run alongside), and no worker serves two runs.
import { afterEach, describe, expect, it } from 'vitest';
import type { Positions } from '../../../../graph-data/explore/view-types';
import { CancelledError } from '../../../../graph-data/model/errors';
import type { Bounds } from '../../../../renderer/canvas/fit-viewport';
import { packPositions, unpackPositions } from '../../../../renderer/canvas/packed-positions';
import {
  type LayoutWorkerLike,
  prewarmLayoutWorker,
  runLayoutInWorker,
  setLayoutWorkerFactory,
} from '../../../../renderer/layout/layout-client';
import type { LayoutRequest } from '../../../../renderer/layout/layout-compute';
import {
  type LayoutWorkerMessage,
  type PackedLayoutRequest,
  unpackLayoutRequest,
} from '../../../../renderer/layout/layout-protocol';

class FakeWorker implements LayoutWorkerLike {
  readonly received: LayoutRequest[] = [];
  readonly posted: { message: PackedLayoutRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<LayoutWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: PackedLayoutRequest, transfer: Transferable[] = []): void {
    this.received.push(unpackLayoutRequest(message));
    this.posted.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  send(message: LayoutWorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<LayoutWorkerMessage>);
  }
}

function fakes(): FakeWorker[] {
  const made: FakeWorker[] = [];
  setLayoutWorkerFactory(() => {
    const worker = new FakeWorker();
    made.push(worker);
    return worker;
  });
  return made;
}

const request: LayoutRequest = {
  name: 'grid',
  nodes: [{ id: 'a', size: 30 }],
  edges: [],
  seed: 1,
  canvas: { width: 800, height: 600 },
};
const done: Positions = { a: { x: 1, y: 2 } };

afterEach(() => setLayoutWorkerFactory(null));

describe('layout worker client', () => {
  it('runs on the worker started ahead of need and starts the next spare when the run ends', async () => {
    const made = fakes();
    prewarmLayoutWorker();
    prewarmLayoutWorker();
    expect(made).toHaveLength(1);
    const run = runLayoutInWorker(request);
    expect(made).toHaveLength(1);
    expect(made[0]?.received).toEqual([request]);
    made[0]?.send({ type: 'done', positions: done });
    await expect(run.done).resolves.toEqual(done);
    expect(made[0]?.terminated).toBe(true);
    expect(made).toHaveLength(2);
    expect(made[1]?.received).toEqual([]);
    // The spare serves the next run; the finished worker is never reused.
    const next = runLayoutInWorker(request);
    expect(made[1]?.received).toEqual([request]);
    made[1]?.send({ type: 'done', positions: done });
    await next.done;
    expect(made).toHaveLength(3);
  });

  it('starts a worker on demand when there is no spare', async () => {
    const made = fakes();
    const run = runLayoutInWorker(request);
    expect(made).toHaveLength(1);
    made[0]?.send({ type: 'done', positions: done });
    await run.done;
  });

  it('streams progress and the extent, and a newer run cancels the older one whose reports stop arriving', async () => {
    const made = fakes();
    const streamed: Positions[] = [];
    const extents: Bounds[] = [];
    const first = runLayoutInWorker(request, {
      onProgress: (p) => streamed.push(unpackPositions(p)),
      onExtent: (bounds) => extents.push(bounds),
    });
    // Packed in the order of the request's entities, read back by key.
    const keys = request.nodes.map((node) => node.id);
    made[0]?.send({ type: 'progress', xy: packPositions(keys, done), iterations: 3 });
    made[0]?.send({ type: 'extent', bounds: { x1: 0, y1: 1, x2: 2, y2: 3 } });
    expect(streamed).toEqual([done]);
    expect(extents).toEqual([{ x1: 0, y1: 1, x2: 2, y2: 3 }]);
    const second = runLayoutInWorker(request);
    await expect(first.done).rejects.toBeInstanceOf(CancelledError);
    expect(made[0]?.terminated).toBe(true);
    // Reports still in flight from the cancelled run reach nobody.
    made[0]?.send({ type: 'progress', xy: packPositions(keys, done), iterations: 4 });
    made[0]?.send({ type: 'extent', bounds: { x1: 5, y1: 5, x2: 6, y2: 6 } });
    expect(streamed).toEqual([done]);
    expect(extents).toEqual([{ x1: 0, y1: 1, x2: 2, y2: 3 }]);
    const serving = made.find((w) => w.received.length > 0 && w !== made[0]);
    expect(serving).toBeDefined();
    serving?.send({ type: 'done', positions: done });
    await expect(second.done).resolves.toEqual(done);
  });

  it('reports a worker error as a failed layout, and Stop as a cancellation', async () => {
    const made = fakes();
    const failing = runLayoutInWorker(request);
    made[0]?.send({ type: 'error', message: 'boom' });
    await expect(failing.done).rejects.toThrow('Layout failed: boom');
    const stopped = runLayoutInWorker(request);
    stopped.stop();
    await expect(stopped.done).rejects.toBeInstanceOf(CancelledError);
  });

  it('runs a layout alongside the window layout without cancelling it or being cancelled by a newer one, and reports how far it is', async () => {
    const made = fakes();
    const windows = runLayoutInWorker(request);
    const fractions: number[] = [];
    const alongside = runLayoutInWorker(request, { onFraction: (f) => fractions.push(f) }, { alongside: true });
    const [windowWorker, alongsideWorker] = made;
    expect(windowWorker?.terminated).toBe(false);
    alongsideWorker?.send({ type: 'fraction', fraction: 0.25 });
    alongsideWorker?.send({ type: 'fraction', fraction: 0.5 });
    expect(fractions).toEqual([0.25, 0.5]);
    // A newer layout of the window replaces the window's own run only.
    const newer = runLayoutInWorker(request);
    await expect(windows.done).rejects.toBeInstanceOf(CancelledError);
    expect(alongsideWorker?.terminated).toBe(false);
    alongsideWorker?.send({ type: 'done', positions: done });
    await expect(alongside.done).resolves.toEqual(done);
    made.find((w) => w.received.length > 0 && !w.terminated)?.send({ type: 'done', positions: done });
    await expect(newer.done).resolves.toEqual(done);
  });

  it('posts a request packed by its caller as it is, its typed arrays transferred, and reads reports in its order', () => {
    const made = fakes();
    const packed: PackedLayoutRequest = {
      name: 'grid',
      ids: ['b', 'a'],
      sizes: Float64Array.from([20, 30]),
      ends: Int32Array.from([0, 1]),
      seed: 1,
      canvas: { width: 800, height: 600 },
    };
    const reports: Positions[] = [];
    runLayoutInWorker(packed, { onProgress: (p) => reports.push(unpackPositions(p)) });
    const [worker] = made;
    expect(worker?.posted[0]?.message).toBe(packed);
    expect(worker?.posted[0]?.transfer).toEqual([packed.sizes.buffer, packed.ends.buffer]);
    expect(worker?.received[0]?.edges).toEqual([['b', 'a']]);
    worker?.send({ type: 'progress', xy: Float64Array.from([1, 2, 3, 4]), iterations: 1 });
    expect(reports).toEqual([{ b: { x: 1, y: 2 }, a: { x: 3, y: 4 } }]);
    worker?.send({ type: 'done', positions: done });
  });
});
