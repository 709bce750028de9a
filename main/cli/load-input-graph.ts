// Owns turning `--file F` into a graph for the CLI: reads bytes with fs and hands them to the pure readers in graph-data.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadEmbeddedGraph } from '../../graph-data/dataset/embedded-graph';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { GraphFileError } from '../../graph-data/model/graph-errors';
import { parseAtlasJson } from '../../graph-data/model/load-atlas-graph';

export function loadInputGraph(file: string | undefined): AtlasGraph {
  if (file === undefined) return loadEmbeddedGraph();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new GraphFileError(basename(file), `cannot read file (${code})`);
  }
  return parseAtlasJson(text, basename(file));
}
