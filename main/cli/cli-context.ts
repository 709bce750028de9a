// Owns what every kg command receives: how to load the input graph and where to write, so commands are testable without a process.
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';

export interface CliContext {
  /**
   * Loads `--file F` (format from the extension, RDF included) or, without a file, the embedded graph. Throws
   * GraphFileError on bad input. Asynchronous because some readers are (JSON-LD, RDF/XML).
   */
  loadGraph(file: string | undefined): Promise<AtlasGraph>;
  readFile(path: string): Uint8Array;
  /** Atomic write (temp file in the same folder, then rename). */
  writeFile(path: string, content: string | Uint8Array): void;
  out(text: string): void;
  err(text: string): void;
}

/** Thrown by a command for a user error; kg prints the message and exits with `exitCode`. */
export class CliUsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliUsageError';
    this.exitCode = exitCode;
  }
}
