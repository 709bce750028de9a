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
  /** Set when the parse was stopped on purpose (a CancelledError), not because the file is bad. */
  cancelled?: boolean;
  fileName: string;
  line?: number;
  column?: number;
  element?: string;
}

export type ParseResult = ParseSuccess | ParseFailure;

export type WorkerRequest = { id: number; request: ParseRequest };
export type WorkerMessage =
  | { id: number; kind: 'progress'; stage: ParseStage; fraction?: number }
  /** A run of the parsed graph's entities or relations, sent before the result that they belong to. */
  | { id: number; kind: 'nodes'; nodes: ExportedGraph['nodes'] }
  | { id: number; kind: 'edges'; edges: ExportedGraph['edges'] }
  | { id: number; kind: 'result'; result: ParseResult };

/**
 * Entities and relations per message. Received as one message, the 30k/60k graph took 0.24–0.34 s to copy into the
 * window, in one task; runs of this size take a few milliseconds each, between which the window answers input.
 */
export const RESULT_CHUNK = 4000;

/** The messages that carry a result: a success's entities and relations in runs, then the result without them. */
export function resultMessages(id: number, result: ParseResult, chunk = RESULT_CHUNK): WorkerMessage[] {
  if (!result.ok) return [{ id, kind: 'result', result }];
  const { nodes, edges } = result.graph;
  const messages: WorkerMessage[] = [];
  for (let i = 0; i < nodes.length; i += chunk) messages.push({ id, kind: 'nodes', nodes: nodes.slice(i, i + chunk) });
  for (let i = 0; i < edges.length; i += chunk) messages.push({ id, kind: 'edges', edges: edges.slice(i, i + chunk) });
  messages.push({ id, kind: 'result', result: { ...result, graph: { ...result.graph, nodes: [], edges: [] } } });
  return messages;
}

/** Puts a result back together from resultMessages' runs; `result` returns it once its last message came. */
export class ResultAssembler {
  private readonly nodes: ExportedGraph['nodes'] = [];
  private readonly edges: ExportedGraph['edges'] = [];

  /** Takes one message; returns the whole result for the last one, null before. */
  take(message: Exclude<WorkerMessage, { kind: 'progress' }>): ParseResult | null {
    if (message.kind === 'nodes') {
      for (const node of message.nodes) this.nodes.push(node);
      return null;
    }
    if (message.kind === 'edges') {
      for (const edge of message.edges) this.edges.push(edge);
      return null;
    }
    const { result } = message;
    if (!result.ok) return result;
    return { ...result, graph: { ...result.graph, nodes: this.nodes, edges: this.edges } };
  }
}
