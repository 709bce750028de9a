// Owns the canvas state as signals: computed from the stores (filters, focus, selection, path on show, hover, search, sizing, colouring), each part recomputed only when its own inputs change.
import { computed } from '@preact/signals';
import { communityColor, sizesFor } from '../../graph-data/explore/graph-metrics';
import {
  countRegions,
  planRegions,
  REGIONS_MAX_DRAWN,
  regionGrid,
  showsRegions,
} from '../../graph-data/explore/regions';
import type { Selection } from '../../graph-data/explore/view-types';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { CanvasState, PathOverlay } from '../canvas/canvas-state';
import { emphasisFor, labelTiersFor, shownFor } from '../canvas/canvas-state';
import type { ViewCounts } from '../canvas/graph-view';
import type { LabelSource } from '../canvas/label-layer';
import { importanceOrder, labelOrder } from '../canvas/label-priority';
import type { AppStore } from './app-store';
import type { ExploreModel } from './explore-model';
import type { ViewStore } from './view-store';

/** A selected entity's neighbours are drawn with it when it has at most this many relations (a hub's are not). */
const PINNED_NEIGHBOURS_MAX_DEGREE = 100;

/**
 * Entities drawn as themselves wherever their region is: the selection (with its neighbours, so that its relations
 * are drawn and emphasised; a relation's two ends) and a path on show.
 */
function pinnedKeys(graph: AtlasGraph, selection: Selection | null, overlay: PathOverlay | null): string[] {
  const keys: string[] = [];
  if (selection?.kind === 'node' && graph.hasNode(selection.key)) {
    keys.push(selection.key);
    if (graph.degree(selection.key) <= PINNED_NEIGHBOURS_MAX_DEGREE) keys.push(...graph.neighbors(selection.key));
  }
  if (selection?.kind === 'edge' && graph.hasEdge(selection.key)) {
    keys.push(graph.source(selection.key), graph.target(selection.key));
  }
  if (overlay) for (const path of [overlay.path, ...(overlay.only ?? [])]) keys.push(...path.nodes);
  return keys;
}

function* chain<T>(first: Iterable<T>, second: Iterable<T>): Generator<T> {
  yield* first;
  yield* second;
}

/** The keys of `order` that are in `set`, in order; done once all of the set's have come. */
function* onlyIn(order: Iterable<string>, set: ReadonlySet<string>): Generator<string> {
  if (set.size === 0) return;
  let left = set.size;
  for (const key of order) {
    if (!set.has(key)) continue;
    yield key;
    if (--left === 0) return;
  }
}

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
  // A graph too big to draw entity by entity is drawn as regions of its own positions (regions.ts): the grid once
  // per graph, the plan for each view.
  const grid = computed(() => {
    const g = graph();
    return showsRegions(g) ? regionGrid(g) : null;
  });
  // The view counted by region once per filter change; a click (a region opened, an entity selected) only re-plans.
  const counted = computed(() => {
    const cells = grid.value;
    const view = shown.value;
    return cells && view.nodes.size > REGIONS_MAX_DRAWN ? countRegions(graph(), cells, view) : undefined;
  });
  const regions = computed(() => {
    const cells = grid.value;
    if (!cells) return null;
    const g = graph();
    const clicked = viewStore.expandedRegions.value;
    const inView = viewStore.viewRegions.value;
    const choice = {
      expanded: inView.size === 0 ? clicked : new Set([...clicked, ...inView]),
      pinned: pinnedKeys(g, viewStore.selection.value, viewStore.pathOverlay.value),
    };
    const plan = planRegions(g, cells, shown.value, choice, REGIONS_MAX_DRAWN, counted.value);
    return { plan, grid: cells };
  });
  const state = computed<CanvasState>(() => ({
    shown: shown.value,
    selected: viewStore.selection.value,
    emphasis: emphasis.value,
    sizes: sizes.value,
    fills: fills.value,
    regions: regions.value,
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
    // Regions claim label space before entities, fullest first; each is named by its best-connected entity.
    const plan = regions.value?.plan;
    const regionMarks = new Map((plan?.regions ?? []).map((region) => [region.key, region]));
    const regionOrder = [...regionMarks.values()].sort((p, q) => q.count - p.count).map((region) => region.key);
    // Written once per plan: a region graph places its labels in every frame of a pan (see label-layer.ts), and
    // formatting 1,000 counts with toLocaleString was 25 ms of each such frame.
    const regionLabels = new Map<string, string>();
    const regionLabel = (key: string) => {
      const known = regionLabels.get(key);
      if (known !== undefined) return known;
      const region = regionMarks.get(key);
      if (!region) return undefined;
      const lead = g.hasNode(region.lead) ? g.getNodeAttribute(region.lead, 'label') : '';
      const label = region.count > 1 ? `${lead} +${(region.count - 1).toLocaleString('en')}` : lead;
      regionLabels.set(key, label);
      return label;
    };
    // A graph drawn as regions holds few of its entities and relations on the canvas: only those are offered. Walking
    // all of them for the few drawn made each placement on a 100k/200k graph 0.65–0.85 s (200,000 canvas lookups of
    // relations it does not hold), and it panned at 4.4 fps in the bench.
    const drawn = plan?.aggregated ? plan : null;
    const entityOrder = () =>
      drawn ? onlyIn(labelOrder(currentTiers, order), drawn.entities) : labelOrder(currentTiers, order);
    return {
      order: () => (regionOrder.length > 0 ? chain(regionOrder, entityOrder()) : entityOrder()),
      label: (key) => (g.hasNode(key) ? g.getNodeAttribute(key, 'label') : regionLabel(key)),
      // While something is emphasised only its relations are named; otherwise (zoomed in) every shown one.
      edgeOrder: (all) => (emphasised ? emphasised.edges : all ? (drawn?.relations ?? shownEdges) : []),
      edgeLabel: (key) => {
        if (!g.hasEdge(key)) return undefined;
        const type = g.getEdgeAttribute(key, 'type');
        return relationLabels.get(type) ?? type;
      },
      faded: (key) =>
        emphasised !== null && !emphasised.nodes.has(key) && !emphasised.context.has(key) && !regionMarks.has(key),
      isShown: (key) => visible.has(key) || regionMarks.has(key),
    };
  });

  /** Totals of the graph and what the canvas shows of it: the status bar, filter summary and legend read these. */
  const counts = computed<ViewCounts>(() => {
    const g = app.document.value.graph;
    const { nodes, edges } = shown.value;
    return { nodes: g.order, edges: g.size, visibleNodes: nodes.size, visibleEdges: edges.size };
  });

  /** What the viewport needs to open regions by itself (regionsInView): the grid and the view counted by region. */
  const regionCounts = computed(() => {
    const cells = grid.value;
    const base = counted.value;
    return cells && base ? { grid: cells, base } : null;
  });

  return { state, shown, emphasis, labelSource, counts, regions, regionCounts };
}

export type CanvasModel = ReturnType<typeof createCanvasModel>;
