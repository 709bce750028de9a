// Owns finding the graph file a user passed on the command line (or via a second instance / file association).
import { extname } from 'node:path';
import { GRAPH_FILE_EXTENSIONS } from '../graph-data/formats/file-extensions';

/** One list for every layer: graph-data's (JSON, GEXF, GraphML, CSV and the RDF syntaxes). */
export { GRAPH_FILE_EXTENSIONS };

/**
 * argv is `[electron, app-or-script?, ...args]` in development and `[app, ...args]` when packaged; Chromium switches
 * (`--foo`) are skipped. Returns the first argument that names a graph file.
 */
export function findGraphFileArgument(argv: readonly string[], isPackaged: boolean): string | undefined {
  const args = argv.slice(isPackaged ? 1 : 2);
  return args.find(
    (arg) => !arg.startsWith('-') && (GRAPH_FILE_EXTENSIONS as readonly string[]).includes(extname(arg).toLowerCase()),
  );
}
