// Owns the `kg` command line: wires commander to the commands and turns errors into messages and exit codes.

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { GraphFileError } from '../../graph-data/model/graph-errors';
import { SparqlError } from '../../graph-data/sparql/sparql-errors';
import { atomicWriteFileSync } from '../atomic-write';
import { createNodeSparqlTransport } from '../sparql/node-transport';
import { type CliContext, CliUsageError } from './cli-context';
import { registerFileCommands } from './commands/file-commands';
import { registerPathCommand } from './commands/path-command';
import { registerStatsCommand } from './commands/stats-command';
import { loadInputGraph } from './load-input-graph';

export function createProgram(context: CliContext): Command {
  const program = new Command('kg')
    .description('Alliance Atlas knowledge-graph command line (embedded graph by default, or --file)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.out(s), writeErr: (s) => context.err(s) });
  registerStatsCommand(program, context);
  registerFileCommands(program, context);
  registerPathCommand(program, context);
  return program;
}

/** Runs kg with `argv` (without node and script) and returns the exit code instead of exiting, for tests. */
export async function runKg(argv: string[], context: CliContext): Promise<number> {
  const program = createProgram(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof GraphFileError || error instanceof SparqlError) {
      context.err(`kg: ${error.message}\n`);
      return 1;
    }
    if (error instanceof CliUsageError) {
      context.err(`kg: ${error.message}\n`);
      return error.exitCode;
    }
    context.err(`kg: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 70;
  }
}

export const nodeCliContext: CliContext = {
  loadGraph: loadInputGraph,
  readFile: (path) => readFileSync(path),
  writeFile: (path, content) => atomicWriteFileSync(path, content),
  sparqlTransport: createNodeSparqlTransport,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
