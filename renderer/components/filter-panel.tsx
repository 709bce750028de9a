// Owns the filters that are not per type: period and degree ranges, individually hidden entities, "show only" and reset.
import { DEFAULT_VIEW_STATE } from '../../graph-data/explore/view-types';
import type { ExploreContext } from '../explore/explore-context';
import { RangePair } from './range-pair';

export function FilterPanel({ context }: { context: ExploreContext }) {
  const { model, viewStore, app } = context;
  const state = viewStore.state.value;
  const graph = app.document.value.graph;
  const years = model.yearBounds.value;
  const maxDegree = model.maxDegree.value;
  const counts = context.canvas.counts.value;
  const filtered =
    state.hiddenEntityTypes.length > 0 ||
    state.hiddenRelationTypes.length > 0 ||
    state.yearRange !== null ||
    state.degreeRange !== null ||
    state.hiddenNodes.length > 0 ||
    state.onlyNodes !== null ||
    state.focus !== null;

  const reset = () =>
    viewStore.update({
      hiddenEntityTypes: DEFAULT_VIEW_STATE.hiddenEntityTypes,
      hiddenRelationTypes: DEFAULT_VIEW_STATE.hiddenRelationTypes,
      yearRange: null,
      degreeRange: null,
      hiddenNodes: [],
      onlyNodes: null,
      focus: null,
    });

  return (
    <section class="panel filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <p class="filter-summary" aria-live="polite">
        {`Showing ${counts.visibleNodes} of ${counts.nodes} entities, ${counts.visibleEdges} of ${counts.edges} relations`}
      </p>
      {years ? (
        <RangePair
          name="Period"
          bounds={years}
          value={state.yearRange ?? years}
          onCommit={(next) =>
            viewStore.update({ yearRange: next[0] === years[0] && next[1] === years[1] ? null : next })
          }
        />
      ) : (
        <p class="muted">No entity or relation in this graph carries a year.</p>
      )}
      <p class="muted small">Entities and relations without a year always pass the period filter.</p>
      <RangePair
        name="Degree"
        bounds={[0, maxDegree]}
        value={state.degreeRange ?? [0, maxDegree]}
        onCommit={(next) => viewStore.update({ degreeRange: next[0] === 0 && next[1] === maxDegree ? null : next })}
      />
      {state.onlyNodes && <p class="filter-note">{`Showing only ${state.onlyNodes.length} chosen entities.`}</p>}
      {state.hiddenNodes.length > 0 && (
        <div class="hidden-nodes">
          <h3 id="hidden-heading">Hidden entities</h3>
          <ul aria-labelledby="hidden-heading">
            {state.hiddenNodes.map((key) => {
              const label = graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
              return (
                <li key={key}>
                  <button
                    type="button"
                    aria-label={`Show ${label} again`}
                    onClick={() => viewStore.update((s) => ({ hiddenNodes: s.hiddenNodes.filter((k) => k !== key) }))}
                  >
                    {`Show ${label}`}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <button type="button" class="reset-filters" disabled={!filtered} onClick={reset}>
        Reset filters
      </button>
    </section>
  );
}
