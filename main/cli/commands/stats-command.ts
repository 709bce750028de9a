// Owns `kg stats`: counts by entity and relation type, components and density, as text or JSON.
import type { Command } from 'commander';
import { computeGraphStats, type GraphStats } from '../../../graph-data/model/graph-stats';
import { loadWholeGraph } from '../../../graph-data/sparql/remote-graph';
import { type CliContext, CliUsageError } from '../cli-context';
import { SPARQL_OPTION_HELP, type SparqlCliOptions, sparqlClientFrom } from './sparql-options';

export function formatStatsText(stats: GraphStats): string {
  const lines = [
    `${stats.name || 'graph'}: ${stats.nodes} entities, ${stats.edges} relations, density ${stats.density.toFixed(4)}`,
    `components: ${stats.components.length} (sizes ${stats.components.map((c) => c.length).join(', ')})`,
    'entities by type:',
    ...Object.entries(stats.entityTypes).map(([type, n]) => `  ${type.padEnd(24)} ${n}`),
    'relations by type:',
    ...Object.entries(stats.relationTypes).map(([type, n]) => `  ${type.padEnd(24)} ${n}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function registerStatsCommand(program: Command, context: CliContext): void {
  program
    .command('stats')
    .description('counts by entity and relation type, components and density')
    .option('--file <file>', 'graph file (JSON, GEXF, GraphML, CSV, RDF); default: the embedded graph')
    .option('--sparql <url>', SPARQL_OPTION_HELP.sparql)
    .option('--graph <iri>', SPARQL_OPTION_HELP.graph)
    .option('--timeout <seconds>', SPARQL_OPTION_HELP.timeout)
    .option('--max-triples <n>', 'with --sparql: refuse graphs with more triples than this (default 500000)')
    .option('--json', 'machine-readable output')
    .action(async (options: SparqlCliOptions & { json?: boolean; maxTriples?: string }) => {
      const client = sparqlClientFrom(options, context);
      let maxTriples: number | undefined;
      if (options.maxTriples !== undefined) {
        if (!client) throw new CliUsageError('--max-triples applies to --sparql');
        if (!/^\d+$/.test(options.maxTriples)) {
          throw new CliUsageError(`--max-triples expects a whole number, not "${options.maxTriples}"`);
        }
        maxTriples = Number(options.maxTriples);
      }
      // Whole-graph numbers (components, density) need every triple: read them, through the same RDF mapping as a file.
      const graph = client
        ? await loadWholeGraph(client, maxTriples !== undefined ? { maxTriples } : {})
        : await context.loadGraph(options.file);
      const stats = computeGraphStats(graph);
      if (options.json) {
        context.out(
          `${JSON.stringify({ ...stats, components: stats.components.length, componentSizes: stats.components.map((c) => c.length) }, null, 2)}\n`,
        );
      } else {
        context.out(formatStatsText(stats));
      }
    });
}
