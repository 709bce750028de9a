// Owns a fake clock and scheduler for code that works in time slices: a clock that advances one ms per reading, and slices queued until the test runs them.
import type { Schedule } from '../../renderer/canvas/idle-slices';

export function sliceHarness() {
  let time = 0;
  const queued: (() => void)[] = [];
  const schedule: Schedule = (slice) => {
    queued.push(slice);
  };
  return {
    now: () => time++,
    schedule,
    queued,
    /** Runs queued slices (and those they queue) until none is left; returns how many ran. */
    runAll(): number {
      let slices = 0;
      for (let slice = queued.shift(); slice; slice = queued.shift()) {
        slices++;
        slice();
      }
      return slices;
    },
  };
}
