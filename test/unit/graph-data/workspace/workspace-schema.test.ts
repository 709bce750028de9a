// Checks the workspace format: a valid workspace round-trips; bad ones are refused naming the field at fault.
import { describe, expect, it } from 'vitest';
import { GraphFileError } from '../../../../graph-data/model/graph-errors';
import {
  looksLikeWorkspace,
  parseWorkspace,
  serializeWorkspace,
  validateWorkspace,
  WORKSPACE_FORMAT,
  type WorkspaceState,
} from '../../../../graph-data/workspace/workspace-schema';

const state: WorkspaceState = {
  fileName: 'small.json',
  positions: { nato: { x: 1.5, y: -2 }, au: { x: 30, y: 40 } },
  viewport: { zoom: 1.25, pan: { x: 10, y: 20 } },
  view: {
    hiddenEntityTypes: ['framework'],
    hiddenRelationTypes: [],
    yearRange: [1949, 2000],
    degreeRange: null,
    hiddenNodes: ['un'],
    onlyNodes: null,
    focus: { key: 'nato', depth: 2, direction: 'out' },
    sizeBy: 'degree',
    colorBy: 'community',
    layout: 'dagre',
  },
  selection: { kind: 'node', key: 'nato' },
  pathQuery: 'from NATO to AU',
  theme: 'dark',
};
const graph = { attributes: {}, nodes: [{ key: 'nato', attributes: { label: 'NATO', type: 'x' } }], edges: [] };

/** Sets (or, for undefined, deletes) the value at a dotted path of parsed JSON. */
function spoil(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target = data;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
}

function errorOf(data: unknown): GraphFileError {
  try {
    validateWorkspace(data, 'w.atlas.json');
  } catch (error) {
    if (error instanceof GraphFileError) return error;
    throw error;
  }
  throw new Error('expected a GraphFileError');
}

describe('workspace schema', () => {
  it('accepts what serializeWorkspace writes and gives the same state back', () => {
    const text = serializeWorkspace(state, graph, new Date('2026-01-02T03:04:05Z'));
    const parsed = parseWorkspace(text, 'w.atlas.json');
    const { format, version, savedAt, graph: g, ...rest } = parsed;
    expect(format).toBe(WORKSPACE_FORMAT);
    expect(version).toBe(1);
    expect(savedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(g).toEqual(graph);
    expect(rest).toEqual(state);
    expect(looksLikeWorkspace(JSON.parse(text))).toBe(true);
    // The marker comes first, so a reader can tell a workspace from a graph by the file's head.
    expect(text.slice(0, 60)).toContain(WORKSPACE_FORMAT);
  });

  it('accepts the minimal view (nothing filtered, no viewport, no selection)', () => {
    const minimal = {
      ...state,
      viewport: null,
      selection: null,
      pathQuery: null,
      theme: null,
      view: { ...state.view, yearRange: null, focus: null, hiddenEntityTypes: [], hiddenNodes: [] },
    };
    expect(() => validateWorkspace(JSON.parse(serializeWorkspace(minimal, graph)), 'w')).not.toThrow();
  });

  it.each([
    ['an unknown sizeBy', 'view.sizeBy', 'huge'],
    ['a reversed year range', 'view.yearRange', [2000, 1949]],
    ['a position that is not a number', 'positions.nato.x', 'left'],
    ['a zero zoom', 'viewport.zoom', 0],
    ['a focus depth of 7', 'view.focus.depth', 7],
    ['a missing graph', 'graph', undefined],
    ['a future version', 'version', 2],
    ['a selection of an unknown kind', 'selection.kind', 'path'],
  ])('rejects %s, naming the field', (_name, field, value) => {
    const data = JSON.parse(serializeWorkspace(state, graph)) as Record<string, unknown>;
    spoil(data, field, value);
    const error = errorOf(data);
    expect(error.location.element).toBe(field);
    expect(error.message).toContain('w.atlas.json');
    expect(error.message).toContain(`at ${field}`);
  });

  it('refuses a __proto__ key and malformed JSON with a location', () => {
    expect(() => parseWorkspace('{"format": "alliance-atlas-workspace", "__proto__": {}}', 'w')).toThrow(/__proto__/);
    expect(() => parseWorkspace('{"format": ', 'w')).toThrow(GraphFileError);
  });

  it('tells workspaces from graphs', () => {
    expect(looksLikeWorkspace(graph)).toBe(false);
    expect(looksLikeWorkspace(null)).toBe(false);
    expect(looksLikeWorkspace({ format: WORKSPACE_FORMAT })).toBe(true);
  });
});
