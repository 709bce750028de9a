// Checks the one writer on a headless Cytoscape: shown/hidden by diff (relations in Cytoscape or in their table), emphasis classes (with fading only where the level of detail allows it), sizes scaled to the document's base size, fills, and that an unchanged state writes nothing.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { lazyCytoscapeElements, toCytoscapeElements } from '../../../../renderer/canvas/canvas-elements';
import type { CanvasState } from '../../../../renderer/canvas/canvas-state';
import { emphasisFor } from '../../../../renderer/canvas/canvas-state';
import { buildStylesheet, HIDDEN_CLASS, THEME_COLORS } from '../../../../renderer/canvas/canvas-style';
import { AddedElements, CanvasWriter } from '../../../../renderer/canvas/canvas-writer';
import { edgeElementId, nodeElementId } from '../../../../renderer/canvas/element-ids';
import { isHidden } from '../../../../renderer/canvas/hidden-flag';
import { contrastRatio, entityColorsFor, MIN_BODY_CONTRAST } from '../../../../renderer/canvas/readable-color';
import { HELD_RELATIONS_MAX } from '../../../../renderer/canvas/relation-table';

function graph() {
  const g = createAtlasGraph();
  g.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  for (const key of ['a', 'b', 'c']) {
    g.addNode(key, { label: key, type: 't', description: '', aliases: [], provenance: [] });
  }
  g.addEdgeWithKey('a', 'a', 'b', { type: 'r', description: '', provenance: [] });
  g.addEdgeWithKey('b', 'b', 'c', { type: 'r', description: '', provenance: [] });
  return g;
}

let cy: Core | null = null;
afterEach(() => cy?.destroy());

function setup(fade = true, baseSize = 30) {
  const g = graph();
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', 'plain'),
    elements: toCytoscapeElements(g, baseSize),
  });
  const writer = new CanvasWriter(cy);
  writer.reset(g, { fade, baseSize });
  const all = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
  const state: CanvasState = { shown: all, selected: null, emphasis: null, sizes: null, fills: null, regions: null };
  return { g, cy, writer, all, state };
}

describe('CanvasWriter', () => {
  it('looks the elements up once per document, and not at all to toggle after a fresh load or a new base size', () => {
    const { g, cy, writer, all, state } = setup();
    writer.reset(g, { fade: false, baseSize: 30, fresh: true });
    const lookup = vi.spyOn(cy, 'getElementById');
    const first = writer.apply(state);
    expect(first.toggled).toBe(0);
    // Fills need the 3 entities, looked up by key, not the document's whole list (a load builds that in a task of
    // its own); without fading, emphasis looks up only what it emphasises.
    expect(lookup.mock.calls.length).toBe(3);
    lookup.mockClear();
    writer.reset(g, { fade: false, baseSize: 30 });
    writer.apply(state);
    // Toggling builds the document's list of its 5 elements; sizing and filling read it.
    expect(lookup.mock.calls.length).toBe(5);
    // The same elements (a new base size): none is looked up again.
    lookup.mockClear();
    writer.reset(g, { fade: false, baseSize: 30, sameElements: true });
    writer.apply(state);
    expect(lookup.mock.calls.length).toBe(0);
    // Not fresh, elements hidden earlier are shown again.
    writer.apply({ ...state, shown: { nodes: new Set(['a']), edges: new Set() } });
    writer.reset(g, { fade: true, baseSize: 30 });
    expect(writer.apply({ ...state, shown: all }).toggled).toBe(4);
  });

  it('takes the key list from the elements a load noted as it added them: no element is looked up to filter', () => {
    const g = graph();
    cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light', 'plain') });
    const added = new AddedElements();
    const elements = toCytoscapeElements(g, 30);
    // Two runs, as a load's slices add them.
    added.note(cy.add(elements.slice(0, 2)));
    added.note(cy.add(elements.slice(2)));
    expect(added.nodes.map(([key]) => key)).toEqual(['a', 'b', 'c']);
    expect(added.edges.map(([key, element]) => [key, element.id()])).toEqual([
      ['a', edgeElementId('a')],
      ['b', edgeElementId('b')],
    ]);
    const writer = new CanvasWriter(cy);
    writer.reset(g, { fade: false, baseSize: 30, fresh: true });
    writer.adoptElements(added);
    const all = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
    const state: CanvasState = { shown: all, selected: null, emphasis: null, sizes: null, fills: null, regions: null };
    const lookup = vi.spyOn(cy, 'getElementById');
    writer.apply(state);
    const filtered = writer.apply({ ...state, shown: { nodes: new Set(['a', 'b']), edges: new Set(['a']) } });
    expect(filtered.toggled).toBe(2);
    expect(lookup).not.toHaveBeenCalled();
    expect(isHidden(cy.getElementById(nodeElementId('c')))).toBe(true);
    expect(isHidden(cy.getElementById(edgeElementId('b')))).toBe(true);
    expect(isHidden(cy.getElementById(nodeElementId('a')))).toBe(false);
  });

  it('hides and shows only what changed, and reports geometry changes', () => {
    const { cy, writer, all, state } = setup();
    expect(writer.apply(state).geometryChanged).toBe(false);
    const shown = { nodes: new Set(['a', 'b']), edges: new Set(['a']) };
    expect(writer.apply({ ...state, shown }).geometryChanged).toBe(true);
    expect(isHidden(cy.getElementById(nodeElementId('c')))).toBe(true);
    expect(isHidden(cy.getElementById(edgeElementId('b')))).toBe(true);
    // Read while hidden: Cytoscape caches visibility per element, and showing it again must not answer from that cache.
    expect(cy.getElementById(nodeElementId('c')).style('display')).toBe('none');
    expect(cy.elements(':visible').map((e) => e.id())).toEqual([
      nodeElementId('a'),
      nodeElementId('b'),
      edgeElementId('a'),
    ]);
    writer.apply({ ...state, shown: all });
    expect(cy.elements().filter((e) => isHidden(e))).toHaveLength(0);
    expect(cy.elements(':visible')).toHaveLength(5);
  });

  it('reports every element it restyled (shown, hidden, resized, refilled), so a big write can be restyled in slices', () => {
    const { writer, state } = setup();
    const first = writer.apply(state);
    // The first write of a fresh document: nothing toggled; sizes and fills equal what the elements carry.
    expect(first.restyled.length).toBe(0);
    const ids = (result: { restyled: { map(f: (e: { id(): string }) => string): string[] } }) =>
      result.restyled.map((e) => e.id()).sort();
    const hidden = writer.apply({ ...state, shown: { nodes: new Set(['a', 'b']), edges: new Set(['a']) } });
    expect(ids(hidden)).toEqual([edgeElementId('b'), nodeElementId('c')].sort());
    expect(hidden.toggled).toBe(2);
    const resized = writer.apply({ ...state, sizes: new Map([['a', 60]]) });
    expect(ids(resized)).toEqual([edgeElementId('b'), nodeElementId('a'), nodeElementId('c')].sort());
    expect(resized.toggled).toBe(2);
    const refilled = writer.apply({ ...state, sizes: new Map([['a', 60]]), fills: new Map([['b', '#123456']]) });
    expect(ids(refilled)).toEqual([nodeElementId('b')]);
    expect(refilled.toggled).toBe(0);
  });

  it('hides by its flag alone where visibility is not a class, and says what changed for a drawing of every element', () => {
    const { cy, writer, state } = setup();
    writer.hiddenAsClass = false;
    writer.apply(state);
    const hidden = writer.apply({ ...state, shown: { nodes: new Set(['a', 'b']), edges: new Set(['a']) } });
    expect(hidden.toggled).toBe(2);
    expect(hidden.restyled.length).toBe(0);
    expect(hidden.sceneChanged).toBe(false);
    const c = cy.getElementById(nodeElementId('c'));
    expect(isHidden(c)).toBe(true);
    expect(c.hasClass(HIDDEN_CLASS)).toBe(false);
    // Shown again: the flag clears.
    expect(writer.apply(state).toggled).toBe(2);
    expect(isHidden(c)).toBe(false);
    // New sizes or fills change the scene.
    expect(writer.apply({ ...state, sizes: new Map([['a', 60]]) }).sceneChanged).toBe(true);
    expect(writer.apply({ ...state, sizes: new Map([['a', 60]]) }).sceneChanged).toBe(false);
  });

  it('keeps a hidden element hidden whatever its emphasis', () => {
    const { cy, writer, state } = setup();
    const shown = { nodes: new Set(['a', 'b']), edges: new Set(['a']) };
    const emphasis = { nodes: new Set(['c']), edges: new Set(['b']), context: new Set<string>() };
    writer.apply({ ...state, shown, emphasis });
    expect(cy.getElementById(nodeElementId('c')).hasClass('highlighted')).toBe(true);
    expect(cy.getElementById(nodeElementId('c')).style('display')).toBe('none');
    expect(cy.getElementById(edgeElementId('b')).style('display')).toBe('none');
  });

  it('writes emphasis classes, fading the rest on small graphs', () => {
    const { g, cy, writer, all, state } = setup(true);
    writer.apply({ ...state, emphasis: emphasisFor(g, all, { kind: 'node', key: 'a' }, null) });
    expect(cy.getElementById(nodeElementId('a')).hasClass('highlighted')).toBe(true);
    expect(cy.getElementById(edgeElementId('a')).hasClass('highlighted')).toBe(true);
    expect(cy.getElementById(nodeElementId('b')).hasClass('neighbour')).toBe(true);
    expect(cy.getElementById(nodeElementId('c')).hasClass('faded')).toBe(true);
    writer.apply({ ...state, emphasis: null });
    expect(cy.elements('.highlighted, .neighbour, .faded')).toHaveLength(0);
  });

  it('does not fade on big graphs: only the emphasised elements change', () => {
    const { g, cy, writer, all, state } = setup(false);
    writer.apply({ ...state, emphasis: emphasisFor(g, all, { kind: 'node', key: 'a' }, null) });
    expect(cy.elements('.faded')).toHaveLength(0);
    expect(cy.getElementById(nodeElementId('a')).hasClass('highlighted')).toBe(true);
  });

  it('scales metric sizes by the document base size and restores it', () => {
    const { cy, writer, state } = setup(true, 15);
    writer.apply({ ...state, sizes: new Map([['a', 60]]) });
    expect(cy.getElementById(nodeElementId('a')).data('size')).toBe(30);
    expect(cy.getElementById(nodeElementId('b')).data('size')).toBe(15);
    writer.apply({ ...state, sizes: null });
    expect(cy.getElementById(nodeElementId('a')).data('size')).toBe(15);
  });

  it('leaves a base size that is not a round multiple of the default untouched (no restyle on open)', () => {
    // 30 × ((27 / 7) / 30) differs from 27 / 7 in its last bit: writing it would restyle every entity of a freshly
    // opened graph.
    const base = 27 / 7;
    expect(30 * (base / 30)).not.toBe(base);
    const { cy, writer, state } = setup(true, base);
    let writes = 0;
    cy.on('data', () => {
      writes++;
    });
    writer.apply(state);
    expect(writes).toBe(0);
    expect(cy.getElementById(nodeElementId('a')).data('size')).toBe(base);
  });

  it("makes Cytoscape's selection follow the user's, whoever selected before", () => {
    const { cy, writer, state } = setup(false);
    writer.apply(state);
    const selected = () => cy.$(':selected').map((element) => element.id());
    // A click selected a in Cytoscape; the user then selects b (a search, a link): a is no longer selected.
    cy.getElementById(nodeElementId('a')).select();
    writer.apply({ ...state, selected: { kind: 'node', key: 'b' } });
    expect(selected()).toEqual([nodeElementId('b')]);
    writer.apply({ ...state, selected: { kind: 'edge', key: 'a' } });
    expect(selected()).toEqual([edgeElementId('a')]);
    // Cleared (Escape): nothing is.
    writer.apply({ ...state, selected: null });
    expect(selected()).toEqual([]);
  });

  it("tells each entity's size as the elements have it written, without reading Cytoscape", () => {
    const { cy, writer, state } = setup(false, 12);
    expect([...writer.entitySizes(['a', 'c'])]).toEqual([12, 12]);
    writer.apply({ ...state, sizes: new Map([['a', 60]]) });
    const written = ['a', 'b', 'c'].map((key) => Number(cy.getElementById(nodeElementId(key)).data('size')));
    expect([...writer.entitySizes(['a', 'b', 'c'])]).toEqual(written);
    expect(written).toEqual([24, 12, 12]);
  });

  it('writes fills and restores the type colour', () => {
    const { cy, writer, state } = setup();
    const colour = cy.getElementById(nodeElementId('a')).data('color');
    writer.apply({ ...state, fills: new Map([['a', '#123456']]) });
    expect(cy.getElementById(nodeElementId('a')).data('fill')).toBe('#123456');
    writer.apply({ ...state, fills: null });
    expect(cy.getElementById(nodeElementId('a')).data('fill')).toBe(colour);
  });

  it('draws colours through the theme: a new theme rewrites the fills of an unchanged state', () => {
    const { cy, writer, state } = setup();
    const fills = new Map([['a', '#332288']]);
    writer.apply({ ...state, fills });
    expect(cy.getElementById(nodeElementId('a')).data('fill')).toBe('#332288');
    writer.setColors(entityColorsFor('dark'));
    writer.apply({ ...state, fills });
    const lifted = String(cy.getElementById(nodeElementId('a')).data('fill'));
    expect(lifted).not.toBe('#332288');
    expect(contrastRatio(lifted, THEME_COLORS.dark.background)).toBeGreaterThanOrEqual(MIN_BODY_CONTRAST);
    writer.setColors(entityColorsFor('light'));
    writer.apply({ ...state, fills });
    expect(cy.getElementById(nodeElementId('a')).data('fill')).toBe('#332288');
  });
});

describe('CanvasWriter with relations apart (the bulk raster draws them)', () => {
  /** As a raster graph is loaded: entities only in Cytoscape, hiding by the flag alone. */
  function apart() {
    const g = graph();
    const source = lazyCytoscapeElements(g, 30, false);
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('light', 'plain'),
      elements: source.slice(0, source.length),
    });
    const writer = new CanvasWriter(cy);
    writer.hiddenAsClass = false;
    writer.relationsApart = true;
    writer.reset(g, { fade: false, baseSize: 30, fresh: true });
    const all = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
    const state: CanvasState = { shown: all, selected: null, emphasis: null, sizes: null, fills: null, regions: null };
    writer.apply(state);
    const table = writer.relationTable;
    if (!table) throw new Error('no relation table');
    return { g, cy, writer, state, table };
  }

  it('hides and shows relations in its table, counted, without adding them to Cytoscape', () => {
    const { cy, writer, state, table } = apart();
    expect(cy.edges()).toHaveLength(0);
    const filtered = writer.apply({ ...state, shown: { nodes: new Set(['a', 'b', 'c']), edges: new Set(['a']) } });
    expect(filtered.toggled).toBe(1);
    expect([...table.hidden]).toEqual([0, 1]);
    expect(cy.edges()).toHaveLength(0);
    const again = writer.apply(state);
    expect(again.toggled).toBe(1);
    expect([...table.hidden]).toEqual([0, 0]);
  });

  it('adds a relation to Cytoscape to highlight it, and a hidden one keeps its flag there', () => {
    const { cy, writer, state, table } = apart();
    const shown = { nodes: new Set(['a', 'b', 'c']), edges: new Set(['a']) };
    const emphasis = { nodes: new Set<string>(), edges: new Set(['a', 'b']), context: new Set(['a', 'b', 'c']) };
    writer.apply({ ...state, shown, emphasis });
    const a = cy.getElementById(edgeElementId('a'));
    expect(a.hasClass('highlighted')).toBe(true);
    expect(isHidden(a)).toBe(false);
    expect(isHidden(cy.getElementById(edgeElementId('b')))).toBe(true);
    expect(table.heldCount).toBe(2);
    // No longer highlighted: it stays until more are held than the limit (a hit test's relations share it).
    writer.apply({ ...state, shown });
    expect(a.hasClass('highlighted')).toBe(false);
    expect(a.removed()).toBe(false);
  });

  it('lets go of the relations it holds past the limit, but not the raised ones', () => {
    const { g, cy, writer, state, table } = apart();
    for (let i = 0; i < HELD_RELATIONS_MAX + 5; i++)
      g.addEdgeWithKey(`x${i}`, 'a', 'c', { type: 'r', description: '', provenance: [] });
    writer.reset(g, { fade: false, baseSize: 30 });
    const all = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
    writer.apply({ ...state, shown: all });
    const fresh = writer.relationTable;
    if (!fresh) throw new Error('no relation table');
    expect(fresh).not.toBe(table);
    for (let slot = 0; slot < fresh.length; slot++) fresh.element(slot);
    fresh.element(fresh.slotOf('b') ?? -1).select();
    writer.apply({ ...state, shown: all, emphasis: { nodes: new Set(), edges: new Set(['a']), context: new Set() } });
    expect(
      cy
        .edges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual([edgeElementId('a'), edgeElementId('b')]);
    expect(fresh.heldCount).toBe(2);
  });

  it('holds every shown relation while an export draws, and only those it held before after', () => {
    const { cy, writer, state } = apart();
    writer.apply({
      ...state,
      shown: { nodes: new Set(['a', 'b', 'c']), edges: new Set(['a']) },
      emphasis: { nodes: new Set(), edges: new Set(['a']), context: new Set() },
    });
    writer.apply({ ...state, shown: { nodes: new Set(['a', 'b', 'c']), edges: new Set(['b']) } });
    expect(cy.edges().map((edge) => edge.id())).toEqual([edgeElementId('a')]);
    const during = writer.withEveryRelation(() => cy.edges().map((edge) => [edge.id(), isHidden(edge)]));
    // The one held before (now hidden) stays, flagged; the shown one comes for the export and goes after it.
    expect(during).toEqual([
      [edgeElementId('a'), true],
      [edgeElementId('b'), false],
    ]);
    expect(cy.edges().map((edge) => edge.id())).toEqual([edgeElementId('a')]);
  });

  it('a new document lets go of every relation it held', () => {
    const { g, cy, writer, state } = apart();
    writer.apply({ ...state, emphasis: { nodes: new Set(), edges: new Set(['a']), context: new Set() } });
    expect(cy.edges()).toHaveLength(1);
    writer.reset(g, { fade: false, baseSize: 30 });
    expect(cy.edges()).toHaveLength(0);
  });
});
