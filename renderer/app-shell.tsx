// Owns the window layout (toolbar, notice, left sidebar, canvas with its bars, right sidebar, status bar) and wiring the stores to the view.
import { computed } from '@preact/signals';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CommandContext, openFileIntoStore, runCommand } from './app-commands';
import { ExportLayer } from './components/export-dialog';
import { FileLayer } from './components/file-layer';
import { FocusBar } from './components/focus-bar';
import { GraphCanvas } from './components/graph-canvas';
import { LeftSidebar } from './components/left-sidebar';
import { CanvasMessages } from './components/canvas-messages';
import { PathContextMenu } from './components/path-context-menu';
import { RightSidebar } from './components/right-sidebar';
import { SparqlLayer } from './components/sparql-layer';
import { StatusBar } from './components/status-bar';
import { Toolbar } from './components/toolbar';
import { ViewToolbar } from './components/view-toolbar';
import type { ExploreContext } from './explore/explore-context';
import type { Host } from './host/host';
import { installExploreShortcuts } from './keyboard-shortcuts';
import type { AppStore } from './store/app-store';
import { createExploreModel } from './store/explore-model';
import { createViewStore } from './store/view-store';
import { applyLayout, connectCanvas, currentLayout } from './canvas/canvas-controller';
import { installCanvasProbe } from './canvas/canvas-probe';
import type { GraphView } from './canvas/graph-view';
import { createCanvasModel } from './store/canvas-model';

export function AppShell({ host, store }: { host: Host; store: AppStore }) {
  const viewRef = useRef<GraphView | null>(null);
  const [view, setView] = useState<GraphView | null>(null);
  const context = useMemo<ExploreContext>(() => {
    const viewStore = createViewStore();
    const model = createExploreModel(store, viewStore);
    const canvas = createCanvasModel(store, viewStore, model);
    const deps = { app: store, viewStore, model, canvas };
    return {
      ...deps,
      view: () => viewRef.current,
      runLayout: (name) => {
        if (viewRef.current) void applyLayout(viewRef.current, deps, name);
      },
      stopLayout: () => currentLayout.peek()?.stop(),
      layoutRunning: computed(() => currentLayout.value !== null),
    };
  }, [store]);
  const commands = useRef<CommandContext>({ host, store, view: () => viewRef.current, explore: context }).current;
  const theme = store.theme.value;
  const doc = store.document.value;

  const onReady = useCallback((next: GraphView | null) => {
    viewRef.current = next;
    setView(next);
  }, []);

  useEffect(() => {
    if (!view) return;
    const { model } = context;
    const removeProbe = installCanvasProbe(
      () => viewRef.current,
      () => model.ready.value,
    );
    const disconnect = connectCanvas(view, context);
    return () => {
      disconnect();
      removeProbe();
    };
  }, [view, context]);

  useEffect(() => {
    view?.setTheme(theme);
    document.documentElement.dataset.theme = theme;
  }, [theme, view]);

  useEffect(() => {
    host.setDocumentState(doc.fileName, store.dirty.value);
  }, [host, doc, store.dirty.value]);

  useEffect(() => {
    const offMenu = host.onMenuCommand((command) => void runCommand(commands, command));
    const offFile = host.onFileOpened((file) => openFileIntoStore(commands, file));
    const offKeys = installExploreShortcuts(context.viewStore);
    return () => {
      offMenu();
      offFile();
      offKeys();
    };
  }, [host, commands, context]);

  return (
    <div class="app-shell">
      <Toolbar run={(command) => void runCommand(commands, command)} theme={theme} />
      <main class="workspace">
        <LeftSidebar context={context} />
        <div class="centre">
          <ViewToolbar context={context} />
          <FocusBar context={context} />
          <div class="canvas-area">
            <GraphCanvas theme={theme} onReady={onReady} context={context} />
            <CanvasMessages store={store} context={context} />
          </div>
          <PathContextMenu context={context} host={host} />
        </div>
        <RightSidebar context={context} />
      </main>
      <FileLayer host={host} store={store} explore={context} />
      <ExportLayer host={host} store={store} view={view} explore={context} />
      <SparqlLayer host={host} store={store} explore={context} />
      <StatusBar
        fileName={doc.fileName}
        dirty={store.dirty.value}
        counts={context.canvas.counts.value}
        renderer={view?.renderer ?? 'canvas'}
      />
    </div>
  );
}
