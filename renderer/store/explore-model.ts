// Owns what is derived from the document and the view state: visibility, per-type counts, year and degree bounds, search index, metrics.
import { computed, signal } from '@preact/signals';
import { MetricCache } from '../../graph-data/explore/graph-metrics';
import { buildSearchIndex } from '../../graph-data/explore/search-index';
import { yearBounds } from '../../graph-data/explore/time-span';
import { computeVisibility, countByType, maxDegree } from '../../graph-data/explore/visibility';
import type { AppStore } from './app-store';
import type { ViewStore } from './view-store';

/** On smaller graphs the overview map would only cover part of the picture it summarises. */
export const OVERVIEW_MIN_NODES = 300;

export function createExploreModel(app: AppStore, view: ViewStore) {
  /** The open graph object: it changes with a new document only, not on an edit in place (read app.document to follow edits). */
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
  let lastDocument: unknown = null;
  const visibility = computed(() => {
    const current = filters.value;
    // The document object changes on every edit in place (a new revision), the graph object only on a new file.
    const doc = app.document.value;
    const same = doc === lastDocument && current.every((v, i) => v === lastFilters[i]);
    if (!same || !lastVisibility) {
      lastVisibility = computeVisibility(doc.graph, view.state.value);
      lastFilters = current;
      lastDocument = doc;
    }
    return lastVisibility;
  });
  const metrics = new MetricCache();
  /** The user's choice; until there is one, the overview shows on graphs big enough to get lost in. */
  const overviewChoice = signal<boolean | null>(null);
  return {
    graph,
    visibility,
    typeCounts: computed(() => countByType(app.document.value.graph, visibility.value)),
    yearBounds: computed(() => yearBounds(app.document.value.graph)),
    maxDegree: computed(() => maxDegree(app.document.value.graph)),
    searchIndex: computed(() => buildSearchIndex(app.document.value.graph)),
    metrics: {
      /** Metric values of the current revision (an edit in place recomputes them). */
      get: (g: typeof graph.value, metric: Parameters<MetricCache['get']>[1]) =>
        metrics.get(g, metric, app.document.peek().revision),
    },
    /** True once the current document's first layout has finished. */
    ready: signal(false),
    /** Name of a long-running view operation (a layout), for the busy indicator. */
    working: signal<string | null>(null),
    overviewChoice,
    showOverview: computed(() => overviewChoice.value ?? app.document.value.graph.order > OVERVIEW_MIN_NODES),
  };
}

export type ExploreModel = ReturnType<typeof createExploreModel>;
