// Owns what is derived from the document and the view state: visibility, per-type counts, year and degree bounds, search index, metrics.
import { computed, signal } from '@preact/signals';
import { MetricCache } from '../../graph-data/explore/graph-metrics';
import { buildSearchIndex } from '../../graph-data/explore/search-index';
import { yearBounds } from '../../graph-data/explore/time-span';
import { computeVisibility, countByType, maxDegree } from '../../graph-data/explore/visibility';
import type { ViewCounts } from '../view/graph-view';
import type { AppStore } from './app-store';
import type { ViewStore } from './view-store';

export const EMPTY_COUNTS: ViewCounts = { nodes: 0, edges: 0, visibleNodes: 0, visibleEdges: 0 };

export function createExploreModel(app: AppStore, view: ViewStore) {
  const graph = computed(() => app.document.value.graph);
  // Only the filter fields feed visibility, so changing the sizing or layout does not recompute it.
  const filters = computed(() => {
    const s = view.state.value;
    return [
      s.hiddenEntityTypes,
      s.hiddenRelationTypes,
      s.yearRange,
      s.degreeRange,
      s.hiddenNodes,
      s.onlyNodes,
      s.focus,
    ];
  });
  let lastFilters: unknown[] = [];
  let lastVisibility: ReturnType<typeof computeVisibility> | null = null;
  let lastGraph: unknown = null;
  const visibility = computed(() => {
    const current = filters.value;
    const g = graph.value;
    const same = g === lastGraph && current.every((v, i) => v === lastFilters[i]);
    if (!same || !lastVisibility) {
      lastVisibility = computeVisibility(g, view.state.value);
      lastFilters = current;
      lastGraph = g;
    }
    return lastVisibility;
  });
  return {
    graph,
    visibility,
    typeCounts: computed(() => countByType(graph.value, visibility.value)),
    yearBounds: computed(() => yearBounds(graph.value)),
    maxDegree: computed(() => maxDegree(graph.value)),
    searchIndex: computed(() => buildSearchIndex(graph.value)),
    metrics: new MetricCache(),
    /** What the canvas really shows, read back from Cytoscape after each change (the status bar and tests use it). */
    counts: signal<ViewCounts>(EMPTY_COUNTS),
    /** True once the current document's first layout has finished. */
    ready: signal(false),
    /** Name of a long-running view operation (a layout), for the busy indicator. */
    working: signal<string | null>(null),
    showOverview: signal(true),
  };
}

export type ExploreModel = ReturnType<typeof createExploreModel>;
