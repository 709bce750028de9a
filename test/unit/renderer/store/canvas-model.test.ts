// Checks what the canvas model offers the label placement: every shown entity and relation of a graph drawn whole, and only the regions and what the canvas holds of a graph drawn as regions.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { isRegionKey, REGIONS_MIN_ENTITIES } from '../../../../graph-data/explore/regions';
import type { AtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { createAppStore } from '../../../../renderer/store/app-store';
import { createCanvasModel } from '../../../../renderer/store/canvas-model';
import { createExploreModel } from '../../../../renderer/store/explore-model';
import { createViewStore } from '../../../../renderer/store/view-store';
import { chainGraph } from '../../../support/chain-graph';

function models(graph: AtlasGraph) {
  const app = createAppStore({ graph, fileName: 'g.json' });
  const viewStore = createViewStore();
  const model = createExploreModel(app, viewStore);
  return { viewStore, canvas: createCanvasModel(app, viewStore, model) };
}

/** Entities on a 250-wide grid, each related to the next: enough to be drawn as regions. */
function gridGraph(entities: number): AtlasGraph {
  const graph = chainGraph(entities, (i) => ({ x: (i % 250) * 10, y: Math.floor(i / 250) * 10 }));
  graph.replaceAttributes(loadEmbeddedGraph().getAttributes());
  return graph;
}

describe('canvas model: label candidates', () => {
  it('offers every shown entity and, zoomed in, every shown relation of a graph drawn whole', () => {
    const graph = loadEmbeddedGraph();
    const { canvas } = models(graph);
    const source = canvas.labelSource.value;
    expect(new Set(source.order())).toEqual(new Set(graph.nodes()));
    expect(new Set(source.edgeOrder(true))).toEqual(canvas.shown.value.edges);
    expect([...source.edgeOrder(false)]).toEqual([]);
  });

  it('offers the regions, then only the entities and relations the canvas holds, of a graph drawn as regions', () => {
    const { canvas, viewStore } = models(gridGraph(REGIONS_MIN_ENTITIES + 1));
    const closed = canvas.regions.value?.plan;
    if (!closed) throw new Error('not drawn as regions');
    let order = [...canvas.labelSource.value.order()];
    expect(order.every(isRegionKey)).toBe(true);
    expect(order).toHaveLength(closed.regions.length);
    expect([...canvas.labelSource.value.edgeOrder(true)]).toEqual([]);

    // One region opened: its entities and relations follow the regions, and nothing else.
    const region = closed.regions[0];
    if (!region) throw new Error('no region');
    viewStore.expandRegion(region.id);
    const opened = canvas.regions.value?.plan;
    expect(opened?.entities.size).toBeGreaterThan(0);
    order = [...canvas.labelSource.value.order()];
    const entities = order.filter((key) => !isRegionKey(key));
    expect(new Set(entities)).toEqual(opened?.entities);
    expect(entities).toHaveLength(opened?.entities.size ?? -1);
    expect(order.slice(0, order.length - entities.length).every(isRegionKey)).toBe(true);
    expect(new Set(canvas.labelSource.value.edgeOrder(true))).toEqual(opened?.relations);
  });
});
