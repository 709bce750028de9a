// Checks that exactly the contract's channels are handled, and that foreign senders and malformed arguments never reach a handler.
import { describe, expect, it, vi } from 'vitest';
import {
  INVOKE_CHANNELS,
  type InvokeChannel,
  invokeContract,
  MAX_PDF_PAGE_PX,
  MAX_PDF_SVG_CHARS,
} from '../../../graph-data/host-api';
import { type InvokeEventLike, type InvokeHandlers, registerIpcHandlers } from '../../../main/ipc-handlers';
import { APP_ENTRY_URL, isTrustedSenderUrl } from '../../../main/web-security';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function setup() {
  const registered = new Map<string, Listener>();
  const calls: string[] = [];
  const handler = (channel: InvokeChannel) =>
    vi.fn((..._args: unknown[]) => {
      calls.push(channel);
      return null;
    });
  const handlers = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, handler(c)])) as unknown as InvokeHandlers;
  const channels = registerIpcHandlers(
    { handle: (channel, listener) => registered.set(channel, listener) },
    handlers,
    isTrustedSenderUrl,
  );
  return { registered, calls, channels };
}

const trusted: InvokeEventLike = { senderFrame: { url: APP_ENTRY_URL } };

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { registered, channels } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.keys(invokeContract).sort());
    expect(channels.sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it('gives every channel a distinct preload method name', () => {
    const methods = INVOKE_CHANNELS.map((c) => invokeContract[c].method);
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('rejects senders that are not our page', async () => {
    const { registered, calls } = setup();
    const listener = registered.get('app:info');
    await expect(listener?.({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/untrusted sender/);
    await expect(listener?.({ senderFrame: null })).rejects.toThrow(/untrusted sender/);
    expect(calls).toEqual([]);
  });

  it('rejects malformed arguments before the handler runs', async () => {
    const { registered, calls } = setup();
    await expect(registered.get('shell:show-item')?.(trusted, 42)).rejects.toThrow(/bad argument/);
    // Save names the document's path: without one, or with a non-text one, nothing is written.
    await expect(registered.get('file:save-current')?.(trusted, { data: '{}' })).rejects.toThrow(/bad argument/);
    await expect(registered.get('file:save-current')?.(trusted, { path: 7, data: '{}' })).rejects.toThrow(
      /bad argument/,
    );
    await expect(
      registered.get('file:save-as')?.(trusted, { suggestedName: '../../etc/passwd', kind: 'png', data: 'x' }),
    ).rejects.toThrow(/bare file name/);
    await expect(
      registered.get('file:save-as')?.(trusted, { suggestedName: 'a.png', kind: 'exe', data: 'x' }),
    ).rejects.toThrow(/bad argument/);
    await expect(registered.get('app:info')?.(trusted, 'extra')).rejects.toThrow(/bad argument/);
    expect(calls).toEqual([]);
  });

  it('passes valid arguments through to the handler', async () => {
    const { registered, calls } = setup();
    await registered.get('file:save-as')?.(trusted, { suggestedName: 'graph.json', kind: 'graph-json', data: '{}' });
    await registered.get('file:save-current')?.(trusted, { path: '/d/g.json', data: new Uint8Array([1, 2, 3]) });
    await registered.get('export:pdf')?.(trusted, { suggestedName: 'g.pdf', svg: '<svg/>', width: 800, height: 600 });
    await registered.get('file:save-as')?.(trusted, { suggestedName: 'paths.json', kind: 'json-export', data: '{}' });
    expect(calls).toEqual(['file:save-as', 'file:save-current', 'export:pdf', 'file:save-as']);
  });
});

describe('export:pdf arguments', () => {
  const pdf = (request: Record<string, unknown>) => {
    const { registered } = setup();
    return registered.get('export:pdf')?.(trusted, { suggestedName: 'g.pdf', svg: '<svg/>', ...request });
  };
  it('requires a page size, bounded and finite, before anything reaches a window or printToPDF', async () => {
    await expect(pdf({})).rejects.toThrow(/bad argument 0\.width/);
    await expect(pdf({ width: 800 })).rejects.toThrow(/bad argument 0\.height/);
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, MAX_PDF_PAGE_PX + 1, 1e12, '800']) {
      await expect(pdf({ width: bad, height: 600 }), String(bad)).rejects.toThrow(/bad argument 0\.width/);
      await expect(pdf({ width: 800, height: bad }), String(bad)).rejects.toThrow(/bad argument 0\.height/);
    }
    await expect(pdf({ width: MAX_PDF_PAGE_PX, height: 1 })).resolves.toBeNull();
  });
  it('caps the SVG', async () => {
    await expect(pdf({ width: 10, height: 10, svg: 'x'.repeat(MAX_PDF_SVG_CHARS + 1) })).rejects.toThrow(
      /bad argument 0\.svg/,
    );
    expect(MAX_PDF_SVG_CHARS).toBeLessThan(512 * 1024 * 1024);
  });
});
