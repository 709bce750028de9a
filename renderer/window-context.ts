// Owns the window's composition root: builds its stores, models, layout slot, file controller, SPARQL session and command context with its host, and disposes them together.
import { computed, signal } from '@preact/signals';
import { type CommandContext, openFileIntoStore, runCommand } from './app-commands';
import { applyLayout, type CanvasDeps } from './canvas/canvas-controller';
import { createFileController } from './files/file-controller';
import type { GraphView } from './canvas/graph-view';
import type { ExploreContext } from './explore/explore-context';
import type { Host } from './host/host';
import { installExploreShortcuts } from './keyboard-shortcuts';
import type { RunningLayout } from './layout/run-layout';
import { createSparqlSession } from './sparql/sparql-session';
import type { AppStore } from './store/app-store';
import { createCanvasModel } from './store/canvas-model';
import { createExploreModel } from './store/explore-model';
import { createViewStore } from './store/view-store';

export interface WindowContext {
  readonly host: Host;
  readonly store: AppStore;
  /** What panels receive: stores, derived models and view actions. */
  readonly explore: ExploreContext;
  /** What menu, toolbar and host commands run with. */
  readonly commands: CommandContext;
  /** The canvas mounted now: the canvas component reports it when it mounts, replaces or unmounts it. */
  setView(view: GraphView | null): void;
  /** Stops a running layout, a SPARQL request and a file being parsed, and removes the host's and the keyboard's listeners. */
  dispose(): void;
}

export interface WindowContextOptions {
  /** Where the explore shortcuts listen (the window; a unit test passes its own target). */
  keyTarget?: EventTarget;
}

export function createWindowContext(host: Host, store: AppStore, options: WindowContextOptions = {}): WindowContext {
  const viewStore = createViewStore();
  const model = createExploreModel(store, viewStore);
  const canvas = createCanvasModel(store, viewStore, model);
  const runningLayout = signal<RunningLayout | null>(null);
  const deps: CanvasDeps = { app: store, viewStore, model, canvas, runningLayout };
  let view: GraphView | null = null;
  const explore: ExploreContext = {
    ...deps,
    view: () => view,
    runLayout: (name) => {
      // A graph drawn as regions stands at its own positions: a layout of 50,000+ entities is not offered. A graph
      // still being added to the canvas (a second or so at 30k) has no positions to start from yet.
      if (view && canvas.regions.peek() === null && !view.adding) void applyLayout(view, deps, name);
    },
    stopLayout: () => runningLayout.peek()?.stop(),
    layoutRunning: computed(() => runningLayout.value !== null),
  };
  const files = createFileController({ host, store, explore });
  const sparql = createSparqlSession({ host, store });
  const commands: CommandContext = { host, store, view: () => view, explore, files, sparql };
  const listeners = [
    host.onMenuCommand((command) => void runCommand(commands, command)),
    host.onFileOpened((file) => openFileIntoStore(commands, file)),
    installExploreShortcuts(viewStore, options.keyTarget),
  ];
  let disposed = false;
  return {
    host,
    store,
    explore,
    commands,
    setView: (next) => {
      view = next;
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      runningLayout.peek()?.stop();
      sparql.cancel();
      files.dispose();
      for (const off of listeners) off();
    },
  };
}
