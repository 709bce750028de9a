// Owns running a long walk over many items in slices of idle time, so that input and other work are answered between them.

/** How a slice is scheduled (a task after the current one in the app; tests pass their own). */
export type Schedule = (slice: () => void) => void;

const inNextTask: Schedule = (slice) => {
  setTimeout(slice, 0);
};

/** Resolves in a task after the current one: what was done so far is drawn and input is answered before going on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface IdleWalk {
  /** At most this many items are visited. */
  limit: number;
  /** Longest slice, in ms. */
  sliceMs: number;
  /** False once the walk is no longer wanted (a newer one started): it stops before its next slice. */
  wanted: () => boolean;
  schedule?: Schedule;
  now?: () => number;
}

/**
 * Visits `items` in order, `visit` per item, starting in the next slice and never for longer than `sliceMs` per
 * slice; stops after `limit` items, at the end of `items`, or once `wanted()` is false. Resolves how many were visited.
 */
export function walkInIdleSlices<T>(items: Iterable<T>, visit: (item: T) => void, walk: IdleWalk): Promise<number> {
  const schedule = walk.schedule ?? inNextTask;
  const now = walk.now ?? (() => performance.now());
  const iterator = items[Symbol.iterator]();
  let visited = 0;
  return new Promise((resolve) => {
    const slice = () => {
      if (!walk.wanted()) return resolve(visited);
      const until = now() + walk.sliceMs;
      while (visited < walk.limit && now() < until) {
        const next = iterator.next();
        if (next.done) return resolve(visited);
        visited++;
        visit(next.value);
      }
      if (visited >= walk.limit) return resolve(visited);
      schedule(slice);
    };
    schedule(slice);
  });
}
