// Checks the drawing hold on a headless Cytoscape: held means an open batch (Cytoscape's render loop skips frames), styles are brought up to date in slices while held, and a release (or a newer hold) ends it cleanly.
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { DrawHold } from '../../../../renderer/canvas/draw-hold';

function graph() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)' } }] as never,
  });
  return cy;
}

/** Entities n0… of size 7, and relations e0… each from n(i) to the next entity (the last one closes the ring). */
function addChain(cy: cytoscape.Core, entities: number, relations: number): void {
  cy.add(Array.from({ length: entities }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, size: 7 } })));
  cy.add(
    Array.from({ length: relations }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % entities}` },
    })),
  );
}

/** Definitions of entities n0… of size 7. */
function entityDefinitions(count: number) {
  return Array.from({ length: count }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, size: 7 } }));
}

/** Cytoscape's `batching()` is public at run time but missing from its type declarations. */
const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
/** One task later: the hold's first task (scheduled before this one) has run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DrawHold', () => {
  it('holds drawing as an open batch and tells the owner; release ends it, twice is harmless', () => {
    const cy = graph();
    const changes: boolean[] = [];
    const hold = new DrawHold(cy, (held) => changes.push(held));
    hold.hold();
    hold.hold();
    expect(batching(cy)).toBe(true);
    expect(hold.active).toBe(true);
    hold.release();
    hold.release();
    expect(batching(cy)).toBe(false);
    expect(changes).toEqual([true, false]);
    cy.destroy();
  });

  it('brings every element added during the hold up to date while still holding', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    hold.hold();
    cy.add(entityDefinitions(2000));
    // Read without triggering a restyle: each element's computed style is in Cytoscape's private data.
    type Private = { _private: { styleDirty: boolean; style: { width?: { pfValue?: number } } } };
    const styled = () =>
      cy.nodes().filter((n) => {
        const p = (n as unknown as Private)._private;
        return !p.styleDirty && p.style.width?.pfValue === 7;
      }).length;
    expect(styled()).toBe(0);
    await vi.waitFor(() => expect(styled()).toBe(2000), { timeout: 5000, interval: 20 });
    expect(batching(cy)).toBe(true);
    hold.release();
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('a release before the style slices start leaves no batch open', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    hold.hold();
    hold.release();
    await settle();
    expect(batching(cy)).toBe(false);
    hold.hold();
    hold.release();
    hold.hold();
    await settle();
    expect(batching(cy)).toBe(true);
    hold.release();
    await settle();
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('restyles a big write in slices while holding, then draws again by itself', async () => {
    const cy = graph();
    cy.add(entityDefinitions(3000));
    cy.nodes().forEach((n) => {
      n.numericStyle('width');
    });
    const changes: boolean[] = [];
    const hold = new DrawHold(cy, (held) => changes.push(held));
    type Private = { _private: { styleDirty: boolean; style: { width?: { pfValue?: number } } } };
    const width = (n: cytoscape.NodeSingular) => (n as unknown as Private)._private.style.width?.pfValue;
    const written = cy.nodes().slice(0, 2500);
    cy.batch(() => written.data('size', 9));
    hold.restyle(written);
    expect(hold.restyling).toBe(true);
    expect(batching(cy)).toBe(true);
    expect(width(cy.nodes()[0] as cytoscape.NodeSingular)).toBe(7);
    // A second write while the first is restyled joins it.
    const more = cy.nodes().slice(2500);
    cy.batch(() => more.data('size', 11));
    hold.restyle(more);
    await vi.waitFor(() => expect(hold.restyling).toBe(false), { timeout: 5000, interval: 20 });
    expect(batching(cy)).toBe(false);
    expect(changes).toEqual([true, false]);
    const widths = cy.nodes().map((n) => width(n));
    expect(widths.filter((w) => w === 9)).toHaveLength(2500);
    expect(widths.filter((w) => w === 11)).toHaveLength(500);
    cy.destroy();
  });

  it("a layout's release leaves a restyle holding; the queue keeps each element once", async () => {
    const cy = graph();
    cy.add(entityDefinitions(3000));
    const hold = new DrawHold(cy, () => {});
    const queued = () => (hold as unknown as { restyleQueue: unknown[] }).restyleQueue.length;
    hold.restyle(cy.nodes());
    hold.restyle(cy.nodes());
    // Sorted into the queue in the hold's first task, not in the write's.
    expect(queued()).toBe(0);
    await nextTask();
    expect(queued()).toBe(3000);
    hold.releaseLayout();
    expect(hold.restyling).toBe(true);
    expect(batching(cy)).toBe(true);
    await vi.waitFor(() => expect(hold.restyling).toBe(false), { timeout: 5000, interval: 20 });
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('leaves a big write to the layout hold when one is open', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    hold.hold();
    hold.restyle(cy.collection());
    expect(hold.restyling).toBe(false);
    await settle();
    expect(batching(cy)).toBe(true);
    hold.release();
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('restyles entities before their relations, whatever order the write gives them in', async () => {
    const cy = graph();
    addChain(cy, 2000, 2000);
    const prototype = Object.getPrototypeOf(cy.collection()) as { numericStyle: (name: string) => unknown };
    const original = prototype.numericStyle;
    const order: string[] = [];
    prototype.numericStyle = function (this: cytoscape.SingularElementReturnValue, name: string) {
      order.push(this.group());
      return original.call(this, name);
    };
    try {
      const hold = new DrawHold(cy, () => {});
      // A relation measured before its ends are styled is measured again in the first frame.
      for (const write of [cy.elements(), cy.edges().union(cy.nodes())]) {
        order.length = 0;
        hold.restyle(write);
        await vi.waitFor(() => expect(hold.restyling).toBe(false), { timeout: 5000, interval: 20 });
        expect(order).toHaveLength(4000);
        expect(order.lastIndexOf('nodes')).toBeLessThan(order.indexOf('edges'));
      }
    } finally {
      prototype.numericStyle = original;
    }
    cy.destroy();
  });

  it('starts the held styling over after a new stylesheet, still holding', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    hold.hold();
    cy.add(entityDefinitions(2000));
    type Private = { _private: { styleDirty: boolean; style: { width?: { pfValue?: number } } } };
    const styledAt = (width: number) =>
      cy.nodes().filter((n) => {
        const p = (n as unknown as Private)._private;
        return !p.styleDirty && p.style.width?.pfValue === width;
      }).length;
    await vi.waitFor(() => expect(styledAt(7)).toBe(2000), { timeout: 5000, interval: 20 });
    cy.style([{ selector: 'node', style: { width: 5 } }] as never);
    hold.restartHeldStyling();
    await vi.waitFor(() => expect(styledAt(5)).toBe(2000), { timeout: 5000, interval: 20 });
    expect(hold.heldForLayout).toBe(true);
    expect(batching(cy)).toBe(true);
    hold.release();
    // Outside a layout's hold there is nothing to start over.
    hold.restartHeldStyling();
    await settle();
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it("queues a write's entities with their relations, each once, and a whole-graph write as it is", async () => {
    const cy = graph();
    cy.add(entityDefinitions(4));
    cy.add([
      { group: 'edges' as const, data: { id: 'a', source: 'n0', target: 'n1' } },
      { group: 'edges' as const, data: { id: 'b', source: 'n1', target: 'n2' } },
      { group: 'edges' as const, data: { id: 'c', source: 'n2', target: 'n3' } },
    ]);
    const queued = (hold: DrawHold) =>
      (hold as unknown as { restyleQueue: cytoscape.SingularElementArgument[] }).restyleQueue.map((e) => e.id());
    const some = new DrawHold(cy, () => {});
    some.restyle(cy.$('#n0, #n1, #a'));
    await nextTask();
    expect(queued(some)).toEqual(['n0', 'n1', 'a', 'b']);
    some.release();
    const whole = new DrawHold(cy, () => {});
    whole.restyle(cy.elements());
    await nextTask();
    expect(queued(whole)).toEqual(['n0', 'n1', 'n2', 'n3', 'a', 'b', 'c']);
    whole.release();
    cy.destroy();
  });

  it('leaves whether each element is drawn and can be clicked known to the first frame, for a write and while held', async () => {
    const cy = graph();
    addChain(cy, 300, 200);
    // Cytoscape caches both per element until its style changes; a cached answer reads no style property.
    const stylesRead = () => {
      const prototype = Object.getPrototypeOf(cy.collection()) as Record<string, (...args: unknown[]) => unknown>;
      const original = prototype.pstyle;
      if (!original) throw new Error('no pstyle');
      let reads = 0;
      prototype.pstyle = function (this: unknown, ...args: unknown[]) {
        reads += 1;
        return original.apply(this, args);
      };
      try {
        cy.elements().forEach((element) => {
          element.visible();
          (element as unknown as { interactive(): boolean }).interactive();
        });
      } finally {
        prototype.pstyle = original;
      }
      return reads;
    };
    const write = new DrawHold(cy, () => {});
    cy.batch(() => cy.nodes().data('size', 9));
    write.restyle(cy.elements());
    await vi.waitFor(() => expect(write.restyling).toBe(false), { timeout: 5000, interval: 20 });
    expect(stylesRead()).toBe(0);
    const layout = new DrawHold(cy, () => {});
    layout.hold();
    cy.batch(() => cy.nodes().data('size', 11));
    // Waits on the wait's styling itself (a fixed pause was too short on a loaded machine).
    await vi.waitFor(() => expect(layout.lastHeldStyling).not.toBeNull(), { timeout: 5000, interval: 10 });
    expect(await layout.lastHeldStyling).toBe(cy.elements().length);
    expect(stylesRead()).toBe(0);
    layout.release();
    cy.destroy();
  });

  it('adds a big graph in slices while holding, runs what follows once all are in, then styles them and draws', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    const elements = [
      ...entityDefinitions(3000),
      ...Array.from({ length: 3000 }, (_, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % 3000}` },
      })),
    ];
    let seenWhenDone = -1;
    const seenPerTask: number[] = [];
    hold.addInSlices(elements, () => {
      seenWhenDone = cy.elements().length;
      hold.restyle(cy.elements());
    });
    // Nothing is added in the caller's task, and drawing is held until the styles are done.
    expect(cy.elements()).toHaveLength(0);
    expect(hold.restyling).toBe(true);
    const watch = setInterval(() => seenPerTask.push(cy.elements().length), 0);
    await vi.waitFor(() => expect(hold.restyling).toBe(false), { timeout: 10_000, interval: 20 });
    clearInterval(watch);
    expect(seenWhenDone).toBe(6000);
    expect(batching(cy)).toBe(false);
    // Other tasks ran while the elements came in: some saw only part of them.
    expect(seenPerTask.some((n) => n > 0 && n < 6000)).toBe(true);
    expect(cy.getElementById('e2999').source().id()).toBe('n2999');
    cy.destroy();
  });

  it('a newer load stops the slices of an older one before its follow-up runs', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    const nodes = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `${prefix}${i}`, size: 7 } }));
    let olderDone = false;
    hold.addInSlices(nodes('old', 20_000), () => {
      olderDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    hold.addInSlices(nodes('new', 100), () => {});
    await vi.waitFor(() => expect(hold.restyling).toBe(false), { timeout: 10_000, interval: 20 });
    expect(olderDone).toBe(false);
    expect(cy.getElementById('new99').nonempty()).toBe(true);
    expect(cy.getElementById('old19999').empty()).toBe(true);
    cy.destroy();
  });
  it('a graph without positions is added in slices, then held for its layout; positions wait for the last element', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    const elements = entityDefinitions(8000);
    hold.addInSlices(elements, () => {}, { thenLayout: true });
    expect(hold.adding).toBe(true);
    // Awaiting its layout already: strokes fitted to the layout's extent meanwhile are the ones drawn.
    expect(hold.awaitingLayout).toBe(true);
    expect(hold.heldForLayout).toBe(false);
    let seenByWaiter = -1;
    let heldForWaiter = false;
    const written = hold.whenAdded().then(() => {
      seenByWaiter = cy.elements().length;
      heldForWaiter = hold.heldForLayout;
    });
    await written;
    // The waiter (a layout's positions) runs once every element is in, with drawing held for the layout.
    expect(seenByWaiter).toBe(8000);
    expect(heldForWaiter).toBe(true);
    expect(batching(cy)).toBe(true);
    // The layout's positions release it.
    hold.releaseLayout();
    expect(batching(cy)).toBe(false);
    expect(hold.awaitingLayout).toBe(false);
    cy.destroy();
  });

  it('a layout that ends while the graph is still being added leaves nothing held once all are in', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    const elements = entityDefinitions(8000);
    hold.bulkDrawn = true;
    hold.addInSlices(elements, () => {}, { thenLayout: true });
    // Stopped or failed before the adds are done: the controller releases the layout's hold, which is not held yet.
    hold.releaseLayout();
    expect(hold.awaitingLayout).toBe(false);
    await hold.whenAdded();
    await vi.waitFor(() => expect(hold.active).toBe(false), { timeout: 10_000, interval: 20 });
    expect(cy.elements()).toHaveLength(8000);
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('waiters for an abandoned add are let go by the newer load', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    const nodes = entityDefinitions(20_000);
    hold.addInSlices(nodes, () => {}, { thenLayout: true });
    const waited = hold.whenAdded();
    await nextTask();
    hold.addInSlices([], () => {});
    await waited;
    expect(cy.getElementById('n19999').empty()).toBe(true);
    // Nothing is being added: a wait resolves at once.
    await vi.waitFor(() => expect(hold.adding).toBe(false), { timeout: 10_000, interval: 20 });
    await hold.whenAdded();
    cy.destroy();
  });
  it('runs `first` in a task of its own before any element is made, and tells of each run as it is added', async () => {
    const cy = graph();
    const hold = new DrawHold(cy, () => {});
    let size = 0;
    const made: number[] = [];
    const source = {
      length: 3000,
      slice(start: number, end: number) {
        made.push(size);
        return Array.from({ length: Math.min(end, 3000) - start }, (_, i) => ({
          group: 'nodes' as const,
          data: { id: `n${start + i}`, size },
        }));
      },
    };
    let seenAtFirst = -1;
    const runs: string[][] = [];
    hold.addInSlices(source, () => {}, {
      first: () => {
        seenAtFirst = cy.elements().length;
        size = 9;
      },
      onChunk: (added) => runs.push(added.map((element) => element.id())),
    });
    expect(seenAtFirst).toBe(-1);
    await hold.whenAdded();
    expect(seenAtFirst).toBe(0);
    // Every element was made after `first`, with what it set.
    expect(made.every((s) => s === 9)).toBe(true);
    expect(cy.getElementById('n2999').data('size')).toBe(9);
    // Every element was told of once, in the source's order.
    expect(runs.flat()).toEqual(Array.from({ length: 3000 }, (_, i) => `n${i}`));
    expect(runs.length).toBeGreaterThan(1);
    await vi.waitFor(() => expect(hold.active).toBe(false), { timeout: 10_000, interval: 20 });
    cy.destroy();
  });
});
