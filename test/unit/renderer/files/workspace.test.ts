// Checks workspace collect/apply on plain objects: a round trip through the file gives the same view, applied in the canvas's order.

import { readFileSync } from 'node:fs';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../../../graph-data/formats/read-graph-file';
import { parseWorkspace, serializeWorkspace } from '../../../../graph-data/workspace/workspace-schema';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../../graph-data/explore/view-types';
import { placeNodes } from '../../../../renderer/files/open-flow';
import {
  applyWorkspace,
  collectWorkspace,
  type WorkspaceSources,
  waitUntilShown,
  workspaceViewState,
} from '../../../../renderer/files/workspace';

const graph = () => readGraphFile('small.json', readFileSync('test/fixtures/graphs/small.json'));

const view: ViewState = {
  ...DEFAULT_VIEW_STATE,
  hiddenEntityTypes: ['framework'],
  yearRange: [1950, 2010],
  degreeRange: [1, 3],
  hiddenNodes: ['un'],
  onlyNodes: ['nato', 'au'],
  focus: { key: 'nato', depth: 2, direction: 'in' },
  sizeBy: 'pagerank',
  colorBy: 'community',
  layout: 'concentric',
};
const sources: WorkspaceSources = {
  fileName: 'small.json',
  view,
  positions: { nato: { x: 10, y: 20 }, au: { x: -5.5, y: 7.25 }, un: { x: 0, y: 0 } },
  viewport: { zoom: 0.8, pan: { x: 100, y: -40 } },
  selection: { kind: 'edge', key: 'e1' },
  pathQuery: 'from nato to un',
  theme: 'dark',
};

describe('workspace collect/apply', () => {
  it('round-trips through the file format to the same view state', () => {
    const collected = collectWorkspace(sources);
    const {
      format: _f,
      version: _v,
      savedAt: _s,
      graph: _g,
      ...back
    } = parseWorkspace(serializeWorkspace(collected, graph().export()), 'w.atlas.json');
    expect(back).toEqual(collected);
    expect(workspaceViewState(back)).toEqual(view);
    expect(back.positions).toEqual(sources.positions);
  });

  it('copies rather than shares the store arrays', () => {
    const collected = collectWorkspace(sources);
    expect(collected.view.hiddenNodes).not.toBe(view.hiddenNodes);
    expect(collected.view.focus).not.toBe(view.focus);
  });

  it('places nodes from positions, ignoring keys the graph lacks', () => {
    const g = graph();
    placeNodes(g, { ...sources.positions, ghost: { x: 1, y: 1 } });
    expect(g.getNodeAttributes('au')).toMatchObject({ x: -5.5, y: 7.25 });
    expect(g.hasNode('ghost')).toBe(false);
  });

  it('applies theme first, then positions, view, selection, query and the viewport last', async () => {
    const calls: string[] = [];
    const g = graph();
    await applyWorkspace(collectWorkspace(sources), g, {
      whenShown: async () => {
        calls.push('shown');
        return true;
      },
      setTheme: (t) => calls.push(`theme ${t}`),
      setPositions: (p) => calls.push(`positions ${Object.keys(p).length}`),
      setViewState: (s) => calls.push(`view ${s.layout}`),
      setSelection: (s) => calls.push(`selection ${s?.key}`),
      setPathQuery: async (q) => {
        calls.push(`query ${q}`);
      },
      setViewport: (v) => calls.push(`viewport ${v.zoom}`),
    });
    expect(calls).toEqual([
      'theme dark',
      'shown',
      'positions 3',
      'view concentric',
      'selection e1',
      'query from nato to un',
      'viewport 0.8',
    ]);
  });

  it('drops a selection the graph does not have, and stops if the graph is never shown', async () => {
    const calls: string[] = [];
    const targets = {
      whenShown: async () => true,
      setTheme: () => {},
      setPositions: () => {},
      setViewState: () => {},
      setSelection: (s: unknown) => calls.push(`selection ${JSON.stringify(s)}`),
      setViewport: () => calls.push('viewport'),
    };
    await applyWorkspace(collectWorkspace({ ...sources, selection: { kind: 'node', key: 'ghost' } }), graph(), targets);
    expect(calls).toEqual(['selection null', 'viewport']);
    calls.length = 0;
    await applyWorkspace(collectWorkspace(sources), graph(), { ...targets, whenShown: async () => false });
    expect(calls).toEqual([]);
  });

  it('waits until the graph is current and ready, and gives up when another replaces it', async () => {
    const g = graph();
    const ready = signal(false);
    const current = signal<unknown>(g);
    const shown = waitUntilShown(ready, current, g);
    ready.value = true;
    expect(await shown).toBe(true);

    const replaced = waitUntilShown(signal(false), current, g);
    current.value = graph();
    expect(await replaced).toBe(false);
  });
});
