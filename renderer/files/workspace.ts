// Owns collecting the workspace (positions, viewport, filters, focus, style, selection, path query, theme) from the UI and applying it back.
import { effect } from '@preact/signals';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { WorkspaceState, WorkspaceView } from '../../graph-data/workspace/workspace-schema';
import type { Positions, Selection, ViewState } from '../../graph-data/explore/view-types';

/** Plain values read from the stores and the canvas; kept free of signals so collect/apply round-trip in unit tests. */
export interface WorkspaceSources {
  fileName: string;
  view: ViewState;
  positions: Positions;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
  selection: Selection | null;
  pathQuery: string | null;
  theme: 'light' | 'dark' | null;
}

const copyRange = (r: readonly [number, number] | null): [number, number] | null => (r ? [r[0], r[1]] : null);

export function collectWorkspace(sources: WorkspaceSources): WorkspaceState {
  const v = sources.view;
  const view: WorkspaceView = {
    hiddenEntityTypes: [...v.hiddenEntityTypes],
    hiddenRelationTypes: [...v.hiddenRelationTypes],
    yearRange: copyRange(v.yearRange),
    degreeRange: copyRange(v.degreeRange),
    hiddenNodes: [...v.hiddenNodes],
    onlyNodes: v.onlyNodes ? [...v.onlyNodes] : null,
    focus: v.focus ? { ...v.focus } : null,
    sizeBy: v.sizeBy,
    colorBy: v.colorBy,
    layout: v.layout,
  };
  const positions: WorkspaceState['positions'] = {};
  for (const [key, p] of Object.entries(sources.positions)) positions[key] = { x: p.x, y: p.y };
  return {
    fileName: sources.fileName,
    positions,
    viewport: sources.viewport ? { zoom: sources.viewport.zoom, pan: { ...sources.viewport.pan } } : null,
    view,
    selection: sources.selection ? { ...sources.selection } : null,
    pathQuery: sources.pathQuery,
    theme: sources.theme,
  };
}

/** The explore view state a workspace describes. */
export function workspaceViewState(state: WorkspaceState): ViewState {
  return { ...state.view };
}

/** What applying needs from the running UI; app wiring passes the real stores and canvas. */
export interface WorkspaceTargets {
  /** Resolves once `graph` is on the canvas with its first layout (false on timeout). */
  whenShown(graph: AtlasGraph): Promise<boolean>;
  setPositions(positions: Positions): void;
  setViewState(state: ViewState): void;
  setSelection(selection: Selection | null): void;
  setViewport(viewport: NonNullable<WorkspaceSources['viewport']>): void;
  /** Runs the saved path query without framing its result (the saved viewport is set right after). */
  setPathQuery?(query: string): Promise<void> | void;
  setTheme(theme: 'light' | 'dark'): void;
}

/** Applies in the order the canvas needs: positions, then filters (which re-fit on focus), then the saved viewport last. */
export async function applyWorkspace(
  state: WorkspaceState,
  graph: AtlasGraph,
  targets: WorkspaceTargets,
): Promise<void> {
  if (state.theme) targets.setTheme(state.theme);
  if (!(await targets.whenShown(graph))) return;
  targets.setPositions(state.positions);
  targets.setViewState(workspaceViewState(state));
  targets.setSelection(state.selection && hasElement(graph, state.selection) ? state.selection : null);
  if (state.pathQuery !== null) await targets.setPathQuery?.(state.pathQuery);
  if (state.viewport) targets.setViewport(state.viewport);
}

function hasElement(graph: AtlasGraph, selection: Selection): boolean {
  return selection.kind === 'node' ? graph.hasNode(selection.key) : graph.hasEdge(selection.key);
}

/** Waits until `ready` is true while `current` is `graph`; gives up after `timeoutMs`. */
export function waitUntilShown(
  ready: { readonly value: boolean },
  current: { readonly value: unknown },
  graph: AtlasGraph,
  timeoutMs = 60_000,
): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    let dispose: (() => void) | null = null;
    const settle = (shown: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // The effect may settle during its first run, before `dispose` is assigned.
      queueMicrotask(() => dispose?.());
      resolve(shown);
    };
    const timer = setTimeout(() => settle(false), timeoutMs);
    dispose = effect(() => {
      if (current.value === graph && ready.value) settle(true);
      else if (current.value !== graph) settle(false);
    });
  });
}
