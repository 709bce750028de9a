// Owns turning a path into a graph for the CLI: reads bytes (fs or an injected reader) and hands them to the pure readers in graph-data.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadEmbeddedGraph } from '../../graph-data/dataset/embedded-graph';
import type { RdfGraphSelection } from '../../graph-data/formats/rdf';
import { formatFromFileName, readCsvPair, readGraphFileAsync } from '../../graph-data/formats/read-graph-file';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { GraphFileError } from '../../graph-data/model/graph-errors';

export type ReadBytes = (path: string) => Uint8Array;

export interface GraphPathOptions {
  /** The nodes table for an edges CSV; by default `X-nodes.csv` next to `X-edges.csv`, when it exists. */
  nodes?: string;
  typeAttribute?: string;
  /** RDF datasets: the named graph to read (IRI), `default`, or `all`. */
  graph?: RdfGraphSelection;
  /** RDF: preferred label language. */
  language?: string;
}

function readOrExplain(path: string, readFile: ReadBytes): Uint8Array {
  try {
    return readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new GraphFileError(basename(path), `cannot read file (${code})`);
  }
}

/**
 * The nodes table that goes with an edges CSV: the one the user named, else `X-nodes.csv` next to `X-edges.csv`
 * or next to `X.csv` (what `kg convert` writes), when it exists.
 */
function companionNodes(path: string, options: GraphPathOptions, readFile: ReadBytes): string | undefined {
  if (options.nodes !== undefined) return options.nodes;
  const name = basename(path);
  const match = /^(.*[-_.])edges\.csv$/i.exec(name);
  const candidate = join(dirname(path), match ? `${match[1]}nodes.csv` : name.replace(/\.csv$/i, '-nodes.csv'));
  try {
    readFile(candidate);
    return candidate;
  } catch {
    return undefined;
  }
}

/** Reads any supported graph file into a new graph; throws GraphFileError (with file and line) on bad input. */
export async function readGraphAtPath(
  path: string,
  readFile: ReadBytes,
  options: GraphPathOptions = {},
): Promise<AtlasGraph> {
  const name = basename(path);
  const readOptions = {
    ...(options.typeAttribute === undefined ? {} : { typeAttribute: options.typeAttribute }),
    ...(options.graph === undefined ? {} : { graph: options.graph }),
    ...(options.language === undefined ? {} : { language: options.language }),
  };
  const format = formatFromFileName(name);
  if (format === 'csv-nodes') {
    throw new GraphFileError(name, 'this is a nodes table: give the edges file, with --nodes for this one');
  }
  if (format === 'csv-edges') {
    const nodesPath = companionNodes(path, options, readFile);
    if (nodesPath !== undefined) {
      const nodes = readOrExplain(nodesPath, readFile);
      return readCsvPair(basename(nodesPath), nodes, name, readOrExplain(path, readFile), readOptions);
    }
  } else if (options.nodes !== undefined) {
    throw new GraphFileError(name, '--nodes only applies to an edges CSV file');
  }
  return (await readGraphFileAsync(name, readOrExplain(path, readFile), readOptions)).graph;
}

export async function loadInputGraph(file: string | undefined): Promise<AtlasGraph> {
  if (file === undefined) return loadEmbeddedGraph();
  return readGraphAtPath(file, (path) => readFileSync(path));
}
