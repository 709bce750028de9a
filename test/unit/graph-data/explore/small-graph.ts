// Builds small typed graphs for the renderer's unit tests.
import type { AtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';

export function smallGraph(): AtlasGraph {
  const g = createAtlasGraph();
  g.replaceAttributes({
    sources: [{ id: 's', title: 'S', sections: [{ id: 'intro', title: 'Introduction', ordinal: 1 }] }],
    ontology: {
      entityTypes: [
        { id: 'alliance', label: 'Alliance', description: '', color: '#111111', shape: 'hexagon' },
        { id: 'region', label: 'Region', description: '', color: '#222222', shape: 'ellipse' },
      ],
      relationTypes: [
        {
          id: 'intervened-in',
          label: 'Intervened in',
          description: '',
          polarity: 'neutral',
          symmetric: false,
          lineStyle: 'solid',
          color: '#333333',
        },
        {
          id: 'undermines',
          label: 'Undermines',
          description: '',
          polarity: 'adversarial',
          symmetric: false,
          lineStyle: 'dashed',
          color: '#444444',
        },
      ],
    },
  });
  const node = (key: string, label: string, type: string, extra: Record<string, unknown> = {}) =>
    g.addNode(key, { label, type, description: '', aliases: [], provenance: [], ...extra });
  node('a', 'Alpha', 'alliance', { aliases: ['First Pact'], year: 1949 });
  node('b', 'Côte Bravo', 'region', { description: 'A coastal region with a long civil war.' });
  node('c', 'Charlie', 'region', { period: { start: 1990, end: 1993 } });
  node('d', 'Delta', 'alliance');
  node('e', 'Echo', 'region');
  const edge = (key: string, s: string, t: string, type: string, extra: Record<string, unknown> = {}) =>
    g.addEdgeWithKey(key, s, t, { type, description: '', provenance: [], ...extra });
  edge('ab', 'a', 'b', 'intervened-in');
  edge('ab2', 'a', 'b', 'undermines');
  edge('bc', 'b', 'c', 'intervened-in', { year: 1991 });
  edge('dc', 'd', 'c', 'undermines');
  edge('ce', 'c', 'e', 'intervened-in', { year: 2011 });
  return g;
}
