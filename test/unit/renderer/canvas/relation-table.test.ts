// Checks the table of relations kept apart from Cytoscape on a headless core: what it packs from the graph, ends among the canvas's entities, relations added to Cytoscape on demand with the table's hidden flag, and let go by a rule.
import type { Core, NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { styleLookup } from '../../../../renderer/canvas/canvas-elements';
import { edgeElementId } from '../../../../renderer/canvas/element-ids';
import { canvasNodes } from '../../../../renderer/canvas/element-lists';
import { isHidden } from '../../../../renderer/canvas/hidden-flag';
import { RelationTable } from '../../../../renderer/canvas/relation-table';
import { rasterCanvas } from './raster-canvas';

let cy: Core | null = null;
afterEach(() => cy?.destroy());

/** a→b (type r, red), c→b (type s, no colour of its own): entities only on the canvas, as a raster graph is loaded. */
function setup() {
  const g = createAtlasGraph();
  g.replaceAttributes({
    sources: [],
    ontology: {
      entityTypes: [],
      relationTypes: [
        { id: 'r', label: 'r', color: '#aa0000', lineStyle: 'solid', polarity: 'neutral', symmetric: false },
      ],
    },
  } as never);
  for (const key of ['a', 'b', 'c']) {
    g.addNode(key, { label: key, type: 't', description: '', aliases: [], provenance: [] });
  }
  g.addEdgeWithKey('ab', 'a', 'b', { type: 'r', description: '', provenance: [] });
  g.addEdgeWithKey('cb', 'c', 'b', { type: 's', description: '', provenance: [] });
  // As a graph the raster draws is loaded: entities only, the relations in the writer's table.
  const core = rasterCanvas(g, 10);
  cy = core;
  return { g, core, table: new RelationTable(core, g, styleLookup(g)) };
}

describe('RelationTable', () => {
  it("packs the graph's relations in its order, with ends and type colours, none in Cytoscape", () => {
    const { core, table } = setup();
    expect(core.edges()).toHaveLength(0);
    expect(table.length).toBe(2);
    expect(table.keys).toEqual(['ab', 'cb']);
    expect(table.sources).toEqual(['a', 'c']);
    expect(table.targets).toEqual(['b', 'b']);
    expect(table.colors).toEqual(['#aa0000', '#888888']);
    expect(table.slotOf('cb')).toBe(1);
    expect(table.slotOf('zz')).toBeUndefined();
    expect(table.ends('cb')).toEqual({ hidden: false, source: 'c', target: 'b' });
    expect(table.ends('zz')).toBeNull();
    expect(table.shownCount()).toBe(2);
  });

  it("gives each relation's ends as indices among the entities in the order asked", () => {
    const { core, table } = setup();
    const nodes = canvasNodes(core);
    expect([...table.endsAmong(nodes)]).toEqual([0, 1, 2, 1]);
    expect([...table.endsAmong([...nodes].reverse() as NodeSingular[])]).toEqual([2, 1, 0, 1]);
  });

  it('adds a relation to Cytoscape once, when asked, flagged hidden as the table says', () => {
    const { core, table } = setup();
    table.setHidden(1, true);
    expect(table.shownCount()).toBe(1);
    expect(table.ends('cb')?.hidden).toBe(true);
    const edge = table.element(1);
    expect(edge.id()).toBe(edgeElementId('cb'));
    expect(edge.source().id()).toBe('n:c');
    expect(isHidden(edge)).toBe(true);
    expect(table.element(1)).toBe(edge);
    expect(core.edges()).toHaveLength(1);
    // The flag follows the table while Cytoscape holds it.
    table.setHidden(1, false);
    expect(isHidden(edge)).toBe(false);
    expect(table.heldElement(1)).toBe(edge);
    expect(table.heldElement(0)).toBeUndefined();
  });

  it('lets go of the held relations its rule refuses, and forgets those removed otherwise', () => {
    const { core, table } = setup();
    const ab = table.element(0);
    table.element(1);
    ab.select();
    table.release((edge) => edge.selected());
    expect(core.edges().map((e) => e.id())).toEqual([edgeElementId('ab')]);
    expect(table.heldCount).toBe(1);
    core.edges().remove();
    table.release(() => true);
    expect(table.heldCount).toBe(0);
    // Asked again, it is added again.
    expect(table.element(0).removed()).toBe(false);
  });
});
