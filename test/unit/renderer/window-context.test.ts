// Checks the window's composition root: it wires the host's menu commands and the explore shortcuts to its own stores, each window has its own layout slot, file controller and SPARQL session, and dispose stops the layout and removes every listener.
import { describe, expect, it, vi } from 'vitest';
import { createAtlasGraph } from '../../../graph-data/model/atlas-graph';
import type { MenuCommand } from '../../../graph-data/host-api';
import type { Host } from '../../../renderer/host/host';
import type { RunningLayout } from '../../../renderer/layout/run-layout';
import { createAppStore } from '../../../renderer/store/app-store';
import { createWindowContext } from '../../../renderer/window-context';

/** A host whose menu and file-open listeners the test can fire and count. */
function recordingHost() {
  const menu = new Set<(command: MenuCommand) => void>();
  const opened = new Set<(file: never) => void>();
  const unused = async (): Promise<never> => {
    throw new Error('not used by this test');
  };
  const host: Host = {
    kind: 'electron',
    openGraphFile: unused,
    saveFileAs: unused,
    saveCurrentFile: unused,
    exportPdf: unused,
    setDocumentState: () => {},
    getAppInfo: unused,
    onMenuCommand: (listener) => {
      menu.add(listener);
      return () => menu.delete(listener);
    },
    onFileOpened: (listener) => {
      opened.add(listener as (file: never) => void);
      return () => opened.delete(listener as (file: never) => void);
    },
    onFileOpenFailed: () => () => {},
    showItemInFolder: unused,
    listRecentFiles: async () => [],
    openRecentFile: unused,
    sparql: { send: unused },
  };
  return { host, menu, opened };
}

function keydown(key: string): Event {
  return Object.assign(new Event('keydown'), { key, ctrlKey: false, metaKey: false, shiftKey: false });
}

function newWindow() {
  const graph = createAtlasGraph();
  graph.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  graph.addNode('a', { label: 'A', type: 't', description: '', aliases: [], provenance: [] });
  const store = createAppStore({ graph, fileName: 'g.json' });
  const recorded = recordingHost();
  const keys = new EventTarget();
  const context = createWindowContext(recorded.host, store, { keyTarget: keys });
  return { ...recorded, store, keys, context };
}

describe('window context', () => {
  it('runs the host menu commands and the explore shortcuts on its own stores', async () => {
    const { menu, opened, store, keys, context } = newWindow();
    expect(menu.size).toBe(1);
    expect(opened.size).toBe(1);
    const theme = store.theme.peek();
    for (const listener of menu) listener('toggle-theme');
    await vi.waitFor(() => expect(store.theme.peek()).not.toBe(theme));

    context.explore.viewStore.select({ kind: 'node', key: 'a' });
    keys.dispatchEvent(keydown('Escape'));
    expect(context.explore.viewStore.selection.peek()).toBeNull();
  });

  it('gives each window its own layout slot, and dispose stops its layout and removes every listener', () => {
    const first = newWindow();
    const second = newWindow();
    const stop = vi.fn();
    first.context.explore.runningLayout.value = { stop } as unknown as RunningLayout;
    expect(first.context.explore.layoutRunning.value).toBe(true);
    expect(second.context.explore.layoutRunning.value).toBe(false);

    first.context.explore.stopLayout();
    expect(stop).toHaveBeenCalledTimes(1);
    first.context.dispose();
    expect(stop).toHaveBeenCalledTimes(2);
    expect(first.menu.size).toBe(0);
    expect(first.opened.size).toBe(0);
    first.context.explore.viewStore.select({ kind: 'node', key: 'a' });
    first.keys.dispatchEvent(keydown('Escape'));
    expect(first.context.explore.viewStore.selection.peek()).toEqual({ kind: 'node', key: 'a' });
    // Disposing twice is harmless; the other window is untouched.
    first.context.dispose();
    expect(stop).toHaveBeenCalledTimes(2);
    expect(second.menu.size).toBe(1);
  });

  it('owns one file controller and one SPARQL session per window, which its commands and layers share', async () => {
    const first = newWindow();
    const second = newWindow();
    expect(first.context.commands.files).not.toBe(second.context.commands.files);
    expect(first.context.commands.sparql).not.toBe(second.context.commands.sparql);
    for (const listener of first.menu) listener('connect-sparql');
    await vi.waitFor(() => expect(first.context.commands.sparql.dialogOpen.peek()).toBe(true));
    expect(second.context.commands.sparql.dialogOpen.peek()).toBe(false);
  });

  it('hands the mounted canvas to commands and panels alike', () => {
    const { context } = newWindow();
    expect(context.explore.view()).toBeNull();
    const view = {} as Parameters<typeof context.setView>[0];
    context.setView(view);
    expect(context.explore.view()).toBe(view);
    expect(context.commands.view()).toBe(view);
  });
});
