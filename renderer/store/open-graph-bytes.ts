// Owns turning the bytes of a chosen file into a new graph, or a message naming the file and the problem.
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { GraphFileError } from '../../graph-data/model/graph-errors';
import { parseAtlasJson } from '../../graph-data/model/load-atlas-graph';

export type OpenResult = { ok: true; graph: AtlasGraph } | { ok: false; message: string };

export function openGraphBytes(fileName: string, bytes: Uint8Array): OpenResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, graph: parseAtlasJson(text, fileName) };
  } catch (error) {
    if (error instanceof GraphFileError) return { ok: false, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${fileName}: ${detail}` };
  }
}
