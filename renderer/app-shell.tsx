// Owns the window layout (toolbar, notice, left sidebar, canvas with its bars, right sidebar, status bar) and wiring the stores to the view.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { runCommand } from './app-commands';
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
import { connectCanvas } from './canvas/canvas-controller';
import { installCanvasProbe } from './canvas/canvas-probe';
import type { GraphView } from './canvas/graph-view';
import type { WindowContext } from './window-context';

export function AppShell({ window: windowContext }: { window: WindowContext }) {
  const { host, store, explore: context } = windowContext;
  const [view, setView] = useState<GraphView | null>(null);
  const theme = store.theme.value;
  const doc = store.document.value;

  const onReady = useCallback(
    (next: GraphView | null) => {
      windowContext.setView(next);
      setView(next);
    },
    [windowContext],
  );

  useEffect(() => {
    if (!view) return;
    const { model } = context;
    const removeProbe = installCanvasProbe(
      () => context.view(),
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

  return (
    <div class="app-shell">
      <Toolbar run={(command) => void runCommand(windowContext.commands, command)} theme={theme} />
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
      <FileLayer host={host} files={windowContext.commands.files} />
      <ExportLayer host={host} store={store} view={view} explore={context} />
      <SparqlLayer store={store} explore={context} session={windowContext.commands.sparql} />
      <StatusBar
        fileName={doc.fileName}
        dirty={store.dirty.value}
        counts={context.canvas.counts.value}
        renderer={view?.renderer ?? 'canvas'}
      />
    </div>
  );
}
