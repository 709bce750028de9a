// Checks saving with a fake host: each format's names and kinds, writer warnings in the notice, an incomplete CSV pair, and Save's write-back rule.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { readGraphFile } from '../../../../graph-data/formats/read-graph-file';
import type { SaveKind } from '../../../../graph-data/host-api';
import { parseWorkspace } from '../../../../graph-data/workspace/workspace-schema';
import { DEFAULT_VIEW_STATE } from '../../../../graph-data/explore/view-types';
import {
  baseName,
  describeWarnings,
  type SaveFormat,
  saveAs,
  saveBackFormat,
} from '../../../../renderer/files/save-flow';
import { collectWorkspace } from '../../../../renderer/files/workspace';
import type { Host } from '../../../../renderer/host/host';
import { createAppStore } from '../../../../renderer/store/app-store';

function fakeHost(cancelAfter = Number.POSITIVE_INFINITY) {
  const written: { name: string; kind: SaveKind; data: string }[] = [];
  const host = {
    saveFileAs: async (name: string, kind: SaveKind, data: string | Uint8Array) => {
      if (written.length >= cancelAfter) return null;
      written.push({ name, kind, data: String(data) });
      return { name, path: `/tmp/${name}` };
    },
  } as unknown as Host;
  return { host, written };
}

function setup(cancelAfter?: number) {
  const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'alliance-atlas.json' });
  store.dirty.value = true;
  const { host, written } = fakeHost(cancelAfter);
  const saved: string[] = [];
  const deps = {
    host,
    store,
    collectWorkspace: () =>
      collectWorkspace({
        fileName: 'alliance-atlas.json',
        view: DEFAULT_VIEW_STATE,
        positions: { nato: { x: 1, y: 2 } },
        viewport: null,
        selection: null,
        pathQuery: null,
        theme: null,
      }),
    onSaved: (s: { name: string }, format: SaveFormat) => saved.push(`${s.name} ${format}`),
  };
  return { store, deps, written, saved };
}

describe('save flow', () => {
  it.each([
    ['json', ['atlas.json'], ['graph-json']],
    ['gexf', ['atlas.gexf'], ['gexf']],
    ['graphml', ['atlas.graphml'], ['graphml']],
    ['csv', ['atlas-nodes.csv', 'atlas-edges.csv'], ['csv', 'csv']],
    ['workspace', ['atlas.atlas.json'], ['workspace']],
  ] as const)('saves %s with the right names and kinds, and the result reads back', async (format, names, kinds) => {
    const { store, deps, written } = setup();
    await saveAs(deps, format, 'atlas');
    expect(written.map((w) => w.name)).toEqual(names);
    expect(written.map((w) => w.kind)).toEqual(kinds);
    expect(store.dirty.value).toBe(false);
    const { order, size } = store.document.value.graph;
    if (format === 'workspace') {
      expect(parseWorkspace(written[0]?.data ?? '', 'w').positions).toEqual({ nato: { x: 1, y: 2 } });
    } else if (format !== 'csv') {
      const back = readGraphFile(names[0], written[0]?.data ?? '');
      expect([back.order, back.size]).toEqual([order, size]);
    }
  });

  it('reports an incomplete CSV pair as an error and stays dirty', async () => {
    const { store, deps, written, saved } = setup(1);
    await saveAs(deps, 'csv', 'atlas');
    expect(written.map((w) => w.name)).toEqual(['atlas-nodes.csv']);
    expect(store.notice.value).toEqual({ kind: 'error', text: expect.stringContaining('incomplete') });
    expect(store.dirty.value).toBe(true);
    expect(saved).toEqual([]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { store, deps } = setup(0);
    expect(await saveAs(deps, 'json', 'atlas')).toBeNull();
    expect(store.dirty.value).toBe(true);
  });

  it('describes writer warnings briefly', () => {
    expect(describeWarnings([], 'gexf')).toBe('');
    const text = describeWarnings(
      [
        { element: 'node "a" attribute "label"', message: 'replaced an XML-illegal character' },
        { element: 'node "b"', message: 'x' },
      ],
      'gexf',
    );
    expect(text).toContain('2 value(s) were changed to fit GEXF: node "a" attribute "label": replaced');
    expect(text).toContain('(and 1 more)');
  });

  it('names defaults and the write-back format', () => {
    expect(baseName('small-nodes.csv')).toBe('small');
    expect(baseName('view.atlas.json')).toBe('view');
    expect(baseName('.json')).toBe('graph');
    expect(saveBackFormat('a.gexf', false)).toBe('gexf');
    expect(saveBackFormat('a.xml', false)).toBe('graphml');
    expect(saveBackFormat('a-edges.csv', false)).toBeNull();
    expect(saveBackFormat('a.json', true)).toBe('workspace');
  });
});
