// Owns the view toolbar over the canvas: undo/redo, layout choice, node sizing and colouring, the overview toggle (running work is shown over the canvas, canvas-messages.tsx).

import type { ColorMode, LayoutName, SizeMetric } from '../../graph-data/explore/view-types';
import type { ExploreContext } from '../explore/explore-context';

const LAYOUTS: { id: LayoutName; label: string; title?: string }[] = [
  // One choice, two engines (force-layout.ts): the label named fcose while big graphs ran ForceAtlas2.
  {
    id: 'fcose',
    label: 'Force',
    title: 'fcose up to 400 entities and 1,000 relations; ForceAtlas2 (Barnes–Hut, streamed) on bigger graphs',
  },
  { id: 'dagre', label: 'Hierarchy (dagre)' },
  { id: 'concentric', label: 'Concentric' },
  { id: 'circle', label: 'Circle' },
  { id: 'grid', label: 'Grid' },
  { id: 'by-type', label: 'Columns by type' },
];
const SIZES: { id: SizeMetric; label: string }[] = [
  { id: 'none', label: 'Uniform' },
  { id: 'degree', label: 'Degree' },
  { id: 'betweenness', label: 'Betweenness' },
  { id: 'pagerank', label: 'PageRank' },
];
const COLOURS: { id: ColorMode; label: string }[] = [
  { id: 'type', label: 'Type' },
  { id: 'community', label: 'Community' },
];

export function ViewToolbar({ context }: { context: ExploreContext }) {
  const { viewStore, model } = context;
  const state = viewStore.state.value;
  const { canUndo, canRedo } = viewStore.undoable.value;
  // A graph drawn as regions keeps its positions (the file's, or those of the layout it got before it was shown): no
  // layout is offered for it.
  const layoutOff = context.canvas.regions.value !== null;
  const layoutOffWhy = 'Layouts are off for graphs drawn as regions: they stand at their own positions';
  return (
    <div class="view-toolbar" role="toolbar" aria-label="View toolbar">
      <button
        type="button"
        aria-label="Undo view change"
        title="Undo (Ctrl+Z)"
        disabled={!canUndo}
        onClick={() => viewStore.undo()}
      >
        ↶
      </button>
      <button
        type="button"
        aria-label="Redo view change"
        title="Redo (Ctrl+Shift+Z)"
        disabled={!canRedo}
        onClick={() => viewStore.redo()}
      >
        ↷
      </button>
      <label class="field">
        <span>Layout</span>
        <select
          aria-label="Layout"
          value={state.layout}
          disabled={layoutOff}
          title={layoutOff ? layoutOffWhy : undefined}
          onChange={(e) => context.runLayout(e.currentTarget.value as LayoutName)}
        >
          {LAYOUTS.map((l) => (
            <option key={l.id} value={l.id} title={l.title}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-label="Run layout again"
        title={layoutOff ? layoutOffWhy : 'Run the layout again'}
        disabled={layoutOff}
        onClick={() => context.runLayout(state.layout)}
      >
        ⟳
      </button>
      <label class="field">
        <span>Size</span>
        <select
          aria-label="Size nodes by"
          value={state.sizeBy}
          onChange={(e) => viewStore.update({ sizeBy: e.currentTarget.value as SizeMetric })}
        >
          {SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Colour</span>
        <select
          aria-label="Colour nodes by"
          value={state.colorBy}
          onChange={(e) => viewStore.update({ colorBy: e.currentTarget.value as ColorMode })}
        >
          {COLOURS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-label="Show overview map"
        aria-pressed={model.showOverview.value}
        onClick={() => {
          model.overviewChoice.value = !model.showOverview.value;
        }}
      >
        Overview
      </button>
    </div>
  );
}
