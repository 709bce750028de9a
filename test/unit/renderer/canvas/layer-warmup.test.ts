// Checks the warm-up of Cytoscape's layered texture cache against a stand-in for its renderer: the changed elements are measured first, every element is filed into one layer the size of the graph in growing prefixes and drawn, and it stops or declines where it should.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { WARM_MAX_ELEMENTS, warmLayers } from '../../../../renderer/canvas/layer-warmup';

interface FakeLayer {
  eles: unknown[];
  bb: { x1: number; y1: number; w: number; h: number };
}

/** A stand-in for Cytoscape's canvas renderer and layered cache, recording what the warm-up asks of them. */
function fakeCy(options: { elements?: number; zoom?: number; side?: number } = {}) {
  const { elements = 5000, zoom = 0.5, side = 1000 } = options;
  const eles = Array.from({ length: elements }, (_, i) => ({
    id: () => `e${i}`,
    _private: { rscratch: {} as { imgLayerCaches?: Record<number, FakeLayer | null> } },
    // Elements spread along the diagonal: only all of them together span the graph.
    boundingBox: () => {
      const at = (i / Math.max(1, elements - 1)) * (side - 10);
      return { x1: at, y1: at, x2: at + 10, y2: at + 10, w: 10, h: 10 };
    },
  }));
  const calls: string[] = [];
  const queue: unknown[] = [];
  const layersByLevel: Record<number, FakeLayer[]> = {};
  const cache = {
    layersByLevel,
    skipping: true,
    firstGet: true,
    lastInvalidationTime: -1e9,
    layersQueue: { size: () => queue.length },
    makeLayer: (bb: FakeLayer['bb'], level: number): FakeLayer => {
      calls.push(`makeLayer ${level} ${Math.round(bb.w)}x${Math.round(bb.h)}`);
      return { eles: [], bb };
    },
    queueLayer: (_layer: FakeLayer, ele: unknown) => queue.push(ele),
    validateLayersElesOrdering: () => {},
    // Like Cytoscape's: elements not yet in a layer join the current one (its first element's), queued for drawing.
    getLayers: (given: typeof eles, _px: number, level: number) => {
      calls.push(`getLayers ${given.length} skipping=${cache.skipping}`);
      const layer = layersByLevel[level]?.[0];
      for (const ele of given) {
        const caches = ele._private.rscratch.imgLayerCaches ?? {};
        ele._private.rscratch.imgLayerCaches = caches;
        if (caches[level] || !layer) continue;
        caches[level] = layer;
        layer.eles.push(ele);
        queue.push(ele);
      }
      return null;
    },
    dequeue: () => {
      queue.shift();
      return [true];
    },
    levelIsComplete: (level: number, all: unknown[]) =>
      queue.length === 0 && layersByLevel[level]?.[0]?.eles.length === all.length,
  };
  const renderer = {
    data: { lyrTxrCache: cache },
    getPixelRatio: () => 1,
    getCachedZSortedEles: () => Object.assign([...eles], { nondrag: eles }),
    flushRenderedStyleQueue: () => calls.push('flush'),
  };
  const cy = {
    renderer: () => renderer,
    zoom: () => zoom,
    width: () => 800,
    height: () => 600,
    elements: () => ({ length: elements }),
  };
  return { cy: cy as unknown as Core, calls, queue, cache, layersByLevel };
}

const always = { sliceMs: 20, wanted: () => true };

describe('warmLayers', () => {
  it('measures the changed elements first, files every one into one layer the size of the graph, and draws them', async () => {
    const { cy, calls, queue, cache, layersByLevel } = fakeCy();
    expect(await warmLayers(cy, always)).toBe('warmed');
    expect(calls[0]).toBe('flush');
    // Zoom 0.5 is level -1: a layer at half the model's size, spanning all 1,000 units of the diagonal.
    expect(calls.filter((call) => call.startsWith('makeLayer'))).toEqual(['makeLayer -1 1000x1000']);
    const given = calls.filter((call) => call.startsWith('getLayers'));
    expect(given.at(-1)).toBe('getLayers 5000 skipping=false');
    // Growing prefixes, never all at once at first.
    expect(Number(given[0]?.split(' ')[1])).toBeLessThan(5000);
    expect(layersByLevel[-1]).toHaveLength(1);
    expect(layersByLevel[-1]?.[0]?.eles).toHaveLength(5000);
    expect(queue).toHaveLength(0);
    expect(cache.firstGet).toBe(false);
  });

  it('waits out the time after a change in which Cytoscape would skip its layers', async () => {
    const { cy, cache } = fakeCy({ elements: 50 });
    cache.lastInvalidationTime = performance.now();
    const started = performance.now();
    expect(await warmLayers(cy, always)).toBe('warmed');
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('leaves layers bigger than one and a half canvases, and graphs of many elements (measured only), to Cytoscape', async () => {
    // 3,000 units at level -1 is 1,500 × 1,500 pixels, against a canvas of 800 × 600.
    const big = fakeCy({ side: 3000 });
    expect(await warmLayers(big.cy, always)).toBe('too big');
    expect(big.calls.some((call) => call.startsWith('makeLayer'))).toBe(false);
    // Too many to warm: still measured in a task of its own, but no layer is made.
    const many = fakeCy({ elements: WARM_MAX_ELEMENTS + 1 });
    expect(await warmLayers(many.cy, always)).toBe('not here');
    expect(many.calls).toEqual(['flush']);
  });

  it('stops between slices once it is no longer wanted, and does nothing on a renderer without layers', async () => {
    const { cy, layersByLevel } = fakeCy({ elements: 30_000 });
    let slices = 0;
    const outcome = await warmLayers(cy, { sliceMs: 1, wanted: () => ++slices < 4 });
    expect(outcome).toBe('stopped');
    expect(slices).toBe(4);
    // Stopped before every element was filed.
    expect(layersByLevel[-1]?.[0]?.eles.length ?? 0).toBeLessThan(30_000);
    const headless = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(await warmLayers(headless, always)).toBe('not here');
  });
});
