// Checks walking many items in idle slices: in order, never past a slice's time or the limit, and stopped once no longer wanted.
import { describe, expect, it } from 'vitest';
import { walkInIdleSlices } from '../../../../renderer/canvas/idle-slices';
import { sliceHarness as harness } from '../../../support/slice-harness';

describe('walkInIdleSlices', () => {
  it('visits in order from the next slice on, a few per slice, up to the limit', async () => {
    const h = harness();
    const seen: number[] = [];
    const items = Array.from({ length: 100 }, (_, i) => i);
    const done = walkInIdleSlices(items, (i) => seen.push(i), {
      limit: 40,
      sliceMs: 5,
      wanted: () => true,
      schedule: h.schedule,
      now: h.now,
    });
    // Nothing runs in the caller's task.
    expect(seen).toEqual([]);
    const slices = h.runAll();
    await expect(done).resolves.toBe(40);
    expect(seen).toEqual(items.slice(0, 40));
    // Each slice reads the clock once to start and once per item: about four items per 5 ms slice.
    expect(slices).toBeGreaterThanOrEqual(8);
  });

  it('ends with the items, and stops before the next slice once no longer wanted', async () => {
    const h = harness();
    const short: string[] = [];
    const all = walkInIdleSlices(['a', 'b'], (s) => short.push(s), {
      limit: 10,
      sliceMs: 100,
      wanted: () => true,
      schedule: h.schedule,
      now: h.now,
    });
    h.runAll();
    await expect(all).resolves.toBe(2);
    expect(short).toEqual(['a', 'b']);

    let wanted = true;
    const seen: number[] = [];
    const stopped = walkInIdleSlices(
      Array.from({ length: 100 }, (_, i) => i),
      (i) => {
        seen.push(i);
        if (i === 5) wanted = false;
      },
      { limit: 100, sliceMs: 3, wanted: () => wanted, schedule: h.schedule, now: h.now },
    );
    h.runAll();
    const count = await stopped;
    // The slice that saw item 5 finishes; no slice starts after it.
    expect(count).toBe(seen.length);
    expect(count).toBeLessThan(10);
    expect(h.queued).toHaveLength(0);
  });
});
