// Owns the file actions of one window (open from host/drop/recent, re-import with a type attribute, save, save as, workspaces) and their UI state.
import { effect, signal } from '@preact/signals';
import {
  type FileOpenFailure,
  isOpenFailure,
  type OpenedFile,
  openFailureText,
  type SavedFile,
  saveMakesCurrent,
} from '../../graph-data/host-api';
import type { WorkspaceState } from '../../graph-data/workspace/workspace-schema';
import type { ExploreContext } from '../explore/explore-context';
import type { Host } from '../host/host';
import { pathSessionFor } from '../paths/path-session';
import type { AppStore } from '../store/app-store';
import { createWorkerParser, type GraphFileParser } from './graph-file-client';
import { layOutBeforeShowing } from '../layout/layout-before-showing';
import { createOpenFlow, type GraphChoice, type OpenOutcome, type OpenProgress, type TypeChoice } from './open-flow';
import { pickGraphFiles } from './pick-files';
import { baseName, SAVE_KIND, type SaveFormat, saveAs, saveBack, saveBackFormat } from './save-flow';
import { applyWorkspace, collectWorkspace, waitUntilShown } from './workspace';

export interface FileControllerDeps {
  host: Host;
  store: AppStore;
  explore: ExploreContext;
  parser?: GraphFileParser;
}

/** Runs the workspace's path query without framing its result, so the saved viewport (set next) stays. */
function restorePathQuery(explore: ExploreContext, query: string): void {
  const session = pathSessionFor(explore);
  session.queryText.value = query;
  session.runText(query, { frame: false });
}

/** The window's file actions; the window context (renderer/window-context.ts) builds one per window. */
export function createFileController({ host, store, explore, parser = createWorkerParser() }: FileControllerDeps) {
  const progress = signal<OpenProgress | null>(null);
  const typeChoice = signal<TypeChoice | null>(null);
  const graphChoice = signal<GraphChoice | null>(null);
  /** The Save As dialog's suggested base name while it is open; null when closed. */
  const saveDialog = signal<{ base: string; format: SaveFormat } | null>(null);
  const recent = signal<string[]>([]);
  /**
   * Where the document on show lives (opened from, or last saved to in a kind that makes a file current); Save names
   * it to the host, which writes only to a file of its own session. A file that failed to open never becomes it.
   */
  let documentPath: string | null = null;
  let documentIsWorkspace = false;
  /** The graph's own file name; differs from the document's while a workspace is open (the title shows the workspace). */
  let graphFileName = store.document.peek().fileName;

  const collect = (): WorkspaceState => {
    const view = explore.view();
    const cy = view?.cy;
    const query = pathSessionFor(explore).queryText.peek();
    return collectWorkspace({
      fileName: documentIsWorkspace ? graphFileName : store.document.peek().fileName,
      view: explore.viewStore.state.peek(),
      positions: view?.positions() ?? {},
      viewport: cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null,
      selection: explore.viewStore.selection.peek(),
      pathQuery: query === '' ? null : query,
      theme: store.theme.peek(),
    });
  };

  const flow = createOpenFlow({
    store,
    parser,
    progress,
    typeChoice,
    graphChoice,
    // The layout fits the canvas the graph will be shown in (the window's, before its first graph is drawn).
    layOut: (graph, onFraction) =>
      layOutBeforeShowing(
        graph,
        explore.view()?.canvasSize() ?? { width: window.innerWidth, height: window.innerHeight },
        onFraction,
      ),
    applyWorkspace: (state, graph) =>
      applyWorkspace(state, graph, {
        whenShown: (g) => waitUntilShown(explore.model.ready, explore.model.graph, g),
        setPositions: (p) => explore.view()?.setPositions(p, false),
        setViewState: (s) => {
          // Assigned, not `update`d: a reopened workspace starts with an empty undo history, like any new document.
          explore.viewStore.state.value = s;
          explore.viewStore.focusTrail.value = s.focus
            ? { entries: [null, s.focus], index: 1 }
            : { entries: [null], index: 0 };
          // The focus controls show the restored focus's own depth and direction.
          if (s.focus) {
            explore.viewStore.focusDepth.value = s.focus.depth;
            explore.viewStore.focusDirection.value = s.focus.direction;
          }
        },
        setSelection: (s) => explore.viewStore.select(s),
        // No framing (a running animation, a layout landing, a resize) moves the view after the saved viewport is set.
        setViewport: (v) => explore.view()?.restoreViewport({ zoom: v.zoom, pan: v.pan }),
        setPathQuery: (q) => restorePathQuery(explore, q),
        setTheme: (t) => {
          if (store.theme.peek() !== t) store.toggleTheme();
        },
      }),
  });

  /** Records where a successfully opened document lives, for Save. */
  function opened(outcome: OpenOutcome, path: string | null): void {
    if (!outcome.ok) return;
    documentPath = path;
    documentIsWorkspace = outcome.workspace === true;
    graphFileName = outcome.graphFileName ?? graphFileName;
  }

  const onSaved = (saved: SavedFile, format: SaveFormat) => {
    // The contract's one rule (the host applies the same): only some saves make the written file the document's own.
    if (!saveMakesCurrent(SAVE_KIND[format])) return;
    const doc = store.document.peek();
    if (format !== 'workspace') graphFileName = saved.name;
    else if (!documentIsWorkspace) graphFileName = doc.fileName;
    documentPath = saved.path;
    documentIsWorkspace = format === 'workspace';
    // The title follows the file Save now writes to.
    if (doc.fileName !== saved.name) store.document.value = { ...doc, fileName: saved.name };
  };
  const saveDeps = { host, store, collectWorkspace: collect, onSaved };

  // A file the OS handed main (command line, second instance) that main could not read: the user hears of it here.
  const reportFailure = (failure: FileOpenFailure) =>
    store.showNotice({ kind: 'error', text: openFailureText(failure) });
  const disposeFailures = host.onFileOpenFailed(reportFailure);

  // Dirty: the same graph object at a new revision means it was edited in place (a new document resets dirty).
  let lastGraph = store.document.peek().graph;
  let lastRevision = store.document.peek().revision;
  const disposeDirty = effect(() => {
    const doc = store.document.value;
    if (doc.graph === lastGraph && doc.revision !== lastRevision) store.dirty.value = true;
    lastGraph = doc.graph;
    lastRevision = doc.revision;
  });

  return {
    progress,
    typeChoice,
    graphChoice,
    saveDialog,
    recent,
    /** A file the host handed over (dialog, command line, OS "open with", recent list). */
    async openFromHost(file: OpenedFile): Promise<void> {
      opened(await flow.open([{ name: file.name, bytes: file.bytes }]), file.path);
    },
    async openWithDialog(): Promise<void> {
      if (host.kind === 'web') {
        const files = await pickGraphFiles();
        if (files) opened(await flow.openBlobs(files), null);
        return;
      }
      const result = await host.openGraphFile();
      if (isOpenFailure(result)) reportFailure(result);
      else if (result) await this.openFromHost(result);
    },
    async openDropped(files: File[]): Promise<void> {
      opened(await flow.openBlobs(files), null);
    },
    async refreshRecent(): Promise<void> {
      recent.value = await host.listRecentFiles();
    },
    async openRecent(path: string): Promise<void> {
      const result = await host.openRecentFile(path);
      if (!result) {
        store.showNotice({ kind: 'error', text: `Could not reopen ${path}: it is no longer on the recent list.` });
      } else if (isOpenFailure(result)) {
        reportFailure(result);
      } else {
        await this.openFromHost(result);
      }
    },
    reimportWithType(attribute: string): Promise<unknown> {
      return flow.reimport(attribute);
    },
    /** Re-reads the open RDF dataset showing another graph (`default` or a named graph's IRI). */
    reimportWithGraph(graph: string): Promise<unknown> {
      return flow.reimportGraph(graph);
    },
    cancelOpen(): void {
      flow.cancel();
    },
    requestSaveAs(format: SaveFormat = 'json'): void {
      saveDialog.value = { base: baseName(store.document.peek().fileName), format };
    },
    async saveAs(format: SaveFormat, base: string, rdfBase?: string): Promise<void> {
      saveDialog.value = null;
      await saveAs(saveDeps, format, base, rdfBase === undefined ? {} : { baseIri: rdfBase });
    },
    async save(): Promise<void> {
      const format = saveBackFormat(store.document.peek().fileName, documentIsWorkspace);
      if (format !== null && documentPath !== null && (await saveBack(saveDeps, format, documentPath))) return;
      this.requestSaveAs(format ?? 'json');
    },
    dispose(): void {
      disposeDirty();
      disposeFailures();
      parser.cancel();
    },
  };
}

export type FileController = ReturnType<typeof createFileController>;
