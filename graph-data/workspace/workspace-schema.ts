// Owns the workspace file format (graph + positions + view state + path query + style), its zod schema and its parse/serialise functions; pure, no DOM.
import { z } from 'zod';
import { GraphFileError } from '../model/graph-errors';
import { parseJsonText } from '../model/load-atlas-graph';

/** The marker that tells a workspace apart from a graph JSON file, whatever the file was renamed to. */
export const WORKSPACE_FORMAT = 'alliance-atlas-workspace';
export const WORKSPACE_VERSION = 1;
/** Suggested extension; main's save dialog offers `.atlas.json`. */
export const WORKSPACE_EXTENSION = '.atlas.json';

const finite = z.number().finite();
const point = z.object({ x: finite, y: finite });
const key = z.string().min(1);
const range = z.tuple([finite, finite]).refine(([a, b]) => a <= b, 'the range start is after its end');

export const workspaceFocusSchema = z.object({
  key,
  depth: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  direction: z.enum(['both', 'out', 'in']),
});

/** Mirrors the explore view state (renderer/explore/view-types.ts) so the file needs nothing from the UI layer. */
export const workspaceViewSchema = z.object({
  hiddenEntityTypes: z.array(z.string()),
  hiddenRelationTypes: z.array(z.string()),
  yearRange: range.nullable(),
  degreeRange: range.nullable(),
  hiddenNodes: z.array(key),
  onlyNodes: z.array(key).nullable(),
  focus: workspaceFocusSchema.nullable(),
  sizeBy: z.enum(['none', 'degree', 'betweenness', 'pagerank']),
  colorBy: z.enum(['type', 'community']),
  layout: z.enum(['fcose', 'dagre', 'concentric', 'circle', 'grid', 'by-type']),
});

export const workspaceSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  savedAt: z.string().optional(),
  /** The name of the graph document the workspace was saved from; the title shows it after reopening. */
  fileName: z.string().min(1).max(255),
  /** The graph itself, as graphology JSON; validated by the same reader as a graph file when reopened. */
  graph: z.looseObject({ nodes: z.array(z.unknown()) }),
  positions: z.record(z.string(), point),
  viewport: z.object({ zoom: finite.positive(), pan: point }).nullable(),
  view: workspaceViewSchema,
  selection: z.object({ kind: z.enum(['node', 'edge']), key }).nullable(),
  /** The text of the path query panel, when there is one. */
  pathQuery: z.string().max(10_000).nullable(),
  theme: z.enum(['light', 'dark']).nullable(),
});

export type Workspace = z.infer<typeof workspaceSchema>;
export type WorkspaceView = z.infer<typeof workspaceViewSchema>;
/** Everything but the graph: what the UI collects from its stores and applies back. */
export type WorkspaceState = Omit<Workspace, 'format' | 'version' | 'graph' | 'savedAt'>;

/** True when parsed JSON claims to be a workspace (it may still be an invalid one). */
export function looksLikeWorkspace(data: unknown): boolean {
  return data !== null && typeof data === 'object' && (data as Record<string, unknown>).format === WORKSPACE_FORMAT;
}

/** Validates parsed JSON as a workspace, or throws a GraphFileError naming the first bad field, e.g. `view.sizeBy`. */
export function validateWorkspace(data: unknown, fileName: string): Workspace {
  const parsed = workspaceSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const element = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'the top level';
  throw new GraphFileError(fileName, `invalid workspace: ${issue?.message ?? 'is invalid'}`, { element });
}

/** Parses workspace text (BOM, depth and `__proto__` checks as for graph JSON) and validates it. */
export function parseWorkspace(text: string, fileName: string): Workspace {
  return validateWorkspace(parseJsonText(text, fileName), fileName);
}

export function serializeWorkspace(state: WorkspaceState, graph: unknown, savedAt = new Date()): string {
  const workspace = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: savedAt.toISOString(),
    ...state,
    graph,
  };
  return JSON.stringify(workspace, null, 2);
}
