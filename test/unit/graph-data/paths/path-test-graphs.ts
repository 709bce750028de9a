// Builds small AtlasGraphs for the path tests and enumerates paths by brute force, independently of the engine.
import { type AtlasGraph, createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import type { PathDirection, YearRange } from '../../../../graph-data/paths';
import type { EdgeAttributes, RelationType } from '../../../../graph-data/schema/atlas-schema';

export interface TestEdge {
  key?: string;
  source: string;
  target: string;
  type: string;
  year?: number;
  period?: { start: number; end: number };
  confidence?: 'stated' | 'implied';
  future?: boolean;
  weight?: number;
  description?: string;
  provenance?: string[];
}

export interface TestRelationType {
  id: string;
  polarity?: 'supportive' | 'adversarial' | 'neutral';
  symmetric?: boolean;
}

export function relationType(t: TestRelationType): RelationType {
  return {
    id: t.id,
    label: t.id,
    description: '',
    polarity: t.polarity ?? 'neutral',
    symmetric: t.symmetric ?? false,
    lineStyle: 'solid',
    color: '#117733',
  };
}

export function makeGraph(
  nodes: (string | { id: string; label?: string; aliases?: string[]; type?: string })[],
  edges: TestEdge[],
  relationTypes: TestRelationType[] = [],
): AtlasGraph {
  const graph = createAtlasGraph();
  const declared = new Map(relationTypes.map((t) => [t.id, t]));
  for (const e of edges) if (!declared.has(e.type)) declared.set(e.type, { id: e.type });
  graph.replaceAttributes({
    sources: [
      {
        id: 'essay',
        title: 'The essay',
        sections: [
          { id: 's1', title: 'Origins', ordinal: 1 },
          { id: 's2', title: 'West Africa', ordinal: 2 },
        ],
      },
    ],
    ontology: {
      entityTypes: [{ id: 'actor', label: 'Actor', description: '', color: '#332288', shape: 'ellipse' }],
      relationTypes: [...declared.values()].map(relationType),
    },
  });
  for (const n of nodes) {
    const spec = typeof n === 'string' ? { id: n } : n;
    graph.addNode(spec.id, {
      label: spec.label ?? spec.id,
      type: spec.type ?? 'actor',
      description: '',
      aliases: spec.aliases ?? [],
      provenance: [],
    });
  }
  edges.forEach((e, i) => {
    const attrs: EdgeAttributes = {
      type: e.type,
      description: e.description ?? '',
      provenance: e.provenance ?? [],
      ...(e.year !== undefined ? { year: e.year } : {}),
      ...(e.period ? { period: e.period } : {}),
      ...(e.confidence ? { confidence: e.confidence } : {}),
      ...(e.future !== undefined ? { future: e.future } : {}),
      ...(e.weight !== undefined ? { weight: e.weight } : {}),
    };
    graph.addEdgeWithKey(e.key ?? `e${i}`, e.source, e.target, attrs);
  });
  return graph;
}

export interface BruteOptions {
  direction: PathDirection;
  maxHops: number;
  via?: string[];
  excludeRelationTypes?: string[];
  excludeNodes?: string[];
  period?: YearRange;
  through?: string;
}

export interface BrutePath {
  nodes: string[];
  edges: string[];
}

/** Every simple edge path from `from` to `to` within the options, by scanning all edges at every step. */
export function bruteForcePaths(graph: AtlasGraph, from: string, to: string, o: BruteOptions): BrutePath[] {
  const symmetric = new Set(
    graph
      .getAttribute('ontology')
      .relationTypes.filter((t) => t.symmetric)
      .map((t) => t.id),
  );
  const excluded = new Set(o.excludeNodes ?? []);
  const allowed = (edge: string): boolean => {
    const a = graph.getEdgeAttributes(edge);
    if (o.via && o.via.length > 0 && !o.via.includes(a.type)) return false;
    if (o.excludeRelationTypes?.includes(a.type)) return false;
    if (o.period) {
      const start = a.period?.start ?? a.year;
      const end = a.period?.end ?? a.year;
      if (start !== undefined && end !== undefined && (end < o.period.start || start > o.period.end)) return false;
    }
    return true;
  };
  const results: BrutePath[] = [];
  const walk = (nodes: string[], edges: string[]) => {
    const here = nodes[nodes.length - 1] as string;
    if (here === to) {
      if (o.through === undefined || nodes.includes(o.through)) results.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    if (edges.length >= o.maxHops) return;
    for (const edge of graph.edges()) {
      if (!allowed(edge)) continue;
      const s = graph.source(edge);
      const t = graph.target(edge);
      const sym = symmetric.has(graph.getEdgeAttribute(edge, 'type'));
      const options: string[] = [];
      if (s === here && (o.direction !== 'against' || sym)) options.push(t);
      if (t === here && (o.direction !== 'follow' || sym)) options.push(s);
      for (const next of new Set(options)) {
        if (nodes.includes(next) || excluded.has(next)) continue;
        walk([...nodes, next], [...edges, edge]);
      }
    }
  };
  walk([from], []);
  return results;
}

export function edgeCost(graph: AtlasGraph, edges: string[], attribute: string): number {
  let total = 0;
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    if (attribute === 'confidence') total += a.confidence === 'implied' ? 2 : 1;
    else total += typeof a.weight === 'number' ? a.weight : 1;
  }
  return total;
}
