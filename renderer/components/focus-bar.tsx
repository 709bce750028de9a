// Owns the focus controls: ego view of the selection at depth 1–3 and direction, hide / show only / show all, and the focus breadcrumb with back and forward.
import type { Depth, Direction, FocusSpec } from '../../graph-data/explore/view-types';
import type { ExploreContext } from '../explore/explore-context';

const DIRECTION_LABEL: Record<Direction, string> = { both: 'both ways', out: 'outgoing', in: 'incoming' };

export function FocusBar({ context }: { context: ExploreContext }) {
  const { viewStore, app } = context;
  const graph = app.document.value.graph;
  const selection = viewStore.selection.value;
  const nodeKey = selection?.kind === 'node' ? selection.key : null;
  const trail = viewStore.focusTrail.value;
  const state = viewStore.state.value;
  const crumbLabel = (spec: FocusSpec | null) =>
    spec
      ? `${graph.hasNode(spec.key) ? graph.getNodeAttribute(spec.key, 'label') : spec.key} (${spec.depth}, ${DIRECTION_LABEL[spec.direction]})`
      : 'Whole graph';
  const filtered = state.focus !== null || state.onlyNodes !== null || state.hiddenNodes.length > 0;

  return (
    <div class="focus-bar">
      <div class="focus-controls" role="toolbar" aria-label="Focus toolbar">
        <label class="field">
          <span>Depth</span>
          <select
            aria-label="Focus depth"
            value={String(viewStore.focusDepth.value)}
            onChange={(e) => {
              viewStore.focusDepth.value = Number(e.currentTarget.value) as Depth;
            }}
          >
            <option value="1">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
        </label>
        <label class="field">
          <span>Direction</span>
          <select
            aria-label="Focus direction"
            value={viewStore.focusDirection.value}
            onChange={(e) => {
              viewStore.focusDirection.value = e.currentTarget.value as Direction;
            }}
          >
            <option value="both">Both</option>
            <option value="out">Outgoing</option>
            <option value="in">Incoming</option>
          </select>
        </label>
        <button
          type="button"
          aria-label="Focus on selected"
          title="Show the selected entity's neighbourhood at this depth and direction"
          disabled={!nodeKey}
          onClick={() =>
            nodeKey &&
            viewStore.setFocus({
              key: nodeKey,
              depth: viewStore.focusDepth.value,
              direction: viewStore.focusDirection.value,
            })
          }
        >
          Focus
        </button>
        <button
          type="button"
          aria-label="Hide selected"
          title="Hide the selected entity"
          disabled={!nodeKey}
          onClick={() => {
            if (!nodeKey) return;
            viewStore.update((s) => ({ hiddenNodes: [...s.hiddenNodes, nodeKey] }));
            viewStore.select(null);
          }}
        >
          Hide
        </button>
        <button
          type="button"
          aria-label="Only selected + neighbours"
          title="Show only the selected entity and its neighbours"
          disabled={!nodeKey}
          onClick={() => {
            if (!nodeKey) return;
            // The selection plus its neighbours: showing a lone node would say nothing.
            viewStore.update({ onlyNodes: [nodeKey, ...graph.neighbors(nodeKey)] });
          }}
        >
          Only + neighbours
        </button>
        <button
          type="button"
          disabled={!filtered}
          onClick={() => viewStore.update({ focus: null, onlyNodes: null, hiddenNodes: [] })}
        >
          Show all
        </button>
      </div>
      <nav class="breadcrumb" aria-label="Focus history">
        <button
          type="button"
          aria-label="Back to previous focus"
          disabled={trail.index === 0}
          onClick={() => viewStore.goToFocus(trail.index - 1)}
        >
          ‹
        </button>
        <button
          type="button"
          aria-label="Forward to next focus"
          disabled={trail.index >= trail.entries.length - 1}
          onClick={() => viewStore.goToFocus(trail.index + 1)}
        >
          ›
        </button>
        <ol>
          {trail.entries.map((spec, i) => (
            <li key={i}>
              <button
                type="button"
                class="link"
                aria-current={i === trail.index ? 'step' : undefined}
                onClick={() => viewStore.goToFocus(i)}
              >
                {crumbLabel(spec)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
