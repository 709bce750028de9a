// Owns keeping the Cytoscape view derived from the stores: load, visibility, sizes, colours, selection, and canvas events back into the store.
import { effect } from '@preact/signals';
import type { EventObject, NodeSingular } from 'cytoscape';
import { communityColor, sizesFor } from '../../graph-data/explore/graph-metrics';
import type { LayoutName, Positions } from '../../graph-data/explore/view-types';
import type { AppStore } from '../store/app-store';
import type { ExploreModel } from '../store/explore-model';
import type { ViewStore } from '../store/view-store';
import type { GraphView } from './graph-view';
import { runLayout } from './run-layout';

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

export interface ExploreDeps {
  app: AppStore;
  viewStore: ViewStore;
  model: ExploreModel;
}

export function connectExplore(view: GraphView, { app, viewStore, model }: ExploreDeps): () => void {
  const { cy } = view;
  const disposers: (() => void)[] = [];
  viewStore.attachPositions({ read: () => view.positions(), write: (p) => view.setPositions(p) });
  window.__atlasExplore = {
    nodeOnPage: (id) => {
      const node = cy.getElementById(id);
      if (node.empty()) return null;
      const box = cy.container()?.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
    nodeStyle: (id) => {
      const node = cy.getElementById(id);
      return node.empty() ? null : { size: Number(node.data('size')), fill: String(node.data('fill')) };
    },
    selection: () => viewStore.selection.peek()?.key ?? null,
  };

  // Loading: a new document resets the view state, then the first layout; everything else waits for `ready`.
  let loadedGraph: unknown = null;
  disposers.push(
    effect(() => {
      const doc = app.document.value;
      if (doc.graph === loadedGraph) return;
      loadedGraph = doc.graph;
      model.ready.value = false;
      viewStore.reset();
      void view.load(doc.graph).then(() => {
        if (loadedGraph !== doc.graph) return;
        model.ready.value = true;
        model.counts.value = view.counts();
      });
    }),
  );

  let lastFocus: unknown = null;
  disposers.push(
    effect(() => {
      const visibility = model.visibility.value;
      if (!model.ready.value) return;
      view.applyVisibility(visibility);
      // From the sets just applied: Cytoscape's `:visible` can lag inside a signal effect (styles flush later).
      model.counts.value = {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        visibleNodes: visibility.nodes.size,
        visibleEdges: visibility.edges.size,
      };
      const focus = viewStore.state.value.focus;
      // A new focus frames the ego view; other filter changes keep the user's viewport.
      if (focus !== lastFocus) {
        lastFocus = focus;
        view.fit();
      }
    }),
  );

  disposers.push(
    effect(() => {
      const metric = viewStore.state.value.sizeBy;
      if (!model.ready.value) return;
      view.applySizes(metric === 'none' ? null : sizesFor(model.metrics.get(model.graph.value, metric)));
    }),
  );

  disposers.push(
    effect(() => {
      const mode = viewStore.state.value.colorBy;
      if (!model.ready.value) return;
      if (mode === 'type') return view.applyFills(null);
      const communities = model.metrics.get(model.graph.value, 'community');
      view.applyFills(new Map([...communities].map(([key, c]) => [key, communityColor(c)])));
    }),
  );

  disposers.push(
    effect(() => {
      const selection = viewStore.selection.value;
      if (!model.ready.value) return;
      view.applySelection(selection?.kind ?? null, selection?.key ?? null);
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

  // Canvas events → store. Cytoscape's own selection is driven by the store, never the other way round.
  const onTap = (event: EventObject) => {
    if (event.target === cy) viewStore.select(null);
    else viewStore.select({ kind: event.target.isNode() ? 'node' : 'edge', key: event.target.id() });
  };
  const onOver = (event: EventObject) => {
    const p = event.renderedPosition ?? event.target.renderedPosition?.() ?? { x: 0, y: 0 };
    viewStore.hover.value = { kind: event.target.isNode() ? 'node' : 'edge', key: event.target.id(), x: p.x, y: p.y };
  };
  const onOut = () => {
    viewStore.hover.value = null;
  };
  let grabbed: Positions | null = null;
  const onGrab = (event: EventObject) => {
    const node = event.target as NodeSingular;
    grabbed = { [node.id()]: { ...node.position() } };
    cy.nodes(':selected').forEach((n) => {
      if (grabbed) grabbed[n.id()] = { ...n.position() };
    });
  };
  const onFree = () => {
    if (!grabbed) return;
    const moved = Object.entries(grabbed).some(([id, p]) => {
      const now = cy.getElementById(id).position();
      return Math.abs(now.x - p.x) > 0.5 || Math.abs(now.y - p.y) > 0.5;
    });
    if (moved) viewStore.recordPositions(grabbed);
    grabbed = null;
  };
  // Cytoscape sends no mouseout when the pointer leaves the canvas itself.
  const container = cy.container();
  container?.addEventListener('mouseleave', onOut);
  cy.on('tap', onTap);
  cy.on('mouseover', 'node, edge', onOver);
  cy.on('mouseout', 'node, edge', onOut);
  cy.on('grab', 'node', onGrab);
  cy.on('free', 'node', onFree);
  disposers.push(() => {
    container?.removeEventListener('mouseleave', onOut);
    cy.off('tap', onTap);
    cy.off('mouseover', 'node, edge', onOver);
    cy.off('mouseout', 'node, edge', onOut);
    cy.off('grab', 'node', onGrab);
    cy.off('free', 'node', onFree);
    viewStore.attachPositions(null);
  });

  return () => {
    for (const dispose of disposers) dispose();
  };
}

/** Runs a layout as one undoable step: positions before it are recorded, then the layout animates to its result. */
export async function applyLayout(view: GraphView, deps: ExploreDeps, name: LayoutName): Promise<void> {
  const { viewStore, model, app } = deps;
  viewStore.recordPositions();
  viewStore.setLayoutName(name);
  model.working.value = `Running ${name} layout…`;
  try {
    const graph = model.graph.value;
    await runLayout(view.cy, name, {
      animate: true,
      concentricValues: model.metrics.get(
        graph,
        viewStore.state.value.sizeBy === 'none' ? 'degree' : viewStore.state.value.sizeBy,
      ),
      typeOrder: graph.getAttribute('ontology').entityTypes.map((t) => t.id),
    });
  } catch (error) {
    app.showNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  } finally {
    model.working.value = null;
  }
}
