// Owns reading RDF files into a new graph: Turtle, N-Triples, N-Quads, TriG (n3), JSON-LD (jsonld, no network), RDF/XML (rdfxml-streaming-parser), streamed into the mapping with progress and located errors.
import type { Quad, DataFactory as RdfDataFactory } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import type { AtlasGraph } from '../../model/atlas-graph';
import { createAtlasGraph } from '../../model/atlas-graph';
import { GraphFileError } from '../../model/graph-errors';
import { parseJsonText } from '../../model/load-atlas-graph';
import { termRef } from './rdf-ids';
import { RdfGraphBuilder, type RdfGraphSelection, RdfMappingError } from './rdf-mapping';
import { RDF_SYNTAX_NAMES, type RdfSyntax } from './rdf-syntax';
import { createStableFactory } from './rdf-terms-factory';

export { looksLikeRdfXml, RDF_SYNTAX_NAMES, type RdfSyntax, rdfSyntaxFromFileName } from './rdf-syntax';

import { checkRdfXmlDepth, checkRdfXmlDoctype, rdfXmlPrefixes } from './rdfxml-doctype';

export interface RdfReadOptions {
  /** Which graph to read from N-Quads/TriG/JSON-LD; default: the default graph, or the first named graph when the default graph is empty. */
  graph?: RdfGraphSelection;
  /** Preferred label language. */
  language?: string;
  /** Base for relative IRIs; default `file:///<file name>`. */
  baseIri?: string;
  /** Called with the fraction of the text read (0–1) as parsing goes. */
  onProgress?(fraction: number): void;
}

export interface RdfReadResult {
  graph: AtlasGraph;
  syntax: RdfSyntax;
  /** The graph that was read. */
  selected: RdfGraphSelection;
  /** Named graphs found in the file (IRIs or `_:label`), in the order first seen. */
  namedGraphs: string[];
  /** Quads read in the selected graph (duplicates included). */
  triples: number;
}

/** Text is fed to the streaming parsers in chunks of this many characters, with a progress report after each. */
const CHUNK = 1 << 20;

const N3_FORMATS: Partial<Record<RdfSyntax, string>> = {
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  trig: 'application/trig',
};

interface QuadSink {
  add(quad: Quad): void;
  prefix(prefix: string, namespace: string): void;
}

/** Strips a parser's own position suffix/prefix, since GraphFileError puts file:line in front. */
function locate(message: string): { detail: string; line?: number; column?: number } {
  const n3 = /^(.*?)\s*on line (\d+)\.?$/s.exec(message);
  if (n3?.[1] !== undefined) return { detail: n3[1], line: Number(n3[2]) };
  const rdfxml = /^Line (\d+) column (\d+): (.*)$/s.exec(message);
  if (rdfxml?.[3] !== undefined) return { detail: rdfxml[3], line: Number(rdfxml[1]), column: Number(rdfxml[2]) };
  const sax = /^(?:[^\n:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
  if (sax?.[3] !== undefined) return { detail: sax[3], line: Number(sax[1]), column: Number(sax[2]) };
  return { detail: message };
}

function toFileError(fileName: string, syntax: RdfSyntax, error: unknown): GraphFileError {
  if (error instanceof GraphFileError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RdfMappingError) return new GraphFileError(fileName, message);
  const { detail, line, column } = locate(message);
  const where: { line?: number; column?: number } = {};
  if (line !== undefined) where.line = line;
  if (column !== undefined) where.column = column;
  return new GraphFileError(fileName, `invalid ${RDF_SYNTAX_NAMES[syntax]}: ${detail}`, where);
}

/** n3 reads a stream from `on('data')`/`on('end')`: feeding it slices synchronously streams the text with progress. */
function parseWithN3(
  text: string,
  syntax: RdfSyntax,
  baseIri: string,
  factory: RdfDataFactory<Quad>,
  sink: QuadSink,
  onProgress: (fraction: number) => void,
): void {
  const parser = new Parser({ format: N3_FORMATS[syntax], baseIRI: baseIri, factory, blankNodePrefix: '' });
  const handlers: Record<string, (chunk?: string) => void> = {};
  const stream = {
    on(event: string, handler: (chunk?: string) => void) {
      handlers[event] = handler;
      return stream;
    },
  };
  let failure: unknown;
  parser.parse(
    stream as never,
    {
      onQuad: (error: Error | null, quad: Quad | null) => {
        if (failure !== undefined) return;
        if (error) failure = error;
        else if (quad) {
          try {
            sink.add(quad);
          } catch (mappingError) {
            failure = mappingError;
          }
        }
      },
      onPrefix: (prefix: string, ns: { value: string }) => sink.prefix(prefix, ns.value),
    } as never,
  );
  for (let at = 0; at < text.length && failure === undefined; at += CHUNK) {
    handlers.data?.(text.slice(at, at + CHUNK));
    onProgress(Math.min(1, (at + CHUNK) / text.length));
  }
  if (failure === undefined) handlers.end?.();
  if (failure !== undefined) throw failure;
}

async function parseRdfXml(
  text: string,
  fileName: string,
  maxBytes: number,
  baseIri: string,
  factory: RdfDataFactory<Quad>,
  sink: QuadSink,
  onProgress: (fraction: number) => void,
): Promise<void> {
  checkRdfXmlDoctype(text, fileName, maxBytes);
  checkRdfXmlDepth(text, fileName);
  for (const [prefix, ns] of Object.entries(rdfXmlPrefixes(text))) sink.prefix(prefix, ns);
  const parser = new RdfXmlParser({ baseIRI: baseIri, dataFactory: factory as never, trackPosition: true });
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      parser.destroy();
      reject(error);
    };
    parser.on('data', (quad: Quad) => {
      if (failed) return;
      try {
        sink.add(quad);
      } catch (error) {
        fail(error);
      }
    });
    parser.on('error', fail);
    parser.on('end', () => {
      if (!failed) resolve();
    });
    const writeFrom = (at: number) => {
      if (failed) return;
      if (at >= text.length) {
        parser.end();
        return;
      }
      parser.write(text.slice(at, at + CHUNK), () => {
        onProgress(Math.min(1, (at + CHUNK) / text.length));
        writeFrom(at + CHUNK);
      });
    };
    writeFrom(0);
  });
}

/** A JSON-LD document never reaches the network: every remote context is refused with this error. */
class RemoteContextError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`remote JSON-LD context ${url}`);
    this.url = url;
  }
}

function findRemoteContext(error: unknown): RemoteContextError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 10; depth++) {
    if (e instanceof RemoteContextError) return e;
    e = (e as { details?: { cause?: unknown }; cause?: unknown }).details?.cause ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}

async function parseJsonLd(
  text: string,
  fileName: string,
  baseIri: string,
  factory: RdfDataFactory<Quad>,
  sink: QuadSink,
): Promise<void> {
  // Our JSON reader first: located syntax errors, a nesting limit (deep documents would overflow jsonld's recursion).
  const document = parseJsonText(text, fileName) as Record<string, unknown>;
  const context = document !== null && typeof document === 'object' ? document['@context'] : undefined;
  if (context !== null && typeof context === 'object' && !Array.isArray(context)) {
    for (const [prefix, ns] of Object.entries(context)) {
      if (typeof ns === 'string' && /[#/:]$/.test(ns) && !prefix.startsWith('@')) sink.prefix(prefix, ns);
    }
  }
  let quads: unknown;
  try {
    quads = await jsonld.toRDF(
      document as never,
      {
        base: baseIri,
        documentLoader: async (url: string) => {
          throw new RemoteContextError(url);
        },
      } as never,
    );
  } catch (error) {
    const remote = findRemoteContext(error);
    if (remote) {
      throw new GraphFileError(
        fileName,
        `the file refers to the remote JSON-LD context ${remote.url}, which is not fetched (files are read offline); put the context in the file`,
      );
    }
    const e = error as { name?: string; message?: string };
    throw new GraphFileError(fileName, `invalid JSON-LD: ${e.message ?? String(error)}`);
  }
  // jsonld gives plain objects; rebuilding them with the factory gives real RDF/JS terms and stable blank nodes.
  type Plain = { termType: string; value: string; language?: string; datatype?: { value: string } };
  const term = (t: Plain) => {
    if (t.termType === 'NamedNode') return factory.namedNode(t.value);
    if (t.termType === 'BlankNode') return factory.blankNode(t.value.replace(/^_:/, ''));
    if (t.termType === 'Literal') {
      return factory.literal(t.value, t.language ? t.language : factory.namedNode(t.datatype?.value ?? ''));
    }
    return factory.defaultGraph();
  };
  for (const q of quads as { subject: Plain; predicate: Plain; object: Plain; graph: Plain }[]) {
    sink.add(
      factory.quad(
        term(q.subject) as never,
        term(q.predicate) as never,
        term(q.object) as never,
        term(q.graph) as never,
      ),
    );
  }
}

async function parseInto(
  syntax: RdfSyntax,
  text: string,
  fileName: string,
  maxBytes: number,
  baseIri: string,
  sink: QuadSink,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const factory = createStableFactory();
  try {
    if (syntax === 'jsonld') await parseJsonLd(text, fileName, baseIri, factory, sink);
    else if (syntax === 'rdfxml') await parseRdfXml(text, fileName, maxBytes, baseIri, factory, sink, onProgress);
    else parseWithN3(text, syntax, baseIri, factory, sink, onProgress);
  } catch (error) {
    throw toFileError(fileName, syntax, error);
  }
}

/**
 * Reads RDF text into a new graph. Quads stream from the parser into the mapping; nothing is returned until the
 * whole file is read. Throws GraphFileError naming the file and, where the parser gives it, the line.
 */
export async function readRdfText(
  fileName: string,
  text: string,
  syntax: RdfSyntax,
  maxBytes: number,
  options: RdfReadOptions = {},
): Promise<RdfReadResult> {
  const baseIri = options.baseIri ?? `file:///${encodeURIComponent(fileName)}`;
  const progress = options.onProgress ?? (() => {});
  const read = async (selection: RdfGraphSelection) => {
    const builder = new RdfGraphBuilder(createAtlasGraph(), {
      graph: selection,
      name: fileName,
      ...(options.language ? { language: options.language } : {}),
    });
    const namedGraphs = new Set<string>();
    let triples = 0;
    const sink: QuadSink = {
      add(quad) {
        if (quad.graph.termType !== 'DefaultGraph') {
          const ref = termRef(quad.graph);
          if (ref !== undefined) namedGraphs.add(ref);
        }
        builder.add(quad);
        if (
          selection === 'all' ||
          (selection === 'default' ? quad.graph.termType === 'DefaultGraph' : termRef(quad.graph) === selection)
        ) {
          triples++;
        }
      },
      prefix: (prefix, ns) => builder.addPrefix(prefix, ns),
    };
    await parseInto(syntax, text, fileName, maxBytes, baseIri, sink, progress);
    builder.finish();
    return { graph: builder.graph, namedGraphs: [...namedGraphs], triples };
  };
  const selection = options.graph ?? 'default';
  let result = await read(selection);
  let selected = selection;
  if (selection !== 'default' && selection !== 'all' && !result.namedGraphs.includes(selection)) {
    throw new GraphFileError(fileName, `the file has no named graph ${selection}`);
  }
  // A dataset whose default graph is empty opens on its first named graph rather than as an empty graph.
  const [first] = result.namedGraphs;
  if (options.graph === undefined && result.triples === 0 && first !== undefined) {
    selected = first;
    const again = await read(first);
    result = { ...again, namedGraphs: result.namedGraphs };
  }
  return { graph: result.graph, syntax, selected, namedGraphs: result.namedGraphs, triples: result.triples };
}
