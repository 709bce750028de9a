// Computes what the path engine answers, in a tsx child process: Playwright's ESM loader cannot resolve the engine's
// extensionless 'graphology-shortest-path/unweighted' import, so specs ask this script instead of importing the engine.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PathQuery, PathSearchResult } from '../../../graph-data/paths';

export interface OracleAnswer {
  result: PathSearchResult;
  chains: string[];
  /** First hop description of each path, for checking the narration. */
  firstHops: string[];
  hopCounts: number[];
  markdown: string;
  csv: string;
}

export type OracleQuery = PathQuery | { text: string };

/** Answers each query as the engine does on the embedded graph (a text query is parsed first). */
export function askEngine(queries: OracleQuery[]): OracleAnswer[] {
  const out = execFileSync('node_modules/.bin/tsx', [fileURLToPath(import.meta.url), JSON.stringify(queries)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as OracleAnswer[];
}

async function main(): Promise<void> {
  const { loadEmbeddedGraph } = await import('../../../graph-data/dataset/embedded-graph');
  const paths = await import('../../../graph-data/paths');
  const graph = loadEmbeddedGraph();
  const queries = JSON.parse(process.argv[2] ?? '[]') as OracleQuery[];
  const answers = queries.map((entry): OracleAnswer => {
    let query: PathQuery;
    if ('text' in entry) {
      const parsed = paths.parsePathQuery(entry.text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      query = parsed.query;
    } else {
      query = entry;
    }
    const result = paths.findPaths(graph, query);
    const stories = result.paths.map((path) => paths.narratePath(graph, path));
    return {
      result,
      chains: stories.map((story) => story.chain),
      firstHops: stories.map((story) => story.hops[0]?.description ?? ''),
      hopCounts: stories.map((story) => story.hops.length),
      markdown: paths.formatPathResultsMarkdown(graph, result),
      csv: paths.formatPathResultsCsv(graph, result),
    };
  });
  process.stdout.write(JSON.stringify(answers));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
