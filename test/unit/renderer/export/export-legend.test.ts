// Checks the export legend's content: only the types on show, in ontology order, each in the colour the exported picture draws it (lifted on a dark background, the ontology's own on white).
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { THEME_COLORS } from '../../../../renderer/canvas/canvas-style';
import { contrastRatio, entityColorsFor, MIN_BODY_CONTRAST } from '../../../../renderer/canvas/readable-color';
import { legendContent } from '../../../../renderer/export/export-legend';

const graph = loadEmbeddedGraph();

describe('legendContent', () => {
  it('lists only the types on show, in ontology order', () => {
    const alliances = graph.filterNodes((_, a) => a.type === 'alliance');
    const shown = { nodes: new Set(alliances), edges: new Set<string>() };
    const legend = legendContent(graph, shown);
    expect(legend.entities.map((e) => e.label)).toEqual(['Alliance']);
    expect(legend.relations).toEqual([]);
    const all = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    const order = graph.getAttribute('ontology').entityTypes.map((t) => t.label);
    const positions = legendContent(graph, all).entities.map((e) => order.indexOf(e.label));
    expect(positions.length).toBeGreaterThan(5);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.every((p) => p >= 0)).toBe(true);
  });

  it('draws each entity type in the colour of the exported picture: the ontology colour on white, lifted on dark', () => {
    const all = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    const onWhite = legendContent(graph, all, entityColorsFor('light'));
    expect(onWhite.entities.find((e) => e.label === 'Alliance')?.color).toBe('#332288');
    const onDark = legendContent(graph, all, entityColorsFor('dark'));
    for (const entity of onDark.entities) {
      expect(contrastRatio(entity.color, THEME_COLORS.dark.background)).toBeGreaterThanOrEqual(MIN_BODY_CONTRAST);
    }
    expect(onDark.entities.find((e) => e.label === 'Alliance')?.color).not.toBe('#332288');
  });
});
