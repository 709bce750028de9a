// Checks the layout request's trip to the worker: packed as typed arrays (transferred), read back to the same entities, sizes and relations, with a relation to no entity dropped.
import { describe, expect, it } from 'vitest';
import type { LayoutRequest } from '../../../../renderer/layout/layout-compute';
import { packLayoutRequest, unpackLayoutRequest } from '../../../../renderer/layout/layout-protocol';

describe('packLayoutRequest / unpackLayoutRequest', () => {
  const request: LayoutRequest = {
    name: 'fcose',
    nodes: [
      { id: '0', size: 30 },
      { id: 'b', size: 12.5 },
      { id: 'c', size: 7 },
    ],
    edges: [
      ['0', 'b'],
      ['b', 'c'],
      ['c', '0'],
      ['c', 'c'],
    ],
    seed: 7,
    canvas: { width: 900, height: 700 },
    labels: { '0': 'Zero', b: 'Bee', c: 'Sea' },
    report: 'positions',
  };

  it('round-trips a request, with its entities and relation ends as transferable typed arrays', () => {
    const { message, transfer } = packLayoutRequest(request);
    expect(message.ids).toEqual(['0', 'b', 'c']);
    expect([...message.sizes]).toEqual([30, 12.5, 7]);
    expect([...message.ends]).toEqual([0, 1, 1, 2, 2, 0, 2, 2]);
    expect(transfer).toEqual([message.sizes.buffer, message.ends.buffer]);
    expect(message).not.toHaveProperty('nodes');
    // Survives a real structured clone with the transfer, as postMessage makes it.
    const cloned = structuredClone(message, { transfer });
    expect(unpackLayoutRequest(cloned)).toEqual(request);
    expect(message.sizes.byteLength).toBe(0);
  });

  it('drops a relation whose end is not among the entities', () => {
    const { message } = packLayoutRequest({ ...request, edges: [...request.edges, ['b', 'gone']] });
    expect(unpackLayoutRequest(message).edges).toEqual(request.edges);
  });
});
