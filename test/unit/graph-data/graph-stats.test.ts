// Owns the tests of computeGraphStats on small inline graphs: counts by type, components, density.
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../graph-data/model/atlas-graph';
import { computeGraphStats } from '../../../graph-data/model/graph-stats';

function node(label: string, type: string) {
  return { label, type, description: '', aliases: [], provenance: [] };
}
function edge(type: string) {
  return { type, description: '', provenance: [] };
}

/** nato -> kosovo, nato -> afghanistan, ecowas -> liberia (twice), plus an isolated node "league". */
function smallGraph() {
  const graph = createAtlasGraph();
  graph.replaceAttributes({ name: 'Small', sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  graph.addNode('nato', node('NATO', 'alliance'));
  graph.addNode('ecowas', node('ECOWAS', 'alliance'));
  graph.addNode('kosovo', node('Kosovo', 'region'));
  graph.addNode('afghanistan', node('Afghanistan', 'region'));
  graph.addNode('liberia', node('Liberia', 'region'));
  graph.addNode('league', node('League of Nations', 'organisation'));
  graph.addEdgeWithKey('e1', 'nato', 'kosovo', edge('intervened-in'));
  graph.addEdgeWithKey('e2', 'nato', 'afghanistan', edge('intervened-in'));
  graph.addEdgeWithKey('e3', 'ecowas', 'liberia', edge('intervened-in'));
  graph.addEdgeWithKey('e4', 'ecowas', 'liberia', edge('stabilises'));
  return graph;
}

describe('computeGraphStats', () => {
  it('counts nodes and edges, by type, with types in alphabetical order', () => {
    const stats = computeGraphStats(smallGraph());
    expect(stats.name).toBe('Small');
    expect(stats.nodes).toBe(6);
    expect(stats.edges).toBe(4);
    expect(stats.entityTypes).toEqual({ alliance: 2, organisation: 1, region: 3 });
    expect(Object.keys(stats.entityTypes)).toEqual(['alliance', 'organisation', 'region']);
    expect(stats.relationTypes).toEqual({ 'intervened-in': 3, stabilises: 1 });
  });

  it('lists weakly connected components, largest first', () => {
    const stats = computeGraphStats(smallGraph());
    expect(stats.components.map((c) => c.length)).toEqual([3, 2, 1]);
    expect([...(stats.components[0] ?? [])].sort()).toEqual(['afghanistan', 'kosovo', 'nato']);
    expect(stats.components[2]).toEqual(['league']);
  });

  it('ignores edge direction when forming components', () => {
    const graph = smallGraph();
    graph.addEdgeWithKey('e5', 'liberia', 'kosovo', edge('stabilises'));
    expect(computeGraphStats(graph).components.map((c) => c.length)).toEqual([5, 1]);
  });

  it('computes directed density, counting parallel edges', () => {
    const stats = computeGraphStats(smallGraph());
    expect(stats.density).toBeCloseTo(4 / (6 * 5), 10);
  });

  it('handles an empty graph and a single node', () => {
    const empty = createAtlasGraph();
    const stats = computeGraphStats(empty);
    expect(stats).toMatchObject({ name: '', nodes: 0, edges: 0, density: 0, components: [] });
    empty.addNode('solo', node('Solo', 'actor'));
    const single = computeGraphStats(empty);
    expect(single.density).toBe(0);
    expect(single.components).toEqual([['solo']]);
  });
});
