// Owns the explorable view state (filters, focus, sizing, colour, layout), the selection, focus trail and undo/redo, as signals.
import { signal } from '@preact/signals';
import { UndoHistory } from '../../graph-data/explore/undo-history';
import {
  DEFAULT_VIEW_STATE,
  type Depth,
  type Direction,
  type FocusSpec,
  type Positions,
  type Selection,
  type ViewState,
} from '../../graph-data/explore/view-types';
import type { PathOverlay } from '../canvas/canvas-state';

/** The view controller lends the store access to node positions, so layouts and drags can be undone. */
export interface PositionsPort {
  read(): Positions;
  write(positions: Positions): void;
}

export interface FocusTrail {
  entries: (FocusSpec | null)[];
  index: number;
}

interface ViewSnapshot {
  state: ViewState;
  trail: FocusTrail;
  positions: Positions | null;
}

export interface HoverInfo {
  kind: 'node' | 'edge';
  key: string;
  x: number;
  y: number;
}

const EMPTY_TRAIL: FocusTrail = { entries: [null], index: 0 };

export function createViewStore() {
  const state = signal<ViewState>(DEFAULT_VIEW_STATE);
  const selection = signal<Selection | null>(null);
  const hover = signal<HoverInfo | null>(null);
  /** The path the path panel puts on the canvas (it wins over the selection's emphasis while shown). */
  const pathOverlay = signal<PathOverlay | null>(null);
  /** Entities the search box currently lists: their labels claim space before others'. */
  const searchHits = signal<readonly string[]>([]);
  const focusTrail = signal<FocusTrail>(EMPTY_TRAIL);
  const undoable = signal({ canUndo: false, canRedo: false });
  /** Settings of the focus controls; they are not view state until the user applies a focus. */
  const focusDepth = signal<Depth>(1);
  const focusDirection = signal<Direction>('both');
  /** Bumped when the canvas should centre on the selection (search, details links), not on every selection. */
  const centreRequest = signal(0);
  /** Entities the canvas should frame once the current state is written (a chosen path). */
  const frameRequest = signal<{ keys: readonly string[]; maxZoom: number; seq: number } | null>(null);
  /** The entity last double-clicked (activated) on the canvas: a connected SPARQL endpoint expands it. */
  const activation = signal<{ key: string; seq: number } | null>(null);
  /** Regions of a graph drawn as regions (regions.ts) whose entities the user asked to see as themselves. */
  const expandedRegions = signal<ReadonlySet<string>>(new Set());
  /** Regions the viewport opened by itself, zoomed in far enough (regionsInView): they follow the viewport. */
  const viewRegions = signal<ReadonlySet<string>>(new Set());
  const history = new UndoHistory<ViewSnapshot>();
  let port: PositionsPort | null = null;

  const snapshot = (withPositions: boolean): ViewSnapshot => ({
    state: state.value,
    trail: focusTrail.value,
    positions: withPositions && port ? port.read() : null,
  });
  const syncFlags = () => {
    undoable.value = { canUndo: history.canUndo, canRedo: history.canRedo };
  };
  const restore = (snap: ViewSnapshot) => {
    state.value = snap.state;
    focusTrail.value = snap.trail;
    if (snap.positions) port?.write(snap.positions);
    syncFlags();
  };

  const store = {
    state,
    selection,
    hover,
    pathOverlay,
    searchHits,
    focusTrail,
    undoable,
    focusDepth,
    focusDirection,
    centreRequest,
    frameRequest,
    activation,
    expandedRegions,
    viewRegions,
    /** The regions the viewport opens now; a no-op when they are the same. */
    setViewRegions(ids: readonly string[]) {
      const now = viewRegions.peek();
      if (ids.length === now.size && ids.every((id) => now.has(id))) return;
      viewRegions.value = new Set(ids);
    },
    /** Draws a region's entities as themselves (a click on the region). */
    expandRegion(id: string) {
      if (expandedRegions.peek().has(id)) return;
      expandedRegions.value = new Set([...expandedRegions.peek(), id]);
    },
    /** Every region counts its entities again. */
    collapseRegions() {
      if (expandedRegions.peek().size > 0) expandedRegions.value = new Set();
    },
    activate(key: string) {
      activation.value = { key, seq: (activation.peek()?.seq ?? 0) + 1 };
    },
    requestFrame(keys: readonly string[], maxZoom: number) {
      frameRequest.value = { keys, maxZoom, seq: (frameRequest.peek()?.seq ?? 0) + 1 };
    },
    attachPositions(next: PositionsPort | null) {
      port = next;
    },
    /** A view operation: records the state before it for undo, then applies the change. */
    update(change: Partial<ViewState> | ((current: ViewState) => Partial<ViewState>)) {
      const patch = typeof change === 'function' ? change(state.value) : change;
      history.record(snapshot(false));
      state.value = { ...state.value, ...patch };
      syncFlags();
    },
    /** Before a layout run or a drag: remember positions (all, or just the moved nodes') so undo puts them back. */
    recordPositions(before?: Positions) {
      history.record({ state: state.value, trail: focusTrail.value, positions: before ?? port?.read() ?? null });
      syncFlags();
    },
    /** Sets the layout name after its run was recorded by recordPositions (one undo step for both). */
    setLayoutName(layout: ViewState['layout']) {
      state.value = { ...state.value, layout };
    },
    setFocus(focus: FocusSpec | null) {
      history.record(snapshot(false));
      const trail = focusTrail.value;
      const entries = [...trail.entries.slice(0, trail.index + 1), focus];
      focusTrail.value = { entries, index: entries.length - 1 };
      state.value = { ...state.value, focus };
      syncFlags();
    },
    /** Moves along the focus trail (breadcrumb back/forward or a click on a crumb). */
    goToFocus(index: number) {
      const trail = focusTrail.value;
      if (index < 0 || index >= trail.entries.length || index === trail.index) return;
      history.record(snapshot(false));
      focusTrail.value = { ...trail, index };
      state.value = { ...state.value, focus: trail.entries[index] ?? null };
      syncFlags();
    },
    undo() {
      const previous = history.undo(snapshot(true));
      if (previous) restore(previous);
    },
    redo() {
      const next = history.redo(snapshot(true));
      if (next) restore(next);
    },
    select(next: Selection | null, centre = false) {
      selection.value = next;
      if (centre) centreRequest.value++;
    },
    /** A new document: a clean view, nothing selected, no history. */
    reset() {
      state.value = DEFAULT_VIEW_STATE;
      selection.value = null;
      hover.value = null;
      pathOverlay.value = null;
      searchHits.value = [];
      expandedRegions.value = new Set();
      viewRegions.value = new Set();
      focusTrail.value = EMPTY_TRAIL;
      history.clear();
      syncFlags();
    },
  };
  return store;
}

export type ViewStore = ReturnType<typeof createViewStore>;
