// Owns keeping the canvas derived from the stores: a new document is loaded, an edited one synced, and the canvas state written through the view's one writer; canvas events go back into the stores.
import { effect, type Signal } from '@preact/signals';
import type { EventObject, NodeSingular } from 'cytoscape';
import { regionsInView } from '../../graph-data/explore/regions';
import type { LayoutName, Positions } from '../../graph-data/explore/view-types';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { errorMessage, isCancellation } from '../../graph-data/model/errors';
import { type LayoutJob, type RunningLayout, runLayout } from '../layout/run-layout';
import type { AppStore } from '../store/app-store';
import type { CanvasModel } from '../store/canvas-model';
import type { ExploreModel } from '../store/explore-model';
import type { ViewStore } from '../store/view-store';
import { hasStoredPositions } from './canvas-elements';
import { DEFAULT_NODE_SIZE } from './canvas-style';
import { graphKeyOf, isRegionElement, nodeElementId } from './element-ids';
import type { GraphView } from './graph-view';

declare global {
  interface Window {
    /** Test probe for pointer-driven end-to-end tests (hover, drag) and the styles derived from the store. */
    __atlasExplore?: {
      nodeOnPage(id: string): { x: number; y: number } | null;
      nodeStyle(id: string): { size: number; fill: string } | null;
      selection(): string | null;
    };
  }
}

export interface CanvasDeps {
  app: AppStore;
  viewStore: ViewStore;
  model: ExploreModel;
  canvas: CanvasModel;
  /** The window's layout running now (at most one), so Stop and a newer run can end it. */
  runningLayout: Signal<RunningLayout | null>;
}

/** How long the viewport rests before the regions in view are opened or closed. */
const REGIONS_SETTLE_MS = 200;

const WORKING: Record<LayoutJob, string> = {
  fcose: 'Running force layout…',
  dagre: 'Running hierarchy layout…',
  concentric: 'Running concentric layout…',
  circle: 'Running circle layout…',
  grid: 'Running grid layout…',
  'by-type': 'Running columns-by-type layout…',
  separate: 'Separating overlapping entities…',
};

function startLayout(
  view: GraphView,
  deps: CanvasDeps,
  name: LayoutJob,
  animate: boolean,
  nodeSize?: number,
): RunningLayout {
  const { model, viewStore, canvas, app, runningLayout } = deps;
  const graph = model.graph.peek();
  runningLayout.peek()?.stop();
  const sizeBy = viewStore.state.peek().sizeBy;
  const running = runLayout(view, graph, canvas.shown.peek(), name, {
    animate,
    concentricValues:
      name === 'concentric' ? model.metrics.get(graph, sizeBy === 'none' ? 'degree' : sizeBy) : undefined,
    typeOrder: graph.getAttribute('ontology').entityTypes.map((t) => t.id),
    ...(nodeSize !== undefined ? { nodeSize } : {}),
  });
  runningLayout.value = running;
  model.working.value = WORKING[name];
  const settle = () => {
    if (runningLayout.peek() !== running) return;
    runningLayout.value = null;
    model.working.value = null;
  };
  running.applied.then(settle, (error: unknown) => {
    settle();
    if (!isCancellation(error)) app.showNotice({ kind: 'error', text: errorMessage(error) });
  });
  return running;
}

export function connectCanvas(view: GraphView, deps: CanvasDeps): () => void {
  const { app, viewStore, model, canvas, runningLayout } = deps;
  const { cy } = view;
  const disposers: (() => void)[] = [];
  viewStore.attachPositions({
    read: () => view.positions(),
    // Undo and redo of a layout, and a restored workspace, move entities wholesale: strokes follow the new fit.
    write: (p) => void view.setPositions(p).then(() => view.fitStrokesToPositions()),
  });
  const nodeOf = (key: string) => cy.getElementById(nodeElementId(key));
  window.__atlasExplore = {
    nodeOnPage: (key) => {
      const node = nodeOf(key);
      if (node.empty()) return null;
      const box = cy.container()?.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
    nodeStyle: (key) => {
      const node = nodeOf(key);
      return node.empty() ? null : { size: Number(node.data('size')), fill: String(node.data('fill')) };
    },
    selection: () => viewStore.selection.peek()?.key ?? null,
  };

  // The one writer, in one effect so a new document is always loaded before any state of it is written:
  // a new document gets a clean view state, its elements, then the default layout where the file had no positions;
  // an edit in place is synced; every change of the canvas state is written as a diff.
  let loaded: { graph: AtlasGraph; revision: number } | null = null;
  let lastFrame = viewStore.frameRequest.peek();
  disposers.push(
    effect(() => {
      const doc = app.document.value;
      if (loaded && doc.graph === loaded.graph) {
        let grown: LayoutJob | null = null;
        if (doc.revision !== loaded.revision) {
          loaded = { graph: doc.graph, revision: doc.revision };
          const before = view.counts().nodes;
          const added = view.syncElements(doc.graph);
          // A graph that grew from nothing (or mostly new) gets the default layout; otherwise the new entities
          // stand around their neighbours and only overlapping bodies are pushed apart, framed unless the user
          // has moved the camera.
          if (added.length > 0) grown = before === 0 || added.length > before ? 'fcose' : 'separate';
        }
        view.apply(canvas.state.value);
        if (grown) startLayout(view, deps, grown, true);
        // Framing comes after the write: entities the state just showed are part of what is framed.
        const frame = viewStore.frameRequest.value;
        if (frame && frame !== lastFrame && model.ready.peek()) {
          view.fit(frame.keys, { animate: true, maxZoom: frame.maxZoom });
        }
        lastFrame = frame;
        return;
      }
      if (!loaded && view.carry?.graph === doc.graph) {
        // A new canvas for the same document (the renderer was switched): same view state, positions and viewport.
        loaded = { graph: doc.graph, revision: doc.revision };
        view.adopt(view.carry);
        view.apply(canvas.state.value);
        return;
      }
      loaded = { graph: doc.graph, revision: doc.revision };
      model.ready.value = false;
      runningLayout.peek()?.stop();
      viewStore.reset();
      const graph = doc.graph;
      // A graph without positions gets its default layout started before its elements are added: the worker computes
      // on the other core while this thread builds the canvas (500 entities / 18,000 relations: 1.1 s of adding that
      // the layout used to wait for). Nothing is drawn until its first positions arrive (the view's draw hold).
      // The layout fits the canvas's size: measured now, as load() would, not as last observed.
      view.cy.resize();
      const early =
        graph.order > 0 && !hasStoredPositions(graph)
          ? startLayout(view, deps, 'fcose', false, DEFAULT_NODE_SIZE)
          : null;
      const { positioned, separate } = view.load(graph);
      view.apply(canvas.state.value);
      if (positioned && !separate) {
        model.ready.value = true;
        return;
      }
      // Stopped or superseded, the positions streamed so far stand and the graph is usable: ready either way.
      const markReady = () => {
        if (loaded?.graph !== graph) return;
        // A layout stopped or failed before its first positions: the graph is drawn where it stands.
        view.releaseDrawing();
        model.ready.value = true;
      };
      // A file's own positions too dense to show are separated (kept otherwise); no positions get the default layout.
      (early ?? startLayout(view, deps, positioned ? 'separate' : 'fcose', false)).applied.then(markReady, markReady);
    }),
  );
  disposers.push(
    effect(() => {
      view.setLabelSource(canvas.labelSource.value);
    }),
  );

  // A new focus frames the ego view; other filter changes keep the user's viewport.
  let lastFocus: unknown = viewStore.state.peek().focus;
  disposers.push(
    effect(() => {
      const focus = viewStore.state.value.focus;
      void canvas.state.value;
      if (focus === lastFocus || !model.ready.peek()) return;
      lastFocus = focus;
      // At once, in the write's task: a fit deferred to a later task undid a restored workspace's viewport.
      view.fit(undefined, { animate: true });
    }),
  );

  let lastCentre = viewStore.centreRequest.peek();
  disposers.push(
    effect(() => {
      const request = viewStore.centreRequest.value;
      if (request === lastCentre) return;
      lastCentre = request;
      const selection = viewStore.selection.peek();
      if (selection) view.centreOn(selection.key);
    }),
  );

  // A graph drawn as regions opens the regions in view by itself once zoomed in far enough (regionsInView), and
  // closes them again when zoomed out: decided once the viewport rests, not on each frame of a pan.
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  const openRegionsInView = () => {
    const counted = canvas.regionCounts.peek();
    if (!counted) {
      viewStore.setViewRegions([]);
      return;
    }
    viewStore.setViewRegions(regionsInView(counted.grid, counted.base, cy.extent()));
  };
  const openRegionsAtRest = () => {
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(openRegionsInView, REGIONS_SETTLE_MS);
  };
  const onViewport = () => {
    if (canvas.regionCounts.peek() || viewStore.viewRegions.peek().size > 0) openRegionsAtRest();
  };
  cy.on('viewport', onViewport);
  // A filter changes what the regions in view count: decided again, after the same rest (a new graph is framed first).
  disposers.push(
    effect(() => {
      void canvas.regionCounts.value;
      openRegionsAtRest();
    }),
  );
  disposers.push(() => {
    clearTimeout(viewportTimer);
    cy.off('viewport', onViewport);
  });

  // Canvas events → store. Cytoscape's own selection is driven by the store, never the other way round.
  const onTap = (event: EventObject) => {
    if (event.target === cy) viewStore.select(null);
    else if (isRegionElement(event.target)) {
      // A click on a region draws its entities; a link between regions stands for many relations, none to select.
      const region = event.target.data('region');
      if (typeof region === 'string') viewStore.expandRegion(region);
    } else viewStore.select({ kind: event.target.isNode() ? 'node' : 'edge', key: graphKeyOf(event.target) });
  };
  const onOver = (event: EventObject) => {
    // A link between regions has no tooltip; a region has its own (hover-tooltip.tsx).
    if (isRegionElement(event.target) && !event.target.isNode()) return;
    const p = event.renderedPosition ?? event.target.renderedPosition?.() ?? { x: 0, y: 0 };
    viewStore.hover.value = {
      kind: event.target.isNode() ? 'node' : 'edge',
      key: graphKeyOf(event.target),
      x: p.x,
      y: p.y,
    };
  };
  const onOut = () => {
    viewStore.hover.value = null;
  };
  let grabbed: Positions | null = null;
  const onGrab = (event: EventObject) => {
    const node = event.target as NodeSingular;
    grabbed = { [graphKeyOf(node)]: { ...node.position() } };
    cy.nodes(':selected').forEach((n) => {
      if (grabbed) grabbed[graphKeyOf(n)] = { ...n.position() };
    });
  };
  const onFree = () => {
    if (!grabbed) return;
    const moved = Object.entries(grabbed).some(([key, p]) => {
      const now = nodeOf(key).position();
      return Math.abs(now.x - p.x) > 0.5 || Math.abs(now.y - p.y) > 0.5;
    });
    if (moved) viewStore.recordPositions(grabbed);
    grabbed = null;
  };
  // Cytoscape sends no mouseout when the pointer leaves the canvas itself.
  const onActivate = (event: EventObject) => {
    if (!isRegionElement(event.target)) viewStore.activate(graphKeyOf(event.target as NodeSingular));
  };
  const container = cy.container();
  container?.addEventListener('mouseleave', onOut);
  cy.on('tap', onTap);
  cy.on('dbltap', 'node', onActivate);
  cy.on('mouseover', 'node, edge', onOver);
  cy.on('mouseout', 'node, edge', onOut);
  cy.on('grab', 'node', onGrab);
  cy.on('free', 'node', onFree);
  disposers.push(() => {
    container?.removeEventListener('mouseleave', onOut);
    cy.off('tap', onTap);
    cy.off('dbltap', 'node', onActivate);
    cy.off('mouseover', 'node, edge', onOver);
    cy.off('mouseout', 'node, edge', onOut);
    cy.off('grab', 'node', onGrab);
    cy.off('free', 'node', onFree);
    viewStore.attachPositions(null);
    runningLayout.peek()?.stop();
  });

  return () => {
    for (const dispose of disposers) dispose();
  };
}

/** Runs a layout as one undoable step: positions before it are recorded, then the layout animates to its result. */
export async function applyLayout(view: GraphView, deps: CanvasDeps, name: LayoutName): Promise<void> {
  deps.viewStore.recordPositions();
  deps.viewStore.setLayoutName(name);
  await startLayout(view, deps, name, true).applied.catch(() => undefined);
}
