// Owns the window layout: toolbar, notice, canvas and status bar, and keeping the Cytoscape view in step with the store.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type CommandContext, openFileIntoStore, runCommand } from './app-commands';
import { GraphCanvas } from './components/graph-canvas';
import { NoticeBanner } from './components/notice-banner';
import { StatusBar } from './components/status-bar';
import { Toolbar } from './components/toolbar';
import type { Host } from './host/host';
import type { AppStore } from './store/app-store';
import type { GraphView, ViewCounts } from './view/graph-view';

declare global {
  interface Window {
    /** Read-only probe for end-to-end tests and debugging: what the canvas really holds. */
    __atlas?: { counts(): ViewCounts | null; ready: boolean };
  }
}

const EMPTY_COUNTS: ViewCounts = { nodes: 0, edges: 0, visibleNodes: 0, visibleEdges: 0 };

export function AppShell({ host, store }: { host: Host; store: AppStore }) {
  const viewRef = useRef<GraphView | null>(null);
  const [counts, setCounts] = useState<ViewCounts>(EMPTY_COUNTS);
  const [viewReady, setViewReady] = useState(false);
  const doc = store.document.value;
  const theme = store.theme.value;
  const context = useRef<CommandContext>({ host, store, view: () => viewRef.current }).current;

  const onReady = useCallback((view: GraphView | null) => {
    viewRef.current = view;
    setViewReady(view !== null);
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!viewReady || !view) return;
    window.__atlas = { counts: () => viewRef.current?.counts() ?? null, ready: false };
    void view.load(doc.graph).then(() => {
      setCounts(view.counts());
      if (window.__atlas) window.__atlas.ready = true;
    });
  }, [doc, viewReady]);

  useEffect(() => {
    viewRef.current?.setTheme(theme);
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    host.setDocumentState(doc.fileName, store.dirty.value);
  }, [host, doc, store.dirty.value]);

  useEffect(() => {
    const offMenu = host.onMenuCommand((command) => void runCommand(context, command));
    const offFile = host.onFileOpened((file) => openFileIntoStore(context, file));
    return () => {
      offMenu();
      offFile();
    };
  }, [host, context]);

  return (
    <div class="app-shell">
      <Toolbar run={(command) => void runCommand(context, command)} theme={theme} />
      <NoticeBanner notice={store.notice.value} dismiss={() => store.showNotice(null)} />
      <main class="workspace">
        <GraphCanvas theme={theme} onReady={onReady} />
      </main>
      <StatusBar fileName={doc.fileName} dirty={store.dirty.value} counts={counts} />
    </div>
  );
}
