// Owns `kg stats`: counts by entity and relation type, components and density, as text or JSON.
import type { Command } from 'commander';
import { computeGraphStats, type GraphStats } from '../../../graph-data/model/graph-stats';
import type { CliContext } from '../cli-context';

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
    .option('--json', 'machine-readable output')
    .action(async (options: { file?: string; json?: boolean }) => {
      const stats = computeGraphStats(await context.loadGraph(options.file));
      if (options.json) {
        context.out(
          `${JSON.stringify({ ...stats, components: stats.components.length, componentSizes: stats.components.map((c) => c.length) }, null, 2)}\n`,
        );
      } else {
        context.out(formatStatsText(stats));
      }
    });
}
