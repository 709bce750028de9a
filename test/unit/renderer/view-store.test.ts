import { describe, expect, it } from 'vitest';
import type { Positions } from '../../../graph-data/explore/view-types';
import { createViewStore } from '../../../renderer/store/view-store';

function storeWithPositions() {
  const store = createViewStore();
  let positions: Positions = { a: { x: 0, y: 0 }, b: { x: 10, y: 0 } };
  store.attachPositions({
    read: () => structuredClone(positions),
    write: (next) => {
      positions = { ...positions, ...structuredClone(next) };
    },
  });
  return { store, get: () => positions, set: (p: Positions) => (positions = p) };
}

describe('view store', () => {
  it('undoes and redoes view operations', () => {
    const { store } = storeWithPositions();
    store.update({ hiddenEntityTypes: ['region'] });
    store.update((s) => ({ hiddenNodes: [...s.hiddenNodes, 'a'] }));
    expect(store.undoable.value).toEqual({ canUndo: true, canRedo: false });
    store.undo();
    expect(store.state.value.hiddenNodes).toEqual([]);
    expect(store.state.value.hiddenEntityTypes).toEqual(['region']);
    store.undo();
    expect(store.state.value.hiddenEntityTypes).toEqual([]);
    expect(store.undoable.value.canUndo).toBe(false);
    store.redo();
    expect(store.state.value.hiddenEntityTypes).toEqual(['region']);
  });

  it('puts positions back after a layout or a drag, and forward again on redo', () => {
    const { store, get, set } = storeWithPositions();
    store.recordPositions();
    store.setLayoutName('circle');
    set({ a: { x: 100, y: 100 }, b: { x: -5, y: 3 } });
    store.undo();
    expect(get()).toEqual({ a: { x: 0, y: 0 }, b: { x: 10, y: 0 } });
    expect(store.state.value.layout).toBe('fcose');
    store.redo();
    expect(get().a).toEqual({ x: 100, y: 100 });
    expect(store.state.value.layout).toBe('circle');
    // A drag records only the moved node.
    store.recordPositions({ b: { x: -5, y: 3 } });
    set({ ...get(), b: { x: 50, y: 50 } });
    store.undo();
    expect(get().b).toEqual({ x: -5, y: 3 });
  });

  it('keeps a focus trail with back, forward and branch', () => {
    const { store } = storeWithPositions();
    store.setFocus({ key: 'a', depth: 1, direction: 'both' });
    store.setFocus({ key: 'b', depth: 2, direction: 'out' });
    expect(store.focusTrail.value.entries).toHaveLength(3);
    store.goToFocus(1);
    expect(store.state.value.focus?.key).toBe('a');
    store.goToFocus(0);
    expect(store.state.value.focus).toBeNull();
    store.setFocus({ key: 'c', depth: 1, direction: 'in' });
    expect(store.focusTrail.value.entries.map((e) => e?.key ?? null)).toEqual([null, 'c']);
    store.undo();
    expect(store.state.value.focus).toBeNull();
    expect(store.focusTrail.value.index).toBe(0);
  });

  it('resets everything for a new document', () => {
    const { store } = storeWithPositions();
    store.update({ sizeBy: 'pagerank' });
    store.select({ kind: 'node', key: 'a' }, true);
    expect(store.centreRequest.value).toBe(1);
    store.reset();
    expect(store.state.value.sizeBy).toBe('none');
    expect(store.selection.value).toBeNull();
    expect(store.undoable.value).toEqual({ canUndo: false, canRedo: false });
  });
});
