// Owns turning a worker run into the engine's PathSearchResult (same order as findPaths) and the text of each result's badges.
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import {
  describeEntity,
  type GraphPath,
  type PathNarration,
  type PathPolarity,
  type PathQuery,
  type PathSearchResult,
  resolveQuery,
  type Truncation,
} from '../../graph-data/paths';
import type { RunDone } from './path-protocol';

/** The results list shows this many paths; the exports carry all of them. */
export const LIST_LIMIT = 200;

/** findPaths lists `all` shortest first (stable); the stream is in discovery order, so sort the same way at the end. */
export function finalOrder(query: PathQuery, paths: GraphPath[]): GraphPath[] {
  return query.mode === 'all' ? [...paths].sort((a, b) => a.length - b.length) : paths;
}

export function resultFromDone(query: PathQuery, paths: GraphPath[], done: RunDone): PathSearchResult {
  return {
    query,
    from: done.from,
    to: done.to,
    paths: finalOrder(query, paths),
    truncated: done.truncated,
    ...(done.explanation ? { explanation: done.explanation } : {}),
    elapsedMs: done.elapsedMs,
  };
}

/** When the worker had to be terminated, the main thread names the ends itself (the query resolved in the worker). */
export function resultFromStop(
  graph: AtlasGraph,
  query: PathQuery,
  paths: GraphPath[],
  truncated: Truncation,
  elapsedMs: number,
): PathSearchResult {
  const resolved = resolveQuery(graph, query);
  return {
    query,
    from: describeEntity(graph, resolved.from),
    to: describeEntity(graph, resolved.to),
    paths: finalOrder(query, paths),
    truncated,
    elapsedMs,
  };
}

export const POLARITY_TEXT: Record<PathPolarity, string> = {
  'all-supportive': 'Supportive',
  'contains-adversarial': 'Adversarial',
  mixed: 'Mixed',
  neutral: 'Neutral',
};

export function hopsText(length: number): string {
  return `${length} hop${length === 1 ? '' : 's'}`;
}

/** Compact evidence badge: "2 stated", "1 stated · 1 implied · 1 predicted"; empty parts are left out. */
export function evidenceText(evidence: PathNarration['evidence']): string {
  const parts: string[] = [];
  if (evidence.stated > 0) parts.push(`${evidence.stated} stated`);
  if (evidence.implied > 0) parts.push(`${evidence.implied} implied`);
  if (evidence.unspecified > 0) parts.push(`${evidence.unspecified} unsourced`);
  if (evidence.predicted > 0) parts.push(`${evidence.predicted} predicted`);
  return parts.length > 0 ? parts.join(' · ') : 'no hops';
}

export function progressText(found: number, elapsedMs: number): string {
  return `${found} path${found === 1 ? '' : 's'} found · ${(elapsedMs / 1000).toFixed(1)} s`;
}

export function exportFileName(result: PathSearchResult, extension: string): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity';
  return `paths-${slug(result.from.label)}-to-${slug(result.to.label)}.${extension}`;
}
