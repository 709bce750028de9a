// Owns `kg path FROM TO`: turns options into a PathQuery, runs the path engine and prints chains with evidence, or why none.
import { type Command, CommanderError } from 'commander';
import type { AtlasGraph } from '../../../graph-data/model/atlas-graph';
import {
  DEFAULT_K,
  DEFAULT_MAX_HOPS,
  describeEvidence,
  EntityResolutionError,
  findPaths,
  formatPathResultsJson,
  narratePath,
  PATH_DIRECTIONS,
  type PathDirection,
  type PathQuery,
  PathQueryError,
  type PathSearchResult,
  sectionIndex,
  truncationNote,
} from '../../../graph-data/paths';
import { type CliContext, CliUsageError } from '../cli-context';

export interface PathCommandOptions {
  file?: string;
  maxHops?: string;
  via?: string;
  without?: string;
  direction?: string;
  all?: boolean;
  k?: string;
  exclude?: string[];
  weighted?: string | boolean;
  through?: string;
  fromYear?: string;
  toYear?: string;
  maxPaths?: string;
  json?: boolean;
}

function wholeNumber(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min) {
    throw new CliUsageError(`${option} expects a whole number ≥ ${min}, not "${value}"`);
  }
  return Number(value);
}

function typeList(graph: AtlasGraph, value: string | undefined, option: string): string[] | undefined {
  if (value === undefined) return undefined;
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (types.length === 0) throw new CliUsageError(`${option} expects relation types, e.g. ${option} supports,deployed`);
  // A misspelt type would silently match nothing, and every query would end in "no path".
  const known = new Set(graph.getAttribute('ontology')?.relationTypes.map((t) => t.id) ?? []);
  for (const edgeType of graph.mapEdges((_e, attrs) => attrs.type)) known.add(edgeType);
  const unknown = types.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new CliUsageError(
      `unknown relation type ${unknown.map((t) => `"${t}"`).join(', ')} in ${option}; known: ${[...known].sort().join(', ')}`,
    );
  }
  return types;
}

/** Builds the engine's query from the command line; exported for tests. */
export function pathQueryFromOptions(graph: AtlasGraph, from: string, to: string, o: PathCommandOptions): PathQuery {
  const direction = (o.direction ?? 'follow') as PathDirection;
  if (!PATH_DIRECTIONS.includes(direction)) {
    throw new CliUsageError(`--direction expects follow, against or any, not "${o.direction}"`);
  }
  const k = wholeNumber(o.k, '--k', 1);
  if (o.all && k !== undefined) throw new CliUsageError('--all and --k cannot be combined');
  if (o.all && o.weighted !== undefined) throw new CliUsageError('--all and --weighted cannot be combined');
  const weightAttribute = typeof o.weighted === 'string' ? o.weighted : undefined;
  const query: PathQuery = {
    from,
    to,
    mode: o.all ? 'all' : k !== undefined ? 'k-shortest' : o.weighted !== undefined ? 'weighted' : 'shortest',
    maxHops: wholeNumber(o.maxHops, '--max-hops', 1) ?? DEFAULT_MAX_HOPS,
    k: k ?? DEFAULT_K,
    direction,
  };
  const via = typeList(graph, o.via, '--via');
  if (via) query.via = via;
  const without = typeList(graph, o.without, '--without');
  if (without) query.excludeRelationTypes = without;
  if (o.exclude && o.exclude.length > 0) query.excludeEntities = o.exclude;
  if (o.through !== undefined) query.through = o.through;
  if (o.weighted !== undefined)
    query.weightAttribute = weightAttribute ?? (query.mode === 'weighted' ? undefined : 'weight');
  if (query.weightAttribute === undefined) delete query.weightAttribute;
  const fromYear = wholeNumber(o.fromYear, '--from-year', Number.MIN_SAFE_INTEGER);
  const toYear = wholeNumber(o.toYear, '--to-year', Number.MIN_SAFE_INTEGER);
  if (fromYear !== undefined || toYear !== undefined) {
    // One bound alone leaves the other side open.
    const start = fromYear ?? Number.MIN_SAFE_INTEGER;
    const end = toYear ?? Number.MAX_SAFE_INTEGER;
    if (start > end) throw new CliUsageError(`--from-year ${start} is after --to-year ${end}`);
    query.period = { start, end };
  }
  return query;
}

export function formatPathText(graph: AtlasGraph, result: PathSearchResult): string {
  const lines: string[] = [];
  const sections = sectionIndex(graph);
  const count = `${result.paths.length} path${result.paths.length === 1 ? '' : 's'}`;
  lines.push(`${result.from.label} → ${result.to.label}: ${count}`);
  result.paths.forEach((path, i) => {
    const story = narratePath(graph, path, sections);
    const cost = path.cost !== undefined ? ` · cost ${path.cost}` : '';
    lines.push('', `${i + 1}. ${story.chain}`);
    lines.push(
      `   ${path.length} hop${path.length === 1 ? '' : 's'}${cost} · ${story.polarity} · evidence: ${describeEvidence(story.evidence)}`,
    );
    for (const hop of story.hops) {
      const sources = hop.provenance.map((p) => p.title).join('; ');
      const tags = [hop.confidence, sources ? `sources: ${sources}` : null].filter(Boolean).join(' · ');
      lines.push(`   - ${hop.text}${hop.description ? `: ${hop.description}` : ''}${tags ? ` [${tags}]` : ''}`);
    }
  });
  if (result.explanation) lines.push('', result.explanation.sentence);
  const note = truncationNote(result.truncated);
  if (note) lines.push('', note);
  return `${lines.join('\n')}\n`;
}

export function registerPathCommand(program: Command, context: CliContext): void {
  program
    .command('path')
    .description('paths between two entities (named by id, label or alias), with relation types and evidence')
    .argument('<from>', 'start entity')
    .argument('<to>', 'end entity')
    .option('--file <file>', 'graph file (JSON, GEXF, GraphML, CSV, RDF); default: the embedded graph')
    .option('--max-hops <k>', `longest path in hops (default ${DEFAULT_MAX_HOPS})`)
    .option('--via <types>', 'only these relation types (comma-separated)')
    .option('--without <types>', 'never these relation types (comma-separated)')
    .option('--direction <mode>', 'follow (along relations, default), against, or any')
    .option('--all', 'all simple paths up to --max-hops')
    .option('--k <n>', 'the n shortest paths')
    .option(
      '--exclude <entity>',
      'avoid this entity (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option(
      '--weighted [attribute]',
      "cheapest path by a numeric edge attribute (default 'weight'; 'confidence': implied costs 2)",
    )
    .option('--through <entity>', 'the path must pass through this entity')
    .option('--from-year <year>', 'only relations dated in or after this year (undated relations are kept)')
    .option('--to-year <year>', 'only relations dated in or before this year (undated relations are kept)')
    .option('--max-paths <n>', 'stop after n paths (default 1000)')
    .option('--json', 'machine-readable output')
    .action(async (from: string, to: string, options: PathCommandOptions) => {
      const graph = await context.loadGraph(options.file);
      let result: PathSearchResult;
      try {
        const query = pathQueryFromOptions(graph, from, to, options);
        const maxPaths = wholeNumber(options.maxPaths, '--max-paths', 1);
        result = findPaths(graph, query, maxPaths !== undefined ? { maxPaths } : {});
      } catch (error) {
        if (error instanceof EntityResolutionError || error instanceof PathQueryError) {
          throw new CliUsageError(error.message);
        }
        throw error;
      }
      context.out(options.json ? formatPathResultsJson(graph, result) : formatPathText(graph, result));
      if (result.paths.length === 0) {
        // The answer (explanation) is already printed; exit 1 without a second message.
        throw new CommanderError(1, 'kg.path.none', result.explanation?.sentence ?? 'no path');
      }
    });
}
