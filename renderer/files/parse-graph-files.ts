// Owns turning file bytes into a ParseResult with the data layer (readGraphFile, readCsvPair, workspaces); runs in the worker, and in unit tests directly.
import { decodeGraphContent } from '../../graph-data/formats/decode-content';
import { readCsvPair, readGraphFileAsync } from '../../graph-data/formats/read-graph-file';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { GraphFileError } from '../../graph-data/model/graph-errors';
import { buildAtlasGraph, parseJsonText } from '../../graph-data/model/load-atlas-graph';
import { validateWorkspace, WORKSPACE_FORMAT, type WorkspaceState } from '../../graph-data/workspace/workspace-schema';
import type { ParseRequest, ParseResult, ParseStage, RdfFileInfo } from './graph-file-protocol';

/** Attributes that describe an element but never make sensible types. */
const NOT_TYPES = new Set(['label', 'description', 'aliases', 'provenance', 'x', 'y', 'z', 'size', 'period', 'weight']);
const MAX_TYPE_CHOICES = 20;
/** More distinct values than this is an identifier or free text, not a category. */
const MAX_DISTINCT_TYPES = 60;

/** Inferred ontologies say so in every description (graph-data/model/infer-ontology.ts); a file's own never all do. */
export function hasInferredOntology(graph: AtlasGraph): boolean {
  const { entityTypes, relationTypes } = graph.getAttribute('ontology');
  return [...entityTypes, ...relationTypes].every((t) => t.description.startsWith('Generated:'));
}

/** Attributes whose values look like categories (strings or integers, few distinct values), `type` first. */
export function typeAttributeChoices(graph: AtlasGraph): string[] {
  const values = new Map<string, Set<string>>();
  const collect = (attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (NOT_TYPES.has(name)) continue;
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) continue;
      const seen = values.get(name) ?? new Set<string>();
      values.set(name, seen);
      if (seen.size <= MAX_DISTINCT_TYPES) seen.add(String(value));
    }
  };
  graph.forEachNode((_, a) => collect(a));
  graph.forEachEdge((_, a) => collect(a));
  const names = [...values].filter(([, seen]) => seen.size <= MAX_DISTINCT_TYPES).map(([name]) => name);
  names.sort((a, b) => (a === 'type' ? -1 : b === 'type' ? 1 : a.localeCompare(b)));
  return names.slice(0, MAX_TYPE_CHOICES);
}

/** A workspace is JSON whose first bytes carry our marker; checking the head avoids parsing graph files twice. */
function isWorkspaceFile(name: string, bytes: Uint8Array): boolean {
  if (!name.toLowerCase().endsWith('.json')) return false;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512));
  return head.includes(`"${WORKSPACE_FORMAT}"`);
}

function readWorkspace(name: string, bytes: Uint8Array, maxBytes: number) {
  const workspace = validateWorkspace(parseJsonText(decodeGraphContent(name, bytes, maxBytes), name), name);
  const { graph: data, format: _f, version: _v, savedAt: _s, ...state } = workspace;
  return { graph: buildAtlasGraph(data, name), state: state as WorkspaceState };
}

function failure(error: unknown, fallbackName: string): ParseResult {
  if (error instanceof GraphFileError) {
    return { ok: false, message: error.message, fileName: error.fileName, ...error.location };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, message: `${fallbackName}: ${detail}`, fileName: fallbackName };
}

/**
 * Reads the request's file(s) into a new graph; never rejects. `progress` reports each stage as it starts, and the
 * fraction read while a streaming reader (RDF) parses.
 */
export async function parseGraphFiles(
  request: ParseRequest,
  progress: (stage: ParseStage, fraction?: number) => void = () => {},
): Promise<ParseResult> {
  const [first, second] = request.files;
  if (!first) return { ok: false, message: 'No file was given.', fileName: '' };
  const typeAttribute = request.typeAttribute ?? 'type';
  const options = {
    typeAttribute,
    maxBytes: request.maxBytes,
    ...(request.graph !== undefined ? { graph: request.graph } : {}),
    onProgress: (fraction: number) => progress('parsing', fraction),
  };
  try {
    progress('parsing');
    let graph: AtlasGraph;
    let workspace: WorkspaceState | null = null;
    let rdf: RdfFileInfo | undefined;
    let fileName = first.name;
    if (second) {
      graph = readCsvPair(first.name, first.bytes, second.name, second.bytes, options);
      fileName = second.name;
    } else if (isWorkspaceFile(first.name, first.bytes)) {
      const read = readWorkspace(first.name, first.bytes, request.maxBytes);
      graph = read.graph;
      workspace = read.state;
    } else {
      const read = await readGraphFileAsync(first.name, first.bytes, options);
      graph = read.graph;
      if (read.rdf) rdf = { syntax: read.rdf.syntax, namedGraphs: read.rdf.namedGraphs, selected: read.rdf.selected };
    }
    progress('building');
    const inferredTypes = workspace === null && hasInferredOntology(graph);
    return {
      ok: true,
      graph: graph.export(),
      fileName,
      inferredTypes,
      typeAttribute,
      typeAttributes: inferredTypes ? typeAttributeChoices(graph) : [],
      workspace,
      ...(rdf ? { rdf } : {}),
    };
  } catch (error) {
    return failure(error, second ? `${first.name} + ${second.name}` : first.name);
  }
}
