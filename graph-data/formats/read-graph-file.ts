// Owns the one entry point for graph files: picks the format from the file name, decodes bytes, reads into a NEW AtlasGraph, and writes.
import type { AtlasGraph } from '../model/atlas-graph';
import { GraphFileError } from '../model/graph-errors';
import { buildAtlasGraph, normalizeForeignDocument, parseAtlasJson } from '../model/load-atlas-graph';
import { readCsvEdges, readCsvNodes } from './csv-reader';
import { writeCsvEdges, writeCsvNodes } from './csv-writer';
import { decodeGraphContent } from './decode-content';
import {
  DEFAULT_MAX_BYTES,
  type GraphFormat,
  type RawGraphDocument,
  type ReadGraphOptions,
  type WritableFormat,
  type WriteGraphOptions,
  type WriteResult,
} from './format-types';
import { readGexfTree } from './gexf-reader';
import { writeGexf } from './gexf-writer';
import { readGraphmlTree } from './graphml-reader';
import { writeGraphml } from './graphml-writer';
import { writeJsonGraph } from './json-format';
import type { RdfReadResult } from './rdf/rdf-readers';
import { looksLikeRdfXml, RDF_SYNTAX_NAMES, type RdfSyntax, rdfSyntaxFromFileName } from './rdf/rdf-syntax';
import { parseXmlTree } from './xml-tree';

export { GRAPH_FILE_EXTENSIONS } from './file-extensions';
export type {
  FormatWarning,
  GraphFormat,
  ReadGraphOptions,
  WritableFormat,
  WriteGraphOptions,
  WriteResult,
} from './format-types';

const RDF_SYNTAXES = new Set<GraphFormat>(['turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'rdfxml']);

export function isRdfFormat(format: GraphFormat | undefined): format is RdfSyntax {
  return format !== undefined && RDF_SYNTAXES.has(format);
}

/** A short name of each format for messages: `Turtle`, `GraphML`… */
export function formatName(format: GraphFormat): string {
  if (isRdfFormat(format)) return RDF_SYNTAX_NAMES[format];
  return { json: 'JSON', gexf: 'GEXF', graphml: 'GraphML', 'csv-nodes': 'CSV', 'csv-edges': 'CSV' }[format];
}

/**
 * The format a file name implies: `.json`, `.gexf`, `.graphml`/`.xml`, `.csv` (a `-nodes.csv`/`nodes.csv` is a node
 * table), and RDF: `.ttl`, `.nt`, `.nq`, `.trig`, `.jsonld`, `.rdf`/`.owl` (a `.xml` holding RDF/XML is recognised
 * by its content when read).
 */
export function formatFromFileName(name: string): GraphFormat | undefined {
  const rdf = rdfSyntaxFromFileName(name);
  if (rdf) return rdf;
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml') || lower.endsWith('.xml')) return 'graphml';
  if (lower.endsWith('.csv')) return /(^|[-_.\s/\\])nodes\.csv$/.test(lower) ? 'csv-nodes' : 'csv-edges';
  return undefined;
}

/** Normalises a foreign document and validates it with the schema; nothing is returned unless the whole graph built. */
function finish(doc: RawGraphDocument, fileName: string, options: ReadGraphOptions): AtlasGraph {
  return buildAtlasGraph(normalizeForeignDocument(doc, options), fileName);
}

/** `expected` is the format the extension names; `.xml` may hold either. */
function readXml(text: string, fileName: string, options: ReadGraphOptions, expected?: 'gexf' | 'graphml'): AtlasGraph {
  const root = parseXmlTree(text, fileName);
  const kind = root.local === 'gexf' || root.local === 'graphml' ? root.local : undefined;
  if (kind === undefined || (expected !== undefined && kind !== expected)) {
    throw new GraphFileError(
      fileName,
      `wrong root element <${root.name}>; expected <${expected ?? 'gexf> or <graphml'}>`,
      {
        line: root.line,
        column: root.column,
      },
    );
  }
  const doc = kind === 'gexf' ? readGexfTree(root, fileName) : readGraphmlTree(root, fileName);
  return finish(doc, fileName, options);
}

const UNKNOWN_TYPE =
  'unknown file type: expected .json, .gexf, .graphml, .xml, .csv, .ttl, .nt, .nq, .trig, .jsonld, .rdf or .owl';

/**
 * Reads a graph file into a new graph. Throws GraphFileError naming the file and, where known, the line and
 * element; the caller's current graph is never touched.
 */
export function readGraphFile(
  fileName: string,
  content: string | Uint8Array,
  options: ReadGraphOptions = {},
): AtlasGraph {
  const format = formatFromFileName(fileName);
  if (format === undefined) {
    throw new GraphFileError(fileName, UNKNOWN_TYPE);
  }
  if (isRdfFormat(format)) throw new Error(`${fileName}: RDF files are read with readGraphFileAsync`);
  const text = decodeGraphContent(fileName, content, options.maxBytes ?? DEFAULT_MAX_BYTES);
  switch (format) {
    case 'json':
      return parseAtlasJson(text, fileName, options);
    case 'gexf':
      return readXml(text, fileName, options, 'gexf');
    case 'graphml':
      return readXml(text, fileName, options, fileName.toLowerCase().endsWith('.xml') ? undefined : 'graphml');
    case 'csv-nodes':
      throw new GraphFileError(fileName, 'this is a nodes table: open it together with its edges file (readCsvPair)');
    case 'csv-edges':
      return finish(readCsvEdges(text, fileName, undefined), fileName, options);
  }
}

/** Reads a nodes table and an edges table as one graph; every edge endpoint must be a node of the nodes table. */
export function readCsvPair(
  nodesName: string,
  nodesContent: string | Uint8Array,
  edgesName: string,
  edgesContent: string | Uint8Array,
  options: ReadGraphOptions = {},
): AtlasGraph {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const nodes = readCsvNodes(decodeGraphContent(nodesName, nodesContent, maxBytes), nodesName);
  const doc = readCsvEdges(decodeGraphContent(edgesName, edgesContent, maxBytes), edgesName, nodes, nodesName);
  return finish(doc, edgesName, options);
}

/**
 * Writes `graph` in a non-RDF format. RDF is written by `writeGraphFileAsync`, which loads the RDF libraries only
 * when they are needed (they are most of the size of the readers and writers).
 */
export function writeGraphFile(graph: AtlasGraph, format: SyncWritableFormat): WriteResult {
  switch (format) {
    case 'json':
      return writeJsonGraph(graph);
    case 'gexf':
      return writeGexf(graph);
    case 'graphml':
      return writeGraphml(graph);
    case 'csv-nodes':
      return writeCsvNodes(graph);
    case 'csv-edges':
      return writeCsvEdges(graph);
  }
}

export type SyncWritableFormat = Exclude<WritableFormat, RdfSyntax>;

/** Writes `graph` in any writable format; `warnings` lists every value the format could not carry as is. */
export async function writeGraphFileAsync(
  graph: AtlasGraph,
  format: WritableFormat,
  options: WriteGraphOptions = {},
): Promise<WriteResult> {
  if (format === 'turtle' || format === 'ntriples' || format === 'jsonld') {
    const writers = await import('./rdf/rdf-writers');
    if (format === 'turtle') return writers.writeTurtle(graph, options);
    if (format === 'ntriples') return writers.writeNTriples(graph, options);
    return writers.writeJsonLd(graph, options);
  }
  return writeGraphFile(graph, format);
}

/** What a read gives: the new graph and, for RDF, the syntax, the named graphs found and the one read. */
export interface GraphReadResult {
  graph: AtlasGraph;
  rdf?: Omit<RdfReadResult, 'graph'>;
}

/**
 * Reads any supported graph file into a new graph (RDF included, streamed with `options.onProgress`). Throws
 * GraphFileError naming the file and, where known, the line; the caller's current graph is never touched.
 */
export async function readGraphFileAsync(
  fileName: string,
  content: string | Uint8Array,
  options: ReadGraphOptions = {},
): Promise<GraphReadResult> {
  const format = formatFromFileName(fileName);
  if (format === undefined) throw new GraphFileError(fileName, UNKNOWN_TYPE);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let syntax: RdfSyntax | undefined = isRdfFormat(format) ? format : undefined;
  let text: string | undefined;
  if (syntax === undefined && fileName.toLowerCase().endsWith('.xml')) {
    text = decodeGraphContent(fileName, content, maxBytes);
    if (looksLikeRdfXml(text)) syntax = 'rdfxml';
  }
  if (syntax === undefined) return { graph: readGraphFile(fileName, text ?? content, options) };
  const rdfOptions = {
    ...(options.graph !== undefined ? { graph: options.graph } : {}),
    ...(options.language !== undefined ? { language: options.language } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const { readRdfText } = await import('./rdf/rdf-readers');
  const { graph, ...rdf } = await readRdfText(
    fileName,
    text ?? decodeGraphContent(fileName, content, maxBytes),
    syntax,
    maxBytes,
    rdfOptions,
  );
  return { graph, rdf };
}
