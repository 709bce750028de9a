// Checks the open flow with a fake parser: errors, cancels and the size cap leave document, view, selection and undo history untouched.

import { readFileSync } from 'node:fs';
import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import type { Positions } from '../../../../graph-data/explore/view-types';
import type { AtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { CancelledError } from '../../../../graph-data/model/errors';
import { cancelledParse, type GraphFileParser } from '../../../../renderer/files/graph-file-client';
import type { FileBytes, ParseRequest, ParseResult } from '../../../../renderer/files/graph-file-protocol';
import {
  createOpenFlow,
  type OpenFlowDeps,
  type OpenProgress,
  type PendingLayout,
  type TypeChoice,
} from '../../../../renderer/files/open-flow';
import { parseGraphFiles } from '../../../../renderer/files/parse-graph-files';
import { createAppStore } from '../../../../renderer/store/app-store';
import { createViewStore } from '../../../../renderer/store/view-store';

/** Answers with the real parse step (or a canned result), recording each request. */
function fakeParser(answer?: (request: ParseRequest) => ParseResult): GraphFileParser & { requests: ParseRequest[] } {
  const requests: ParseRequest[] = [];
  return {
    requests,
    parse: async (request, onProgress) => {
      requests.push(request);
      return (answer ?? ((r) => parseGraphFiles(r, onProgress)))(request);
    },
    cancel: () => {},
  };
}

function setup(parser: GraphFileParser, maxBytes?: number, layOut?: OpenFlowDeps['layOut']) {
  const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: 'alliance-atlas.json' });
  const viewStore = createViewStore();
  // A user who has filtered, selected and can undo: all of it must survive a failed open.
  viewStore.update({ hiddenEntityTypes: ['alliance'] });
  viewStore.select({ kind: 'node', key: 'nato' });
  store.dirty.value = true;
  const progress = signal<OpenProgress | null>(null);
  const typeChoice = signal<TypeChoice | null>(null);
  const flow = createOpenFlow({ store, parser, progress, typeChoice, maxBytes, layOut });
  const snapshot = () => ({
    document: store.document.value,
    graph: store.document.value.graph,
    order: store.document.value.graph.order,
    dirty: store.dirty.value,
    view: viewStore.state.value,
    selection: viewStore.selection.value,
    undoable: viewStore.undoable.value,
    typeChoice: typeChoice.value,
  });
  return { store, viewStore, flow, progress, typeChoice, snapshot };
}

/** Layouts the flow starts, each settled by the test (Stop rejects it as cancelled, like the worker client). */
function fakeLayouts() {
  const runs: {
    graph: AtlasGraph;
    onFraction(fraction: number): void;
    resolve(positions: Positions): void;
    reject(error: Error): void;
    stopped: boolean;
  }[] = [];
  const layOut = (graph: AtlasGraph, onFraction: (fraction: number) => void): PendingLayout => {
    let resolve: (positions: Positions) => void = () => {};
    let reject: (error: Error) => void = () => {};
    const done = new Promise<Positions>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const run = { graph, onFraction, resolve, reject, stopped: false };
    runs.push(run);
    return {
      done,
      stop: () => {
        run.stopped = true;
        reject(new CancelledError('The layout (stopped)'));
      },
    };
  };
  return { runs, layOut };
}

const fixture = (dir: string, name: string): FileBytes => ({
  name,
  bytes: new Uint8Array(readFileSync(`test/fixtures/${dir}/${name}`)),
});

describe('open flow', () => {
  it.each(['syntax-error.json', 'truncated.gexf', 'dangling-edge.graphml', 'ragged-row-edges.csv', 'empty.json'])(
    'on %s shows a located error and changes nothing else',
    async (name) => {
      const { store, flow, progress, snapshot } = setup(fakeParser());
      const before = snapshot();
      const outcome = await flow.open([fixture('malformed', name)]);
      expect(outcome.ok).toBe(false);
      expect(snapshot()).toEqual(before);
      expect(snapshot().document).toBe(before.document);
      expect(progress.value).toBeNull();
      expect(store.notice.value?.kind).toBe('error');
      expect(store.notice.value?.text).toMatch(new RegExp(`^Could not open ${name.replace('.', '\\.')}`));
      expect(store.notice.value?.text).toContain('The current graph is unchanged.');
    },
  );

  it('refuses a file over the cap before parsing, with its size and the limit', async () => {
    const parser = fakeParser();
    const { store, flow, snapshot } = setup(parser, 100);
    const before = snapshot();
    await flow.open([fixture('graphs', 'small.json')]);
    expect(parser.requests).toEqual([]);
    expect(store.notice.value?.text).toMatch(
      /small\.json: the file is too large \(\d+(\.\d)? KB; the limit is 100 bytes\)/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('checks chosen or dropped files by size before reading a byte of them', async () => {
    const parser = fakeParser();
    const { store, flow, snapshot } = setup(parser, 1024 * 1024);
    const before = snapshot();
    const huge = {
      name: 'holiday.json',
      size: 4 * 1024 ** 3,
      arrayBuffer: () => Promise.reject(new Error('a file over the cap must not be read')),
    };
    expect((await flow.openBlobs([huge])).ok).toBe(false);
    expect(store.notice.value?.text).toBe(
      'Could not open holiday.json: the file is too large (4096.0 MB; the limit is 1.0 MB). The current graph is unchanged.',
    );
    expect(snapshot()).toEqual(before);
    const bytes = readFileSync('test/fixtures/graphs/small.json');
    const small = { name: 'small.json', size: bytes.byteLength, arrayBuffer: async () => new Uint8Array(bytes).buffer };
    expect((await flow.openBlobs([small])).ok).toBe(true);
  });

  it('treats a cancel as nothing happened', async () => {
    const { store, flow, snapshot } = setup(fakeParser(() => cancelledParse()));
    const before = snapshot();
    await flow.open([fixture('graphs', 'small.json')]);
    expect(snapshot()).toEqual(before);
    expect(store.notice.value).toEqual({ kind: 'info', text: expect.stringContaining('was cancelled') });
  });

  it('swaps in a complete new graph on success and clears dirty', async () => {
    const { store, flow, typeChoice } = setup(fakeParser());
    const old = store.document.value;
    const outcome = await flow.open([fixture('graphs', 'small.json')]);
    expect(outcome.ok).toBe(true);
    expect(store.document.value.graph).not.toBe(old.graph);
    expect(store.document.value.fileName).toBe('small.json');
    expect(store.document.value.revision).toBe(old.revision + 1);
    expect(store.dirty.value).toBe(false);
    expect(typeChoice.value).toBeNull();
    expect(store.notice.value?.text).toMatch(/^Opened small\.json: \d+ entities, \d+ relations\.$/);
  });

  it('opens a CSV pair dropped in either order, and offers a type attribute for files without an ontology', async () => {
    const { store, flow, typeChoice } = setup(fakeParser());
    await flow.open([fixture('graphs', 'small-edges.csv'), fixture('graphs', 'small-nodes.csv')]);
    expect(store.document.value.graph.order).toBe(4);
    expect(store.document.value.fileName).toBe('small-edges.csv');
    expect(typeChoice.value).toMatchObject({ current: 'type' });
    expect(store.notice.value?.text).toContain('no ontology');

    await flow.reimport('');
    expect(new Set(store.document.value.graph.mapNodes((_, a) => a.type))).toEqual(new Set(['default']));
    expect(typeChoice.value?.current).toBe('');
  });

  it('lets only the newest of two overlapping opens land', async () => {
    let release: (r: ParseResult) => void = () => {};
    let calls = 0;
    const parser: GraphFileParser = {
      parse: (request) => {
        calls++;
        if (calls === 1) return new Promise((resolve) => (release = resolve));
        return Promise.resolve(parseGraphFiles(request));
      },
      cancel: () => {},
    };
    const { store, flow } = setup(parser);
    const first = flow.open([fixture('graphs', 'small.json')]);
    await flow.open([fixture('graphs', 'small.gexf')]);
    release(await parseGraphFiles({ files: [fixture('graphs', 'small.json')], maxBytes: 1e9 }));
    expect((await first).ok).toBe(false);
    expect(store.document.value.fileName).toBe('small.gexf');
  });

  it('swaps the graph in a task after building it, still showing progress until then; a newer open meanwhile wins', async () => {
    const { store, flow, progress } = setup(fakeParser());
    const old = store.document.value;
    const first = flow.open([fixture('graphs', 'small.json')]);
    // The parse answered and the graph is built; the swap waits for the next task (the canvas's build is its own).
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    for (let i = 0; i < 20 && store.document.value === old; i++) await Promise.resolve();
    expect(store.document.value).toBe(old);
    expect(progress.value?.fileName).toBe('small.json');
    const second = flow.open([fixture('graphs', 'small.gexf')]);
    expect((await first).ok).toBe(false);
    expect((await second).ok).toBe(true);
    expect(store.document.value.fileName).toBe('small.gexf');
    expect(progress.value).toBeNull();
  });

  it('refuses three files, or two that are not a CSV pair, without parsing', async () => {
    const parser = fakeParser();
    const { store, flow, snapshot } = setup(parser);
    const before = snapshot();
    await flow.open([fixture('graphs', 'small.json'), fixture('graphs', 'small.gexf')]);
    expect(store.notice.value?.text).toMatch(/one graph file, or a nodes \+ edges CSV pair/);
    expect(parser.requests).toEqual([]);
    expect(snapshot()).toEqual(before);
  });
});

describe('open flow: a graph laid out before it is shown', () => {
  it('lays it out after parsing, saying how far it is, and swaps it in at the positions of its layout', async () => {
    const layouts = fakeLayouts();
    const withLayouts = setup(fakeParser(), undefined, layouts.layOut);
    const before = withLayouts.snapshot();
    const opening = withLayouts.flow.open([fixture('graphs', 'small.json')]);
    await vi.waitFor(() => expect(layouts.runs).toHaveLength(1));
    const run = layouts.runs[0];
    if (!run) throw new Error('no layout started');
    // The graph is parsed, not yet shown: the open graph stays as it was while the layout runs.
    expect(withLayouts.snapshot()).toEqual(before);
    expect(withLayouts.progress.value).toMatchObject({ fileName: 'small.json', stage: 'laying out', fraction: 0 });
    run.onFraction(0.4);
    expect(withLayouts.progress.value).toMatchObject({ stage: 'laying out', fraction: 0.4 });
    const positions: Positions = Object.fromEntries(run.graph.nodes().map((key, i) => [key, { x: i * 10, y: -i }]));
    run.resolve(positions);
    expect((await opening).ok).toBe(true);
    const opened = withLayouts.store.document.value.graph;
    expect(opened).toBe(run.graph);
    opened.forEachNode((key, attributes) => {
      expect({ x: attributes.x, y: attributes.y }).toEqual(positions[key]);
    });
    expect(withLayouts.progress.value).toBeNull();
    expect(withLayouts.store.notice.value?.text).toMatch(
      /^Opened small\.json: \d+ entities, \d+ relations, laid out first \(the file has no positions\)\.$/,
    );
  });

  it('Cancel while laying out stops the layout and changes nothing', async () => {
    const layouts = fakeLayouts();
    const { store, flow, progress, snapshot } = setup(fakeParser(), undefined, layouts.layOut);
    const before = snapshot();
    const opening = flow.open([fixture('graphs', 'small.json')]);
    await vi.waitFor(() => expect(layouts.runs).toHaveLength(1));
    flow.cancel();
    expect(layouts.runs[0]?.stopped).toBe(true);
    expect((await opening).ok).toBe(false);
    expect(snapshot()).toEqual(before);
    expect(snapshot().document).toBe(before.document);
    expect(progress.value).toBeNull();
    expect(store.notice.value).toEqual({
      kind: 'info',
      text: 'Opening small.json was cancelled. The current graph is unchanged.',
    });
  });

  it('a failed layout is an error naming the file, and the open graph stays', async () => {
    const layouts = fakeLayouts();
    const { store, flow, progress, snapshot } = setup(fakeParser(), undefined, layouts.layOut);
    const before = snapshot();
    const opening = flow.open([fixture('graphs', 'small.json')]);
    await vi.waitFor(() => expect(layouts.runs).toHaveLength(1));
    layouts.runs[0]?.reject(new Error('Layout failed: out of memory'));
    expect((await opening).ok).toBe(false);
    expect(snapshot()).toEqual(before);
    expect(progress.value).toBeNull();
    expect(store.notice.value).toEqual({
      kind: 'error',
      text: 'Could not open small.json: Layout failed: out of memory. The current graph is unchanged.',
    });
  });

  it('a newer open stops the layout of the older one, which never lands', async () => {
    const layouts = fakeLayouts();
    // The second file needs no layout.
    const layOut = (graph: AtlasGraph, onFraction: (fraction: number) => void) =>
      layouts.runs.length === 0 ? layouts.layOut(graph, onFraction) : null;
    const { store, flow } = setup(fakeParser(), undefined, layOut);
    const first = flow.open([fixture('graphs', 'small.json')]);
    await vi.waitFor(() => expect(layouts.runs).toHaveLength(1));
    const second = await flow.open([fixture('graphs', 'small.gexf')]);
    expect(layouts.runs[0]?.stopped).toBe(true);
    expect((await first).ok).toBe(false);
    expect(second.ok).toBe(true);
    expect(store.document.value.fileName).toBe('small.gexf');
    expect(store.notice.value?.text).toMatch(/^Opened small\.gexf: \d+ entities, \d+ relations\. /);
  });

  it('a file read again with types from another attribute keeps the positions of its layout, not laid out again', async () => {
    const layouts = fakeLayouts();
    // Like the real one: only a graph whose entities lack positions is laid out.
    const layOut = (graph: AtlasGraph, onFraction: (fraction: number) => void) =>
      graph.everyNode((_, a) => a.x !== undefined && a.y !== undefined) ? null : layouts.layOut(graph, onFraction);
    const { store, flow, typeChoice } = setup(fakeParser(), undefined, layOut);
    const opening = flow.open([fixture('graphs', 'small-nodes.csv'), fixture('graphs', 'small-edges.csv')]);
    await vi.waitFor(() => expect(layouts.runs).toHaveLength(1));
    const run = layouts.runs[0];
    if (!run) throw new Error('no layout started');
    const positions: Positions = Object.fromEntries(run.graph.nodes().map((key, i) => [key, { x: 5 + i, y: 7 * i }]));
    run.resolve(positions);
    expect((await opening).ok).toBe(true);
    expect(typeChoice.value).not.toBeNull();
    expect((await flow.reimport('')).ok).toBe(true);
    expect(layouts.runs).toHaveLength(1);
    const reread = store.document.value.graph;
    expect(reread).not.toBe(run.graph);
    expect(Object.fromEntries(reread.mapNodes((key, a) => [key, { x: a.x, y: a.y }]))).toEqual(positions);
  });
});
