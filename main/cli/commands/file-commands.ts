// Owns `kg validate FILE` and `kg convert IN OUT`: read any supported format (RDF included), report counts or the located error, write atomically.
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { RdfGraphSelection } from '../../../graph-data/formats/rdf';
import {
  formatFromFileName,
  formatName,
  type GraphFormat,
  type WritableFormat,
  writeGraphFileAsync,
} from '../../../graph-data/formats/read-graph-file';
import type { AtlasGraph } from '../../../graph-data/model/atlas-graph';
import { GraphFileError } from '../../../graph-data/model/graph-errors';
import { type CliContext, CliUsageError } from '../cli-context';
import { readGraphAtPath } from '../load-input-graph';

interface FileOptions {
  nodes?: string;
  typeAttribute?: string;
  json?: boolean;
  graph?: RdfGraphSelection;
  language?: string;
  base?: string;
}

/** RDF syntaxes `convert` can read but not write. */
const READ_ONLY: ReadonlySet<GraphFormat> = new Set(['nquads', 'trig', 'rdfxml']);

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of [...values].sort()) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

function summary(graph: AtlasGraph) {
  return {
    nodes: graph.order,
    edges: graph.size,
    entityTypes: countBy(graph.mapNodes((_, a) => a.type)),
    relationTypes: countBy(graph.mapEdges((_, a) => a.type)),
  };
}

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ') || 'none';

async function validate(context: CliContext, file: string, options: FileOptions): Promise<void> {
  const format = formatFromFileName(basename(file));
  let graph: AtlasGraph;
  try {
    graph = await readGraphAtPath(file, (p) => context.readFile(p), options);
  } catch (error) {
    if (options.json && error instanceof GraphFileError) {
      const { line, column, element } = error.location;
      const detail = { message: error.message, detail: error.detail, line, column, element };
      context.out(`${JSON.stringify({ file, valid: false, error: detail }, null, 2)}\n`);
      throw new CliUsageError(error.message, 1);
    }
    throw error;
  }
  const counts = summary(graph);
  if (options.json) {
    context.out(`${JSON.stringify({ file, valid: true, format: format ?? null, ...counts }, null, 2)}\n`);
    return;
  }
  const kind = format ? formatName(format) : '';
  context.out(
    [
      `${file}: valid ${kind} graph: ${counts.nodes} entities, ${counts.edges} relations`,
      `  entity types: ${list(counts.entityTypes)}`,
      `  relation types: ${list(counts.relationTypes)}`,
      '',
    ].join('\n'),
  );
}

/** `out.csv` gets the edge list and `out-nodes.csv` (next to it) the node table: a graph needs both. */
function nodesPathFor(edgesPath: string): string {
  return edgesPath.replace(/(-edges)?\.csv$/i, '-nodes.csv');
}

async function convert(context: CliContext, input: string, output: string, options: FileOptions): Promise<void> {
  const format = formatFromFileName(basename(output));
  if (format === undefined) {
    throw new CliUsageError(
      `cannot tell the output format of ${output}: use .json, .gexf, .graphml, .xml, .csv, .ttl, .nt or .jsonld`,
    );
  }
  if (READ_ONLY.has(format)) {
    throw new CliUsageError(`${formatName(format)} is read but not written: write .ttl, .nt or .jsonld instead`);
  }
  if (format === 'csv-nodes') {
    throw new CliUsageError(
      `name the edges file (e.g. out.csv); the nodes table is written next to it as out-nodes.csv`,
    );
  }
  const graph = await readGraphAtPath(input, (p) => context.readFile(p), options);
  const outputs: [string, WritableFormat][] =
    format === 'csv-edges'
      ? [
          [output, 'csv-edges'],
          [nodesPathFor(output), 'csv-nodes'],
        ]
      : [[output, format as WritableFormat]];
  const warnings = new Set<string>();
  const results: { path: string; text: string }[] = [];
  for (const [path, f] of outputs) {
    let result: Awaited<ReturnType<typeof writeGraphFileAsync>>;
    try {
      result = await writeGraphFileAsync(graph, f, options.base === undefined ? {} : { baseIri: options.base });
    } catch (error) {
      // A bad --base is the only way a writer refuses a graph that was read.
      throw new CliUsageError(error instanceof Error ? error.message : String(error));
    }
    for (const w of result.warnings) warnings.add(`${w.element}: ${w.message}`);
    results.push({ path, text: result.text });
  }
  // Written only once every output rendered, so a failure does not leave half of a CSV pair.
  for (const { path, text } of results) context.writeFile(path, text);
  for (const w of warnings) context.err(`kg: warning: ${w}\n`);
  context.out(`wrote ${results.map((r) => r.path).join(' and ')} (${graph.order} entities, ${graph.size} relations)\n`);
}

export function registerFileCommands(program: Command, context: CliContext): void {
  program
    .command('validate')
    .description(
      'check that FILE (JSON, GEXF, GraphML, CSV, Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) is a well-formed graph; exit 1 with the located error if not',
    )
    .argument('<file>', 'graph file')
    .option('--nodes <file>', 'nodes table for an edges CSV (default: X-nodes.csv next to X-edges.csv)')
    .option('--type-attribute <name>', 'attribute that holds the entity/relation type in foreign files', 'type')
    .option('--graph <iri>', "RDF datasets: the named graph to read ('default', 'all', or an IRI)")
    .option('--language <tag>', 'RDF: preferred label language (default: English, then untagged)')
    .option('--json', 'machine-readable output')
    .action((file: string, options: FileOptions) => validate(context, file, options));
  program
    .command('convert')
    .description(
      'convert IN to OUT, formats from the extensions (.json, .gexf, .graphml, .xml, .csv, .ttl, .nt, .jsonld; also reads .nq, .trig, .rdf, .owl); writes atomically',
    )
    .argument('<in>', 'input graph file')
    .argument('<out>', 'output file; a .csv output also writes OUT-nodes.csv')
    .option('--nodes <file>', 'nodes table for an edges CSV input')
    .option('--type-attribute <name>', 'attribute that holds the entity/relation type in foreign files', 'type')
    .option('--graph <iri>', "RDF datasets: the named graph to read ('default', 'all', or an IRI)")
    .option('--language <tag>', 'RDF: preferred label language')
    .option(
      '--base <iri>',
      'RDF output of a graph that did not come from RDF: the base of its IRIs (default https://alliance-atlas.example/graph/)',
    )
    .action((input: string, output: string, options: FileOptions) => convert(context, input, output, options));
}
