// Owns seeded synthetic AtlasGraphs for benchmarks: same seed, same graph, so runs are comparable across machines and commits.
import { type AtlasGraph, createAtlasGraph } from '../graph-data/model/atlas-graph';
import type { RelationType } from '../graph-data/schema/atlas-schema';
import { seededRandom } from './seeded-random';

export { seededRandom };

export interface SyntheticGraphSpec {
  nodes: number;
  edges: number;
  seed: number;
  /** Relation type ids, drawn uniformly per edge; default four types. */
  relationTypes?: string[];
  /** Relation type ids declared symmetric in the ontology (none by default). */
  symmetricTypes?: string[];
  /** Share of edges (0..1) that get a year in 1945–2024; default 0.3. */
  datedShare?: number;
}

const POLARITIES = ['supportive', 'adversarial', 'neutral'] as const;

/**
 * Uniform random directed multigraph (parallel edges and self-loops allowed, as in real data) with typed edges.
 * Node ids are `n0`…, edge keys `e0`…, so benches can pick endpoints by index.
 */
export function makeSyntheticGraph(spec: SyntheticGraphSpec): AtlasGraph {
  const random = seededRandom(spec.seed);
  const types = spec.relationTypes ?? ['supports', 'deployed', 'undermines', 'member-of'];
  const symmetric = new Set(spec.symmetricTypes ?? []);
  const datedShare = spec.datedShare ?? 0.3;
  const graph = createAtlasGraph();
  const relationTypes: RelationType[] = types.map((id, i) => ({
    id,
    label: id,
    description: '',
    polarity: POLARITIES[i % POLARITIES.length] ?? 'neutral',
    symmetric: symmetric.has(id),
    lineStyle: 'solid',
    color: '#117733',
  }));
  graph.replaceAttributes({
    name: `synthetic ${spec.nodes}/${spec.edges} seed ${spec.seed}`,
    sources: [],
    ontology: {
      entityTypes: [{ id: 'actor', label: 'Actor', description: '', color: '#332288', shape: 'ellipse' }],
      relationTypes,
    },
  });
  for (let i = 0; i < spec.nodes; i++) {
    graph.addNode(`n${i}`, { label: `Node ${i}`, type: 'actor', description: '', aliases: [], provenance: [] });
  }
  for (let i = 0; i < spec.edges; i++) {
    const source = `n${Math.floor(random() * spec.nodes)}`;
    const target = `n${Math.floor(random() * spec.nodes)}`;
    const type = types[Math.floor(random() * types.length)] ?? 'supports';
    const dated = random() < datedShare;
    graph.addEdgeWithKey(`e${i}`, source, target, {
      type,
      description: '',
      provenance: [],
      weight: 1 + Math.floor(random() * 9),
      confidence: random() < 0.7 ? 'stated' : 'implied',
      ...(dated ? { year: 1945 + Math.floor(random() * 80) } : {}),
    });
  }
  return graph;
}
