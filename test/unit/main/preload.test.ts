// Checks the preload exposes one named function per contract channel plus the two subscriptions, and never ipcRenderer itself.
import { describe, expect, it, vi } from 'vitest';
import { HOST_BRIDGE_GLOBAL, INVOKE_CHANNELS, invokeContract } from '../../../graph-data/host-api';

const exposed = new Map<string, Record<string, unknown>>();
const invoke = vi.fn(async (..._args: unknown[]) => 'answer');
const ipcRenderer = { invoke, on: vi.fn(), removeListener: vi.fn(), send: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.set(name, api) },
  ipcRenderer,
}));

describe('preload bridge', () => {
  it('exposes exactly the contract methods and the event subscriptions', async () => {
    await import('../../../main/preload');
    const api = exposed.get(HOST_BRIDGE_GLOBAL);
    expect(api).toBeDefined();
    const expected = [
      ...INVOKE_CHANNELS.map((c) => invokeContract[c].method),
      'onFileOpenFailed',
      'onFileOpened',
      'onMenuCommand',
    ];
    expect(Object.keys(api ?? {}).sort()).toEqual(expected.sort());
    for (const value of Object.values(api ?? {})) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer.send);
    }
  });

  it('routes each method to its own channel', async () => {
    await import('../../../main/preload');
    const api = exposed.get(HOST_BRIDGE_GLOBAL) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api.showItemInFolder?.('/tmp/a.png');
    expect(invoke).toHaveBeenLastCalledWith('shell:show-item', '/tmp/a.png');
    await api.getAppInfo?.();
    expect(invoke).toHaveBeenLastCalledWith('app:info');
  });

  it('filters event payloads: only known menu commands reach the page', async () => {
    await import('../../../main/preload');
    const api = exposed.get(HOST_BRIDGE_GLOBAL) as { onMenuCommand(l: (c: string) => void): () => void };
    const received: string[] = [];
    api.onMenuCommand((c) => received.push(c));
    const handler = ipcRenderer.on.mock.calls.at(-1)?.[1] as (e: unknown, v: unknown) => void;
    handler({}, 'zoom-in');
    handler({}, 'rm -rf');
    handler({}, { toString: () => 'open' });
    expect(received).toEqual(['zoom-in']);
  });

  it('filters open failures: only a path, a name and a message, all text, reach the page', async () => {
    await import('../../../main/preload');
    const api = exposed.get(HOST_BRIDGE_GLOBAL) as { onFileOpenFailed(l: (f: unknown) => void): () => void };
    const received: unknown[] = [];
    api.onFileOpenFailed((f) => received.push(f));
    const [channel, handler] = ipcRenderer.on.mock.calls.at(-1) as [string, (e: unknown, v: unknown) => void];
    expect(channel).toBe('event:file-open-failed');
    const failure = { path: '/x/a.json', name: 'a.json', message: 'the file does not exist' };
    handler({}, failure);
    handler({}, { path: '/x/a.json', name: 'a.json', message: 42 });
    handler({}, 'a.json');
    handler({}, null);
    expect(received).toEqual([failure]);
  });

  it('has no channel that opens URLs outside the app', async () => {
    await import('../../../main/preload');
    const api = exposed.get(HOST_BRIDGE_GLOBAL) ?? {};
    expect(Object.keys(api)).not.toContain('openExternal');
    expect(INVOKE_CHANNELS.filter((c) => c.startsWith('shell:'))).toEqual(['shell:show-item']);
  });
});
