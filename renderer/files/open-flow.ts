// Owns opening: size cap, parse off the UI thread, build the new graph apart, and swap it in only when complete; on any error nothing but the notice changes.
import type { Signal } from '@preact/signals';
import type { Positions } from '../../graph-data/explore/view-types';
import type { RdfGraphSelection } from '../../graph-data/formats/rdf';
import { type AtlasGraph, createAtlasGraph } from '../../graph-data/model/atlas-graph';
import { errorMessage, isCancellation } from '../../graph-data/model/errors';
import type { WorkspaceState } from '../../graph-data/workspace/workspace-schema';
import { nextTask } from '../canvas/idle-slices';
import type { AppStore } from '../store/app-store';
import { arrangeGraphFiles } from './csv-pair';
import type { GraphFileParser } from './graph-file-client';
import type { FileBytes, ParseStage, ParseSuccess } from './graph-file-protocol';
import { importInSlices } from './import-in-slices';

/** 200 MB, the data layer's own default cap: above any hand-made graph, below what would exhaust the renderer. */
export const OPEN_MAX_BYTES = 200 * 1024 * 1024;

export interface OpenProgress {
  fileName: string;
  bytes: number;
  /** The parse's stages, then 'laying out' for a big graph without positions (see OpenFlowDeps.layOut). */
  stage: ParseStage | 'laying out';
  /** Fraction of the stage done (0–1): of the file parsed for readers that stream (RDF), of the layout. */
  fraction?: number;
}

/** A layout started by the flow: its positions, or a rejection (a CancelledError when stopped). */
export interface PendingLayout {
  done: Promise<Positions>;
  stop(): void;
}

/** Offered after opening an RDF dataset with named graphs: which graph to show. */
export interface GraphChoice {
  fileName: string;
  /** `default`, then the named graphs' IRIs. */
  graphs: string[];
  current: RdfGraphSelection;
}

/** Offered after opening a file without an ontology: which attribute the types come from. */
export interface TypeChoice {
  fileName: string;
  attributes: string[];
  current: string;
}

export interface OpenFlowDeps {
  store: Pick<AppStore, 'replaceDocument' | 'showNotice' | 'document'>;
  parser: GraphFileParser;
  progress: Signal<OpenProgress | null>;
  typeChoice: Signal<TypeChoice | null>;
  /** Set after opening an RDF file with named graphs (absent in tests that do not care). */
  graphChoice?: Signal<GraphChoice | null>;
  maxBytes?: number;
  /**
   * Starts laying out a parsed graph that must have positions before it is shown (too big to draw entity by entity,
   * and without them), reporting how far it is; null when the graph needs none. Absent: no graph is laid out first.
   */
  layOut?(graph: AtlasGraph, onFraction: (fraction: number) => void): PendingLayout | null;
  /** Called after a workspace's graph was swapped in, to restore its view. */
  applyWorkspace?(state: WorkspaceState, graph: AtlasGraph): Promise<void> | void;
}

/** The part of a DOM File the flow uses (tests pass plain objects). */
export interface BlobFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface OpenOutcome {
  ok: boolean;
  fileName?: string;
  workspace?: boolean;
  /** For a workspace, the name of the graph file it was saved from. */
  graphFileName?: string;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Positions travel in the graph (x, y), so the first render already shows the saved layout and skips a layout run. */
export function placeNodes(graph: AtlasGraph, positions: Record<string, { x: number; y: number }>): void {
  for (const [key, p] of Object.entries(positions)) {
    if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
  }
}

/** The positions stored in a graph's entities (a file's, or a layout's placed before the graph was shown). */
function positionsOf(graph: AtlasGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((key, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number') positions[key] = { x: a.x, y: a.y };
  });
  return positions;
}

/** Longest slice of the graph's import: input and progress are answered between slices. */
const IMPORT_SLICE_MS = 40;

function summary(result: ParseSuccess, graph: AtlasGraph, laidOut: boolean): string {
  const counts = `${graph.order} entities, ${graph.size} relations${laidOut ? ', laid out first (the file has no positions)' : ''}`;
  if (result.workspace) return `Opened workspace ${result.fileName} (${result.workspace.fileName}): ${counts}.`;
  if (result.rdf) {
    const graph =
      result.rdf.namedGraphs.length === 0
        ? ''
        : ` (${result.rdf.selected === 'default' ? 'default graph' : `graph ${result.rdf.selected}`}; ${result.rdf.namedGraphs.length} named graph(s) in the file)`;
    return `Opened ${result.fileName}${graph}: ${counts}.`;
  }
  if (!result.inferredTypes) return `Opened ${result.fileName}: ${counts}.`;
  const source = result.typeAttribute === '' ? 'none (one default type)' : `"${result.typeAttribute}"`;
  return `Opened ${result.fileName}: ${counts}. It has no ontology: types come from the attribute ${source}, with generated colours.`;
}

export function createOpenFlow(deps: OpenFlowDeps) {
  const maxBytes = deps.maxBytes ?? OPEN_MAX_BYTES;
  let generation = 0;
  /** The last files that opened without an ontology, kept so a different type attribute can re-import them. */
  let inferredFiles: FileBytes[] | null = null;
  /** The last RDF dataset with named graphs, kept so another graph of it can be opened. */
  let datasetFiles: FileBytes[] | null = null;
  /** The layout of the open in progress, if it is at that stage (Cancel and a newer open stop it). */
  let layingOut: PendingLayout | null = null;

  const fail = (text: string) => deps.store.showNotice({ kind: 'error', text });
  const refuseIfTooLarge = (name: string, size: number): boolean => {
    if (size <= maxBytes) return false;
    fail(
      `Could not open ${name}: the file is too large (${formatSize(size)}; the limit is ${formatSize(maxBytes)}). The current graph is unchanged.`,
    );
    return true;
  };

  /**
   * Lays out a graph that needs positions before it is shown (deps.layOut) and places them in it. True when it did,
   * false when none was needed, null when the open ends here (cancelled, superseded or failed; already said).
   */
  async function layOutFirst(graph: AtlasGraph, names: string, bytes: number, mine: number): Promise<boolean | null> {
    const layout = deps.layOut?.(graph, (fraction) => {
      if (mine === generation) deps.progress.value = { fileName: names, bytes, stage: 'laying out', fraction };
    });
    if (!layout) return false;
    layingOut = layout;
    deps.progress.value = { fileName: names, bytes, stage: 'laying out', fraction: 0 };
    let positions: Positions;
    try {
      positions = await layout.done;
    } catch (error) {
      if (mine !== generation) return null;
      layingOut = null;
      deps.progress.value = null;
      if (isCancellation(error)) {
        deps.store.showNotice({
          kind: 'info',
          text: `Opening ${names} was cancelled. The current graph is unchanged.`,
        });
      } else {
        fail(`Could not open ${names}: ${errorMessage(error)}. The current graph is unchanged.`);
      }
      return null;
    }
    if (mine !== generation) return null;
    layingOut = null;
    placeNodes(graph, positions);
    return true;
  }

  /**
   * `carryFrom`: a graph of the same files whose positions the new one takes (the open graph, when the same file is
   * read again with types from another attribute): one laid out before it was shown is not laid out again.
   */
  async function open(
    chosen: FileBytes[],
    typeAttribute?: string,
    rdfGraph?: RdfGraphSelection,
    carryFrom?: AtlasGraph,
  ): Promise<OpenOutcome> {
    const arranged = arrangeGraphFiles(chosen);
    if (!arranged.ok) {
      fail(`${arranged.message} The current graph is unchanged.`);
      return { ok: false };
    }
    const files = arranged.files;
    const names = files.map((f) => f.name).join(' + ');
    const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
    // Checked before any copy to the worker, so a mistaken pick (a video) fails at once with a clear message.
    const large = files.find((f) => refuseIfTooLarge(f.name, f.bytes.byteLength));
    if (large) return { ok: false, fileName: large.name };
    const mine = ++generation;
    layingOut?.stop();
    layingOut = null;
    deps.progress.value = { fileName: names, bytes, stage: 'decoding' };
    const request = { files, typeAttribute, maxBytes, ...(rdfGraph !== undefined ? { graph: rdfGraph } : {}) };
    const result = await deps.parser.parse(request, (stage, fraction) => {
      if (mine === generation) {
        deps.progress.value =
          fraction === undefined ? { fileName: names, bytes, stage } : { fileName: names, bytes, stage, fraction };
      }
    });
    // A newer open superseded this one: its result must not land, and its message would only confuse.
    if (mine !== generation) return { ok: false, fileName: names };
    if (!result.ok) {
      deps.progress.value = null;
      if (result.cancelled) {
        deps.store.showNotice({
          kind: 'info',
          text: `Opening ${names} was cancelled. The current graph is unchanged.`,
        });
      } else {
        fail(`Could not open ${result.message}. The current graph is unchanged.`);
      }
      return { ok: false, fileName: names };
    }
    // Built completely before the swap: the store sees either the old graph or the whole new one.
    const graph = createAtlasGraph();
    try {
      // In slices, and in tasks of their own before the canvas's build: at 30k/60k the import in one task was 0.5 s.
      const imported = await importInSlices(graph, result.graph, {
        sliceMs: IMPORT_SLICE_MS,
        wanted: () => mine === generation,
      });
      if (!imported) return { ok: false, fileName: names };
      if (result.workspace) placeNodes(graph, result.workspace.positions);
      if (carryFrom) placeNodes(graph, positionsOf(carryFrom));
    } catch (error) {
      deps.progress.value = null;
      fail(`Could not open ${names}: ${errorMessage(error)}. The current graph is unchanged.`);
      return { ok: false, fileName: names };
    }
    await nextTask();
    if (mine !== generation) return { ok: false, fileName: names };
    const laidOut = await layOutFirst(graph, names, bytes, mine);
    if (laidOut === null) return { ok: false, fileName: names };
    deps.progress.value = null;
    deps.store.replaceDocument(graph, result.fileName);
    inferredFiles = result.inferredTypes ? files : null;
    const named = result.rdf?.namedGraphs ?? [];
    datasetFiles = result.rdf && named.length > 0 ? files : null;
    if (deps.graphChoice) {
      deps.graphChoice.value =
        result.rdf && named.length > 0
          ? { fileName: result.fileName, graphs: ['default', ...named], current: result.rdf.selected }
          : null;
    }
    deps.typeChoice.value = result.inferredTypes
      ? { fileName: result.fileName, attributes: result.typeAttributes, current: result.typeAttribute }
      : null;
    deps.store.showNotice({ kind: 'info', text: summary(result, graph, laidOut) });
    if (result.workspace) await deps.applyWorkspace?.(result.workspace, graph);
    return {
      ok: true,
      fileName: result.fileName,
      workspace: result.workspace !== null,
      graphFileName: result.workspace?.fileName ?? result.fileName,
    };
  }

  return {
    open,
    /** Files from a chooser or a drop: sizes are checked before any byte is read, so a huge mistaken pick costs nothing. */
    async openBlobs(blobs: BlobFile[]): Promise<OpenOutcome> {
      const large = blobs.find((b) => refuseIfTooLarge(b.name, b.size));
      if (large) return { ok: false, fileName: large.name };
      const files = await Promise.all(
        blobs.map(async (b) => ({ name: b.name, bytes: new Uint8Array(await b.arrayBuffer()) })),
      );
      return open(files);
    },
    /** Re-reads the last file without an ontology, taking types from `attribute` ('' = one default type). */
    async reimport(attribute: string): Promise<OpenOutcome> {
      if (!inferredFiles) return { ok: false };
      return open(inferredFiles, attribute, undefined, deps.store.document.peek().graph);
    },
    /** Re-reads the last RDF dataset showing another of its graphs (`default` or a named graph's IRI). */
    async reimportGraph(graph: RdfGraphSelection): Promise<OpenOutcome> {
      if (!datasetFiles) return { ok: false };
      return open(datasetFiles, undefined, graph);
    },
    cancel() {
      deps.parser.cancel();
      layingOut?.stop();
    },
  };
}

export type OpenFlow = ReturnType<typeof createOpenFlow>;
