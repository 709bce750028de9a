// Owns the messages between the UI and the graph-file worker: what to parse, progress, and the result (a plain, cloneable graph or a located error).
import type { RdfGraphSelection, RdfSyntax } from '../../graph-data/formats/rdf';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { WorkspaceState } from '../../graph-data/workspace/workspace-schema';

/** What `AtlasGraph.export()` returns: plain data that structured clone carries. */
export type ExportedGraph = ReturnType<AtlasGraph['export']>;

export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/** One graph file, or a CSV pair as [nodes, edges]. */
export interface ParseRequest {
  files: FileBytes[];
  /** Attribute the entity/relation types come from in files without an ontology; '' means "all default". */
  typeAttribute?: string;
  maxBytes: number;
  /** RDF datasets (N-Quads, TriG, JSON-LD): the graph to read; default: the default graph (or the first named one if it is empty). */
  graph?: RdfGraphSelection;
}

/** What an RDF file was: its syntax, the named graphs in it and the graph that was read. */
export interface RdfFileInfo {
  syntax: RdfSyntax;
  namedGraphs: string[];
  selected: RdfGraphSelection;
}

export type ParseStage = 'decoding' | 'parsing' | 'building';

export interface ParseSuccess {
  ok: true;
  /** `graph.export()` of the new graph: plain data, so it crosses the worker boundary by structured clone. */
  graph: ExportedGraph;
  fileName: string;
  /** True when the file carried no ontology, so types were inferred from `typeAttribute` with generated colours. */
  inferredTypes: boolean;
  typeAttribute: string;
  /** Node/edge attributes that could serve as the type (only for inferred files). */
  typeAttributes: string[];
  /** Set when the file was a workspace: the view to restore once the graph is shown. */
  workspace: WorkspaceState | null;
  /** Set for RDF files. */
  rdf?: RdfFileInfo;
}

export interface ParseFailure {
  ok: false;
  message: string;
  fileName: string;
  line?: number;
  column?: number;
  element?: string;
}

export type ParseResult = ParseSuccess | ParseFailure;

export type WorkerRequest = { id: number; request: ParseRequest };
export type WorkerMessage =
  | { id: number; kind: 'progress'; stage: ParseStage; fraction?: number }
  | { id: number; kind: 'result'; result: ParseResult };
