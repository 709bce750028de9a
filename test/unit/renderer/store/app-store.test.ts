// Checks the app store's document edits: in place at the next revision, all or nothing when the edit throws.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { createAppStore } from '../../../../renderer/store/app-store';

describe('editDocument', () => {
  it('edits the open graph in place, at the next revision, marked unsaved', () => {
    const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'alliance-atlas.json' });
    const { graph, revision } = store.document.value;
    const order = graph.order;
    store.editDocument((g) => {
      g.addNode('added', { ...g.getNodeAttributes('nato'), label: 'Added' });
    });
    expect(store.document.value.graph).toBe(graph);
    expect(store.document.value.revision).toBe(revision + 1);
    expect(graph.order).toBe(order + 1);
    expect(store.dirty.value).toBe(true);
  });

  it('leaves the graph, its revision and the dirty flag untouched when the edit throws half-way', () => {
    const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'alliance-atlas.json' });
    const { graph, revision } = store.document.value;
    const before = JSON.stringify(graph.export());
    expect(() =>
      store.editDocument((g) => {
        g.addNode('first', { ...g.getNodeAttributes('nato'), label: 'First' });
        g.addNode('nato');
      }),
    ).toThrow();
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(store.document.value.revision).toBe(revision);
    expect(store.dirty.value).toBe(false);
  });
});
