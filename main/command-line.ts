// Owns finding the graph file a user passed on the command line (or via a second instance / file association).
import { extname } from 'node:path';

export const GRAPH_FILE_EXTENSIONS = ['.json', '.gexf', '.graphml', '.xml', '.csv'] as const;

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
