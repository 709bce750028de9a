// Owns the canvas state as signals: computed from the stores (filters, focus, selection, path on show, hover, search, sizing, colouring), each part recomputed only when its own inputs change.
import { computed } from '@preact/signals';
import { communityColor, sizesFor } from '../../graph-data/explore/graph-metrics';
import type { CanvasState } from '../canvas/canvas-state';
import type { ViewCounts } from '../canvas/graph-view';
import { emphasisFor, labelTiersFor, shownFor } from '../canvas/canvas-state';
import type { LabelSource } from '../canvas/label-layer';
import { importanceOrder, labelOrder } from '../canvas/label-priority';
import type { AppStore } from './app-store';
import type { ExploreModel } from './explore-model';
import type { ViewStore } from './view-store';

export function createCanvasModel(app: AppStore, viewStore: ViewStore, model: ExploreModel) {
  // The document, not model.graph: an edit in place keeps the graph object and bumps the revision, and what is
  // derived here must follow it.
  const graph = () => app.document.value.graph;
  const shown = computed(() => shownFor(model.visibility.value, viewStore.pathOverlay.value));
  const emphasis = computed(() =>
    emphasisFor(graph(), shown.value, viewStore.selection.value, viewStore.pathOverlay.value),
  );
  const sizeBy = computed(() => viewStore.state.value.sizeBy);
  const colorBy = computed(() => viewStore.state.value.colorBy);
  const sizes = computed(() => {
    const metric = sizeBy.value;
    return metric === 'none' ? null : sizesFor(model.metrics.get(graph(), metric));
  });
  const fills = computed(() => {
    if (colorBy.value === 'type') return null;
    const communities = model.metrics.get(graph(), 'community');
    return new Map([...communities].map(([key, c]) => [key, communityColor(c)]));
  });
  const state = computed<CanvasState>(() => ({
    shown: shown.value,
    emphasis: emphasis.value,
    sizes: sizes.value,
    fills: fills.value,
  }));

  /** Importance: the metric the user sizes by, else degree. Sorted once per change, not per frame. */
  const baseOrder = computed(() => {
    const g = graph();
    const metric = sizeBy.value === 'none' ? 'degree' : sizeBy.value;
    return importanceOrder(g.nodes(), model.metrics.get(g, metric));
  });
  const tiers = computed(() => {
    const hover = viewStore.hover.value;
    return labelTiersFor(
      graph(),
      shown.value,
      viewStore.selection.value,
      viewStore.pathOverlay.value,
      hover ? { kind: hover.kind, key: hover.key } : null,
      viewStore.searchHits.value,
    );
  });
  const labelSource = computed<LabelSource>(() => {
    const g = graph();
    const visible = shown.value.nodes;
    const emphasised = emphasis.value;
    const order = baseOrder.value;
    const currentTiers = tiers.value;
    const relationLabels = new Map(g.getAttribute('ontology').relationTypes.map((t) => [t.id, t.label]));
    const shownEdges = shown.value.edges;
    return {
      order: () => labelOrder(currentTiers, order),
      label: (key) => (g.hasNode(key) ? g.getNodeAttribute(key, 'label') : undefined),
      // While something is emphasised only its relations are named; otherwise (zoomed in) every shown one.
      edgeOrder: (all) => (emphasised ? emphasised.edges : all ? shownEdges : []),
      edgeLabel: (key) => {
        if (!g.hasEdge(key)) return undefined;
        const type = g.getEdgeAttribute(key, 'type');
        return relationLabels.get(type) ?? type;
      },
      faded: (key) => emphasised !== null && !emphasised.nodes.has(key) && !emphasised.context.has(key),
      isShown: (key) => visible.has(key),
    };
  });

  /** Totals of the graph and what the canvas shows of it: the status bar, filter summary and legend read these. */
  const counts = computed<ViewCounts>(() => {
    const g = app.document.value.graph;
    const { nodes, edges } = shown.value;
    return { nodes: g.order, edges: g.size, visibleNodes: nodes.size, visibleEdges: edges.size };
  });

  return { state, shown, emphasis, labelSource, counts };
}

export type CanvasModel = ReturnType<typeof createCanvasModel>;
