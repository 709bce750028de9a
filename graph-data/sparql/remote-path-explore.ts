// Owns the remote half of a path query: a bounded bidirectional breadth-first search over an endpoint, one batched VALUES query per frontier slice, collecting every relation it walks.
import type * as RDF from '@rdfjs/types';
import type { PathDirection } from '../paths/path-types';
import { BATCH_SIZE, chunk, type RequestOptions, type SparqlClient } from './sparql-client';
import { SparqlError } from './sparql-errors';
import { type PredicateFilter, type StepDirection, stepQuery } from './sparql-queries';
import { isWritableIri } from './sparql-syntax';

/** Rows per step query; a batch that reaches it is split, and a single entity that does is a hub whose rest is skipped (and reported). */
export const STEP_ROW_LIMIT = 10_000;
/** Entities discovered before the search gives up: the app must never pull a large part of the store for one question. */
export const DEFAULT_MAX_EXPLORED = 50_000;

export interface ExploreRequest extends RequestOptions {
  from: string;
  to: string;
  direction: PathDirection;
  maxHops: number;
  /**
   * `meet`: stop at the level where the two searches meet (all shortest paths are then inside what was walked).
   * `radius`: walk ⌈maxHops/2⌉ levels from `from` and ⌊maxHops/2⌋ from `to`, which contains every simple path of at
   * most maxHops hops (what "all paths" and "k shortest" need).
   */
  until: 'meet' | 'radius';
  predicates?: PredicateFilter;
  /** Predicates declared owl:SymmetricProperty: walked both ways whatever the direction, as the local engine does. */
  symmetric?: readonly string[];
  /** IRIs the path must avoid: never expanded, never crossed. */
  excludeEntities?: readonly string[];
  maxExplored?: number;
  /** Frontier entities per VALUES query (default BATCH_SIZE); the bench sets 1 to measure what batching saves. */
  batchSize?: number;
  /** Rows per step query (default STEP_ROW_LIMIT); tests lower it to reach the hub handling on small data. */
  rowLimit?: number;
  onProgress?: (progress: ExploreProgress) => void;
}

export interface ExploreProgress {
  /** Levels walked from each side so far. */
  fromDepth: number;
  toDepth: number;
  /** Distinct entities discovered on both sides. */
  explored: number;
  requests: number;
}

export type ExploreStop =
  /** The two searches met (mode `meet`) or walked their radius (mode `radius`). */
  | 'done'
  /** Levels ran out before the searches met. */
  | 'max-hops'
  /** One side has no more neighbours: nothing beyond it can ever connect. */
  | 'exhausted'
  | 'explore-cap';

export interface ExploreResult {
  /** Every relation walked, once each. */
  quads: RDF.Quad[];
  /** Hop count of the shortest path seen, when the searches met. */
  distance: number | null;
  stop: ExploreStop;
  /** Which side ran out of neighbours, for `exhausted`. */
  exhaustedSide: 'from' | 'to' | null;
  /** Entities whose relations were too many to read in full (over STEP_ROW_LIMIT): paths through them may be missed. */
  skippedHubs: string[];
  /** Blank nodes reached: no later query can name them, so the search cannot continue through them. */
  blankNodesReached: number;
  progress: ExploreProgress;
}

interface Side {
  name: 'from' | 'to';
  depth: Map<string, number>;
  frontier: string[];
  level: number;
  step: StepDirection;
}

function stepsFor(direction: PathDirection): { from: StepDirection; to: StepDirection } {
  if (direction === 'any') return { from: 'both', to: 'both' };
  return direction === 'follow' ? { from: 'out', to: 'in' } : { from: 'in', to: 'out' };
}

function termKey(term: RDF.Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

/**
 * Bidirectional BFS over the endpoint. Each level is finished before meeting is checked, so the hop count is the
 * shortest one; the smaller frontier is expanded first, as in the local engine (graph-data/paths/hop-search.ts).
 */
export async function exploreBetween(client: SparqlClient, request: ExploreRequest): Promise<ExploreResult> {
  const steps = stepsFor(request.direction);
  const excluded = new Set(request.excludeEntities ?? []);
  const maxExplored = request.maxExplored ?? DEFAULT_MAX_EXPLORED;
  const filter = request.predicates ?? {};
  const symmetric = new Set(request.symmetric ?? []);
  const rowLimit = Math.max(1, request.rowLimit ?? STEP_ROW_LIMIT);
  const sides: Record<'from' | 'to', Side> = {
    from: { name: 'from', depth: new Map([[request.from, 0]]), frontier: [request.from], level: 0, step: steps.from },
    to: { name: 'to', depth: new Map([[request.to, 0]]), frontier: [request.to], level: 0, step: steps.to },
  };
  const quads = new Map<string, RDF.Quad>();
  const skippedHubs: string[] = [];
  let blankNodesReached = 0;
  const progress: ExploreProgress = {
    fromDepth: 0,
    toDepth: 0,
    explored: request.from === request.to ? 1 : 2,
    requests: 0,
  };
  const result = (
    stop: ExploreStop,
    distance: number | null,
    exhaustedSide: 'from' | 'to' | null = null,
  ): ExploreResult => ({
    quads: [...quads.values()],
    distance,
    stop,
    exhaustedSide,
    skippedHubs,
    blankNodesReached,
    progress: { ...progress },
  });
  if (request.from === request.to) return result('done', 0);
  const radius = { from: Math.ceil(request.maxHops / 2), to: Math.floor(request.maxHops / 2) };
  let best: number | null = null;

  /** Reads one batch's relations, splitting batches that hit the row cap so no relation is silently dropped. */
  const readBatch = async (batch: string[], step: StepDirection): Promise<RDF.Quad[]> => {
    if (request.signal?.aborted) throw new SparqlError('cancelled', client.endpoint, 'the path search was cancelled');
    progress.requests += 1;
    const query = stepQuery(client.scope, batch, step, filter, rowLimit, [...symmetric]);
    const rows = (await client.select(query, request)).rows;
    if (rows.length < rowLimit) return client.rowsToQuads(rows);
    if (batch.length === 1) {
      const hub = batch[0] as string;
      if (!skippedHubs.includes(hub)) skippedHubs.push(hub);
      return client.rowsToQuads(rows);
    }
    const half = Math.ceil(batch.length / 2);
    return [...(await readBatch(batch.slice(0, half), step)), ...(await readBatch(batch.slice(half), step))];
  };

  const expand = async (side: Side, other: Side): Promise<boolean> => {
    const level = side.level + 1;
    const next: string[] = [];
    const expandable = side.frontier.filter((key) => !key.startsWith('_:') && isWritableIri(key));
    for (const batch of chunk(expandable, Math.max(1, request.batchSize ?? BATCH_SIZE))) {
      const inBatch = new Set(batch);
      for (const quad of await readBatch(batch, side.step)) {
        const subject = termKey(quad.subject);
        const object = termKey(quad.object);
        quads.set(`${subject} ${quad.predicate.value} ${object}`, quad);
        // For a `both` step a triple can leave or reach the batch (or both, for a relation inside it).
        const reached: string[] = [];
        const bothWays = symmetric.has(quad.predicate.value);
        if ((side.step !== 'in' || bothWays) && inBatch.has(subject)) reached.push(object);
        if ((side.step !== 'out' || bothWays) && inBatch.has(object)) reached.push(subject);
        for (const neighbour of reached) {
          if (side.depth.has(neighbour) || excluded.has(neighbour)) continue;
          side.depth.set(neighbour, level);
          next.push(neighbour);
          if (neighbour.startsWith('_:')) blankNodesReached += 1;
          if (!other.depth.has(neighbour)) progress.explored += 1;
          const there = other.depth.get(neighbour);
          if (there !== undefined && (best === null || level + there < best)) best = level + there;
        }
      }
      if (progress.explored > maxExplored) return false;
    }
    side.frontier = next;
    side.level = level;
    if (side.name === 'from') progress.fromDepth = level;
    else progress.toDepth = level;
    request.onProgress?.({ ...progress });
    return true;
  };

  const { from, to } = sides;
  for (;;) {
    if (request.until === 'meet') {
      if (best !== null) return result('done', best);
      if (from.level + to.level >= request.maxHops) return result('max-hops', null);
    } else if (from.level >= radius.from && to.level >= radius.to) {
      return result(best === null ? 'max-hops' : 'done', best);
    }
    if (from.frontier.length === 0) return result('exhausted', best, 'from');
    if (to.frontier.length === 0) return result('exhausted', best, 'to');
    let side: Side;
    if (request.until === 'radius') side = from.level < radius.from ? from : to;
    else side = from.frontier.length <= to.frontier.length ? from : to;
    const other = side === from ? to : from;
    if (!(await expand(side, other))) return result('explore-cap', best);
  }
}
