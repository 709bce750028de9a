// Checks the derived canvas state: what is shown while a path is drawn, what the selection or path emphasises, and who claims label space first.
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { emphasisFor, labelTiersFor, pathVisibility } from '../../../../renderer/canvas/canvas-state';

/** a → b → c, and b → x: the path a-b-c with one side branch. */
function smallGraphForState() {
  const graph = createAtlasGraph();
  for (const key of ['a', 'b', 'c', 'x']) {
    graph.addNode(key, { label: key.toUpperCase(), type: 't', description: '', aliases: [], provenance: [] });
  }
  const edge = (key: string, s: string, t: string) =>
    graph.addEdgeWithKey(key, s, t, { type: 'r', description: '', provenance: [] });
  edge('ab', 'a', 'b');
  edge('bc', 'b', 'c');
  edge('bx', 'b', 'x');
  return graph;
}

const path = { nodes: ['a', 'b', 'c'], edges: ['ab', 'bc'], length: 2 };
const other = { nodes: ['a', 'd', 'c'], edges: ['ad', 'dc'], length: 2 };

describe('pathVisibility', () => {
  it('keeps the filters as they are when they already show the whole path', () => {
    const filtered = { nodes: new Set(['a', 'b', 'c', 'x']), edges: new Set(['ab', 'bc', 'bx']) };
    expect(pathVisibility(filtered, { path, only: null })).toBe(filtered);
  });

  it('adds path elements the filters hide, and nothing else', () => {
    const filtered = { nodes: new Set(['a', 'x']), edges: new Set<string>() };
    const shown = pathVisibility(filtered, { path, only: null });
    expect([...shown.nodes].sort()).toEqual(['a', 'b', 'c', 'x']);
    expect([...shown.edges].sort()).toEqual(['ab', 'bc']);
    expect(filtered.nodes.size).toBe(2);
  });

  it('"show only paths" shows exactly the listed paths, whatever the filters say', () => {
    const filtered = { nodes: new Set(['x']), edges: new Set(['bx']) };
    const shown = pathVisibility(filtered, { path, only: [path, other] });
    expect([...shown.nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...shown.edges].sort()).toEqual(['ab', 'ad', 'bc', 'dc']);
  });
});

describe('emphasisFor', () => {
  const graph = smallGraphForState();
  const all = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };

  it('emphasises a selected entity, its shown relations and lifts its neighbours', () => {
    const emphasis = emphasisFor(graph, all, { kind: 'node', key: 'b' }, null);
    expect([...(emphasis?.nodes ?? [])]).toEqual(['b']);
    expect([...(emphasis?.edges ?? [])].sort()).toEqual(['ab', 'bc', 'bx']);
    expect([...(emphasis?.context ?? [])].sort()).toEqual(['a', 'c', 'x']);
  });

  it('does not lift neighbours through hidden relations', () => {
    const shown = { nodes: all.nodes, edges: new Set(['ab', 'bx']) };
    const emphasis = emphasisFor(graph, shown, { kind: 'node', key: 'b' }, null);
    expect([...(emphasis?.context ?? [])].sort()).toEqual(['a', 'x']);
  });

  it('emphasises a selected relation and lifts its two ends', () => {
    const emphasis = emphasisFor(graph, all, { kind: 'edge', key: 'bc' }, null);
    expect([...(emphasis?.edges ?? [])]).toEqual(['bc']);
    expect([...(emphasis?.context ?? [])].sort()).toEqual(['b', 'c']);
  });

  it('lets a path on show win over the selection', () => {
    const emphasis = emphasisFor(graph, all, { kind: 'node', key: 'a' }, { path, only: null });
    expect([...(emphasis?.nodes ?? [])]).toEqual(['a', 'b', 'c']);
    expect(emphasis?.context.size).toBe(0);
  });

  it('emphasises nothing without a selection or path, or for keys the graph lacks', () => {
    expect(emphasisFor(graph, all, null, null)).toBeNull();
    expect(emphasisFor(graph, all, { kind: 'node', key: 'ghost' }, null)).toBeNull();
  });
});

describe('labelTiersFor', () => {
  const graph = smallGraphForState();
  const all = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };

  it('orders the selection, path ends and members, hover and its neighbours, search hits, selection neighbours', () => {
    const tiers = labelTiersFor(
      graph,
      all,
      { kind: 'node', key: 'a' },
      { path, only: null },
      { kind: 'node', key: 'x' },
      ['c', 'ghost'],
    );
    expect(tiers.selection).toEqual(['a']);
    expect(tiers.pathEnds).toEqual(['a', 'c']);
    expect(tiers.pathMembers).toEqual(['b']);
    expect(tiers.hovered).toEqual(['x']);
    expect(tiers.hoveredNeighbours).toEqual(['b']);
    expect(tiers.searchHits).toEqual(['c']);
    expect(tiers.selectionNeighbours).toEqual(['b']);
  });

  it('names a hovered relation by its two ends', () => {
    const tiers = labelTiersFor(graph, all, null, null, { kind: 'edge', key: 'bc' }, []);
    expect(tiers.hovered).toEqual(['b', 'c']);
  });
});
