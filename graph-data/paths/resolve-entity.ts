// Owns turning a typed name (id, label or alias) into a node id, case- and accent-insensitively, with close candidates on failure.
import type { AtlasGraph } from '../model/atlas-graph';
import { AtlasError } from '../model/errors';

/** Folds case, accents and runs of spaces/punctuation so "Côte d’Ivoire" matches "cote d'ivoire". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\s_]+/g, ' ')
    .trim();
}

export interface EntityCandidate {
  id: string;
  label: string;
}

export type EntityResolution =
  | { ok: true; id: string }
  | { ok: false; reason: 'unknown' | 'ambiguous'; name: string; candidates: EntityCandidate[]; message: string };

/** Thrown by `requireEntity`; carries the candidates so the CLI and the UI can offer them. */
export class EntityResolutionError extends AtlasError {
  readonly reason: 'unknown' | 'ambiguous';
  readonly entityName: string;
  readonly candidates: EntityCandidate[];
  constructor(failure: Extract<EntityResolution, { ok: false }>) {
    super(failure.message);
    this.name = 'EntityResolutionError';
    this.reason = failure.reason;
    this.entityName = failure.name;
    this.candidates = failure.candidates;
  }
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const left = previous[j - 1] ?? 0;
      previous[j] = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

function listCandidates(candidates: EntityCandidate[]): string {
  return candidates.map((c) => (c.id === c.label ? c.label : `${c.label} (${c.id})`)).join(', ');
}

const MAX_CANDIDATES = 5;

/**
 * Resolution order: exact id, then normalized id/label/alias. Several nodes sharing a normalized name is an
 * ambiguity (not a silent first pick), because a path from the wrong "Congo" is worse than an error.
 */
export function resolveEntity(graph: AtlasGraph, name: string): EntityResolution {
  if (graph.hasNode(name)) return { ok: true, id: name };
  const wanted = normalizeName(name);
  const matches: EntityCandidate[] = [];
  const scored: { candidate: EntityCandidate; score: number }[] = [];
  graph.forEachNode((id, attrs) => {
    const names = [id, attrs.label, ...(attrs.aliases ?? [])].map(normalizeName);
    const candidate = { id, label: attrs.label };
    if (names.includes(wanted)) {
      matches.push(candidate);
      return;
    }
    // Closeness: a substring match counts as very close, otherwise the best edit distance over the node's names.
    let score = Number.POSITIVE_INFINITY;
    for (const n of names) {
      if (wanted.length > 0 && (n.includes(wanted) || wanted.includes(n))) score = Math.min(score, 0.5);
      else score = Math.min(score, editDistance(wanted, n));
    }
    scored.push({ candidate, score });
  });
  if (matches.length === 1 && matches[0]) return { ok: true, id: matches[0].id };
  if (matches.length > 1) {
    matches.sort((a, b) => a.id.localeCompare(b.id));
    return {
      ok: false,
      reason: 'ambiguous',
      name,
      candidates: matches,
      message: `"${name}" is ambiguous: it names ${listCandidates(matches)}; use an id`,
    };
  }
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  const candidates = scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.candidate.label.localeCompare(b.candidate.label))
    .slice(0, MAX_CANDIDATES)
    .map((s) => s.candidate);
  const hint = candidates.length > 0 ? `; did you mean ${listCandidates(candidates)}?` : '';
  return { ok: false, reason: 'unknown', name, candidates, message: `no entity named "${name}"${hint}` };
}

export function requireEntity(graph: AtlasGraph, name: string): string {
  const resolution = resolveEntity(graph, name);
  if (!resolution.ok) throw new EntityResolutionError(resolution);
  return resolution.id;
}
