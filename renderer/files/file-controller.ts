// Owns the file actions of one window (open from host/drop/recent, re-import with a type attribute, save, save as, workspaces) and their UI state.
import { effect, signal } from '@preact/signals';
import type { OpenedFile, SavedFile } from '../../graph-data/host-api';
import type { WorkspaceState } from '../../graph-data/workspace/workspace-schema';
import type { ExploreContext } from '../explore/explore-context';
import type { Host } from '../host/host';
import { pathSessionFor } from '../paths/path-session';
import type { AppStore } from '../store/app-store';
import { createWorkerParser, type GraphFileParser } from './graph-file-client';
import { createOpenFlow, type GraphChoice, type OpenOutcome, type OpenProgress, type TypeChoice } from './open-flow';
import { pickGraphFiles } from './pick-files';
import { baseName, type SaveFormat, saveAs, saveBack, saveBackFormat } from './save-flow';
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

function createFileController({ host, store, explore, parser = createWorkerParser() }: FileControllerDeps) {
  const progress = signal<OpenProgress | null>(null);
  const typeChoice = signal<TypeChoice | null>(null);
  const graphChoice = signal<GraphChoice | null>(null);
  /** The Save As dialog's suggested base name while it is open; null when closed. */
  const saveDialog = signal<{ base: string; format: SaveFormat } | null>(null);
  const recent = signal<string[]>([]);
  /**
   * Main makes a file "current" for Save as soon as it hands it over, even if it then fails to parse; the renderer
   * therefore writes back only when the path main holds is the document's own (otherwise Save asks, as Save As).
   */
  let hostPath: string | null = null;
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
        setViewport: (v) => {
          const cy = explore.view()?.cy;
          // No framing animation still running (a layout, a path) may move the view after the saved viewport is set.
          cy?.stop();
          cy?.viewport({ zoom: v.zoom, pan: v.pan });
        },
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
    // Mirrors main's FileService: only graph JSON and workspace saves become the file Save writes to.
    if (format === 'json' || format === 'workspace') hostPath = saved.path;
    if (format === 'csv') return;
    const doc = store.document.peek();
    if (format !== 'workspace') graphFileName = saved.name;
    else if (!documentIsWorkspace) graphFileName = doc.fileName;
    documentPath = saved.path;
    documentIsWorkspace = format === 'workspace';
    // The title follows the file Save now writes to.
    if (doc.fileName !== saved.name) store.document.value = { ...doc, fileName: saved.name };
  };
  const saveDeps = { host, store, collectWorkspace: collect, onSaved };

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
      hostPath = file.path;
      opened(await flow.open([{ name: file.name, bytes: file.bytes }]), file.path);
    },
    async openWithDialog(): Promise<void> {
      if (host.kind === 'web') {
        const files = await pickGraphFiles();
        if (files) opened(await flow.openBlobs(files), null);
        return;
      }
      const file = await host.openGraphFile();
      if (file) await this.openFromHost(file);
    },
    async openDropped(files: File[]): Promise<void> {
      opened(await flow.openBlobs(files), null);
    },
    async refreshRecent(): Promise<void> {
      recent.value = await host.listRecentFiles();
    },
    async openRecent(path: string): Promise<void> {
      const file = await host.openRecentFile(path);
      if (!file) {
        store.showNotice({ kind: 'error', text: `Could not reopen ${path}: it is no longer on the recent list.` });
        return;
      }
      await this.openFromHost(file);
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
      const canWriteBack = format !== null && documentPath !== null && documentPath === hostPath;
      if (canWriteBack && (await saveBack(saveDeps, format))) return;
      this.requestSaveAs(format ?? 'json');
    },
    dispose(): void {
      disposeDirty();
      parser.cancel();
    },
  };
}

export type FileController = ReturnType<typeof createFileController>;

const controllers = new WeakMap<AppStore, FileController>();

/** One controller per window (keyed by its store), created by whichever part asks first: commands or the file layer. */
export function fileControllerFor(deps: FileControllerDeps): FileController {
  let controller = controllers.get(deps.store);
  if (!controller) {
    controller = createFileController(deps);
    controllers.set(deps.store, controller);
  }
  return controller;
}
