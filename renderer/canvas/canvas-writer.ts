// Owns writing the canvas state into Cytoscape: the one writer. Each call applies only what changed since the last one (shown, emphasis and selection, sizes, fills), in one batch; where the bulk raster draws, relations stay in a table (relation-table.ts) and only the raised ones enter Cytoscape.
import type { CollectionArgument, CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import { entitySizeIn } from '../../graph-data/explore/regions';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { type ElementStyleLookup, styleLookup } from './canvas-elements';
import type { CanvasState } from './canvas-state';
import { DEFAULT_NODE_SIZE, HIDDEN_CLASS } from './canvas-style';
import { edgeElementId, graphKeyOf, nodeElementId } from './element-ids';
import { writeEmphasis, writeSelection } from './emphasis-writer';
import { isHidden, setHiddenFlag } from './hidden-flag';
import { RegionWriter } from './region-writer';
import { RelationTable } from './relation-table';

export interface WriteResult {
  /** Entities whose visibility or size changed: the label layer re-indexes. */
  geometryChanged: boolean;
  /** How many elements this write showed or hid. */
  toggled: number;
  /**
   * Every element whose Cytoscape style this write changed: resized, refilled, and shown or hidden where visibility
   * is a class (see hiddenAsClass); emphasis aside.
   */
  restyled: CollectionReturnValue;
  /** Sizes, fills or the elements drawn changed (a drawing of every element must read them again). */
  sceneChanged: boolean;
}

export class CanvasWriter {
  private last: CanvasState | null = null;
  private graph: AtlasGraph | null = null;
  private fade = true;
  private baseSize = DEFAULT_NODE_SIZE;
  /** Ontology or community colour → the colour drawn (lifted on the dark canvas, see readable-color.ts). */
  private drawnColor: (color: string) => string = (color) => color;
  private fillsStale = false;
  /** Every element was just added, none hidden (a load): a first state that shows everything hides nothing. */
  private fresh = false;
  private readonly regionWriter: RegionWriter;
  private styleLookup: ElementStyleLookup | null = null;
  /** The canvas's entities and relations with their graph keys, looked up once per document (canvasElements). */
  private elementsByKey: {
    nodes: [string, SingularElementArgument][];
    edges: [string, SingularElementArgument][];
    /** Whether each is hidden (1), as its HIDDEN scratch flag says; only writeShown writes both. */
    hiddenNodes: Uint8Array;
    hiddenEdges: Uint8Array;
  } | null = null;

  /**
   * Whether a hidden element also gets the hidden class (display: none). Where the bulk raster draws the graph
   * (raised-scope.ts), Cytoscape draws and hit-tests only what is raised and shown, so the flag alone hides: the class
   * on 90,000 elements, and the restyle it queued, were most of a 30k/60k "Show all" (0.13 s of its click's 0.3 s in a
   * CPU profile). Set before the document's first write.
   */
  hiddenAsClass = true;

  /**
   * Whether the relations stay out of Cytoscape, in a table (relation-table.ts), but for the few it must draw or
   * hit-test: where the bulk raster draws the graph. Set before the document's elements are added.
   */
  relationsApart = false;
  private relations: RelationTable | null = null;

  constructor(private readonly cy: Core) {
    this.regionWriter = new RegionWriter(cy);
  }

  /** How colours are drawn for the theme; fills are written again on the next apply. */
  setColors(drawnColor: (color: string) => string): void {
    this.drawnColor = drawnColor;
    this.fillsStale = true;
  }

  /**
   * A new document was loaded into Cytoscape: everything is shown, nothing emphasised, default fills. `baseSize` is
   * the document's default entity size (smaller where a file's positions are dense); metric sizes scale with it.
   */
  reset(
    graph: AtlasGraph,
    options: { fade: boolean; baseSize: number; fresh?: boolean; sameElements?: boolean },
  ): void {
    // Types may have changed with an edit in place: looked up again; so may the elements, unless the caller knows
    // they are the same (a new base size after a layout: looking 90,000 up again was 0.1 s of that write).
    this.styleLookup = null;
    if (graph !== this.graph || options.sameElements !== true) {
      this.elementsByKey = null;
      // Its held relations go with it (a load has removed them already; an edit in place has not).
      this.relations?.release(() => false);
      this.relations = null;
    }
    this.fresh = options.fresh === true;
    this.graph = graph;
    this.fade = options.fade;
    this.baseSize = options.baseSize;
    this.last = null;
  }

  /** A new document in the canvas: no element of its regions' plan is drawn yet (load emptied the canvas). */
  clearRegions(): void {
    this.regionWriter.reset();
  }

  /** Each entity's base size: the document's, or for a graph drawn as regions its cell's (entitySizeIn). */
  private baseSizeOf(state: CanvasState): (key: string) => number {
    const base = this.baseSize;
    const grid = state.regions?.grid;
    return grid ? (key) => entitySizeIn(grid, key, base) : () => base;
  }

  private lookup(graph: AtlasGraph): ElementStyleLookup {
    this.styleLookup ??= styleLookup(graph);
    return this.styleLookup;
  }

  /** The document's relations where they stay out of Cytoscape (relationsApart), built on first use; null otherwise. */
  get relationTable(): RelationTable | null {
    if (!this.relationsApart || !this.graph) return null;
    this.relations ??= new RelationTable(this.cy, this.graph, this.lookup(this.graph));
    return this.relations;
  }

  /**
   * Runs `draw` (an export, which draws every element) with every shown relation in Cytoscape; those added for it are
   * removed after. On a big graph this is part of the export's one long task.
   */
  withEveryRelation<T>(draw: () => T): T {
    const table = this.relationTable;
    if (!table) return draw();
    const before = new Set<number>();
    for (const [slot] of table.heldElements()) before.add(slot);
    this.cy.batch(() => {
      for (let slot = 0; slot < table.length; slot++) if (table.hidden[slot] === 0) table.element(slot);
    });
    try {
      return draw();
    } finally {
      this.cy.batch(() => table.release((_edge, slot) => before.has(slot)));
    }
  }

  apply(state: CanvasState): WriteResult {
    const graph = this.graph;
    const restyled = this.cy.collection();
    if (!graph) return { geometryChanged: false, toggled: 0, restyled, sceneChanged: false };
    const last = this.last;
    let geometryChanged = false;
    let toggled = 0;
    let sceneChanged = false;
    let toggledElements: CollectionReturnValue | null = null;
    this.cy.batch(() => {
      // A graph drawn as regions holds only what its plan draws, all of it shown: the plan's diff replaces toggling.
      let added: string[] | null = null;
      if (state.regions) {
        if (!last || last.regions !== state.regions || this.fillsStale) {
          const { plan } = state.regions;
          const look = { lookup: this.lookup(graph), baseSizeOf: this.baseSizeOf(state), drawnColor: this.drawnColor };
          const write = this.regionWriter.write(graph, plan, look, this.fillsStale);
          restyled.merge(write.touched);
          sceneChanged = write.touched.nonempty() || write.changed;
          geometryChanged = write.changed;
          if (write.addedEntities.length > 0) added = write.addedEntities;
        }
      } else if (!last || last.shown !== state.shown) {
        const shown = this.writeShown(graph, state);
        toggled = shown.count;
        geometryChanged = toggled > 0;
        toggledElements = shown.restyled;
        if (toggledElements) restyled.merge(toggledElements);
      }
      if (!last || last.emphasis !== state.emphasis || added) {
        writeEmphasis(this.cy, graph, last?.emphasis ?? null, state.emphasis, this.fade, this.relationTable);
      }
      // After emphasis: a selected relation kept apart is held by now (it is highlighted).
      if (!last || last.selected !== state.selected || added) writeSelection(this.cy, state.selected);
      // Entities newly drawn get the sizes and fills in force; nothing else changed for the others. A graph drawn as
      // regions holds only its drawn entities: a change of sizes or fills visits those, not the whole graph.
      const drawn = state.regions?.plan.entities ?? null;
      // Freshly added entities have the base size already: only metric sizes change them.
      const sized = !last && this.fresh && state.sizes === null;
      if ((!last || last.sizes !== state.sizes || added) && !sized) {
        const keys = last && last.sizes === state.sizes ? added : drawn;
        const resized = this.writeSizes(graph, state.sizes, keys, this.baseSizeOf(state));
        geometryChanged = resized.nonempty() || geometryChanged;
        sceneChanged = resized.nonempty() || sceneChanged;
        restyled.merge(resized);
      }
      if (!last || last.fills !== state.fills || this.fillsStale || added) {
        const keys = last && last.fills === state.fills && !this.fillsStale ? added : drawn;
        const refilled = this.writeFills(graph, state.fills, keys);
        sceneChanged = refilled.nonempty() || sceneChanged;
        restyled.merge(refilled);
      }
    });
    // Cytoscape restyles a class change lazily, but `visible()` answers from a per-element cache that a class change
    // does not clear: an element read while hidden would stay invisible to `:visible`, hit tests and bounds until
    // its next restyle (a display bypass clears it). Clearing the cache is cheap; the restyle stays lazy.
    (toggledElements as unknown as { dirtyStyleCache(): void } | null)?.dirtyStyleCache();
    this.fillsStale = false;
    this.fresh = false;
    this.last = state;
    return { geometryChanged, toggled, restyled, sceneChanged };
  }

  /**
   * Toggles only what changed (restyling every element on each filter change dominated filter time on big graphs).
   * Returns how many it toggled, and the toggled elements where visibility is a class (they are restyled).
   */
  private writeShown(graph: AtlasGraph, state: CanvasState): { count: number; restyled: CollectionReturnValue | null } {
    const cy = this.cy;
    // Nothing to toggle (at 30k/60k, 0.2 s of looking up 90,000 elements to find that out).
    if (this.fresh && state.shown.nodes.size === graph.order && state.shown.edges.size === graph.size) {
      return { count: 0, restyled: null };
    }
    // Plain arrays, made into collections once: looking each element up and merging it into a collection one at a
    // time was 0.2 s of a 30k/60k "Show all" in a CPU profile.
    const hide: SingularElementArgument[] = [];
    const show: SingularElementArgument[] = [];
    // Whether each is hidden now is read from the writer's own flags (`scratch` reads were 35 ms of 90,000).
    const sort = (
      pairs: readonly [string, SingularElementArgument][],
      hiddenNow: Uint8Array,
      shownKeys: ReadonlySet<string>,
    ) => {
      for (let i = 0; i < pairs.length; i++) {
        const [key, element] = pairs[i] as [string, SingularElementArgument];
        const shown = shownKeys.has(key);
        const hidden = hiddenNow[i] === 1;
        if (shown && hidden) {
          show.push(element);
          hiddenNow[i] = 0;
        } else if (!shown && !hidden) {
          hide.push(element);
          hiddenNow[i] = 1;
        }
      }
    };
    const { nodes, edges, hiddenNodes, hiddenEdges } = this.canvasElements(graph);
    sort(nodes, hiddenNodes, state.shown.nodes);
    sort(edges, hiddenEdges, state.shown.edges);
    const table = this.relationTable;
    let tableToggled = 0;
    if (table) {
      const shownKeys = state.shown.edges;
      for (let slot = 0; slot < table.length; slot++) {
        const shown = shownKeys.has(table.keys[slot] as string);
        if (shown === (table.hidden[slot] === 1)) {
          table.setHidden(slot, !shown);
          tableToggled++;
        }
      }
    }
    const count = hide.length + show.length + tableToggled;
    for (const element of hide) setHiddenFlag(element, true);
    for (const element of show) setHiddenFlag(element, false);
    // Only the flag where the bulk raster draws: nothing of Cytoscape's style changes (see hiddenAsClass).
    if (!this.hiddenAsClass) return { count, restyled: null };
    // `cy.collection(array of elements)` is documented Cytoscape API that its type definitions lack.
    const collect = (elements: SingularElementArgument[]) => cy.collection(elements as unknown as CollectionArgument);
    collect(hide).addClass(HIDDEN_CLASS);
    collect(show).removeClass(HIDDEN_CLASS);
    return { count, restyled: collect(hide.concat(show)) };
  }

  /**
   * Looks the canvas's elements up by key now (a task of its own, after a load), so that the first filter does not:
   * 80 ms at 30k/60k. A graph drawn as regions has none to look up.
   */
  prepare(): void {
    if (this.graph && !this.last?.regions) this.canvasElements(this.graph);
  }

  /**
   * The elements a load just added, with their keys, noted as they came (AddedElements): the key list is taken from
   * them instead of looking every element up. Call after `reset`, before the first write; none of them is hidden.
   */
  adoptElements(added: AddedElements): void {
    this.elementsByKey = {
      nodes: added.nodes,
      edges: added.edges,
      hiddenNodes: new Uint8Array(added.nodes.length),
      hiddenEdges: new Uint8Array(added.edges.length),
    };
  }

  /** The canvas's entities and relations by graph key (those the canvas holds), kept until the next reset. */
  private canvasElements(graph: AtlasGraph): NonNullable<CanvasWriter['elementsByKey']> {
    if (!this.elementsByKey) {
      const cy = this.cy;
      const nodes: [string, SingularElementArgument][] = [];
      const edges: [string, SingularElementArgument][] = [];
      graph.forEachNode((key) => {
        const element = cy.getElementById(nodeElementId(key));
        if (element.nonempty()) nodes.push([key, element]);
      });
      // Relations kept apart are the table's to hide (relationTable), not looked up here.
      if (!this.relationsApart) {
        graph.forEachEdge((key) => {
          const element = cy.getElementById(edgeElementId(key));
          if (element.nonempty()) edges.push([key, element]);
        });
      }
      const flags = (pairs: [string, SingularElementArgument][]) =>
        Uint8Array.from(pairs, ([, element]) => (isHidden(element) ? 1 : 0));
      this.elementsByKey = { nodes, edges, hiddenNodes: flags(nodes), hiddenEdges: flags(edges) };
    }
    return this.elementsByKey;
  }

  /** Returns the entities resized; `keys`: only these (null: every entity). */
  private writeSizes(
    graph: AtlasGraph,
    sizes: ReadonlyMap<string, number> | null,
    keys: Iterable<string> | null,
    baseSizeOf: (key: string) => number,
  ): CollectionReturnValue {
    return this.writeNodeData(graph, keys, 'size', (key) => sizeFrom(sizes?.get(key), baseSizeOf(key)));
  }

  /**
   * The size the last state gives each entity (what its Cytoscape element's data holds once written), read without
   * Cytoscape: a layout request at 30k/60k read them off the elements into a map, 14% of its click's task.
   */
  entitySizes(keys: readonly string[]): Float64Array {
    const state = this.last;
    const sizes = state?.sizes ?? null;
    const baseSizeOf = state ? this.baseSizeOf(state) : () => this.baseSize;
    return Float64Array.from(keys, (key) => sizeFrom(sizes?.get(key), baseSizeOf(key)));
  }

  /** Returns the entities refilled; `keys`: only these (null: every entity). */
  private writeFills(
    graph: AtlasGraph,
    fills: ReadonlyMap<string, string> | null,
    keys: Iterable<string> | null,
  ): CollectionReturnValue {
    return this.writeNodeData(graph, keys, 'fill', (key, node) =>
      this.drawnColor(fills?.get(key) ?? node.data('color')),
    );
  }

  /**
   * Writes `field` of the entities whose value changed (`keys`: only these; null: every entity the canvas holds) and
   * returns them. Entities that get the same value are written as one collection: one style update and one event for
   * all of them, where one write per entity was 0.12 s of resizing 30,000 entities after a layout (a CPU profile).
   */
  private writeNodeData<T extends number | string>(
    graph: AtlasGraph,
    keys: Iterable<string> | null,
    field: string,
    valueFor: (key: string, node: SingularElementArgument) => T,
  ): CollectionReturnValue {
    const cy = this.cy;
    const byValue = new Map<T, SingularElementArgument[]>();
    const visit = (key: string, node: SingularElementArgument) => {
      const value = valueFor(key, node);
      if (node.data(field) === value) return;
      const group = byValue.get(value);
      if (group) group.push(node);
      else byValue.set(value, [node]);
    };
    const lookUp = (key: string) => {
      const node = cy.getElementById(nodeElementId(key));
      if (node.nonempty()) visit(key, node);
    };
    if (keys) for (const key of keys) lookUp(key);
    // Every entity: from the document's key list where it is built; otherwise looked up here, not by building that
    // list (its relations too), which a load defers to a task of its own (prepare).
    else if (this.elementsByKey) for (const [key, node] of this.elementsByKey.nodes) visit(key, node);
    else graph.forEachNode((key) => lookUp(key));
    const changed: SingularElementArgument[] = [];
    for (const [value, nodes] of byValue) {
      const group = cy.collection(nodes as unknown as CollectionArgument);
      group.data(field, value);
      for (const node of nodes) changed.push(node);
    }
    return cy.collection(changed as unknown as CollectionArgument);
  }
}

/**
 * An entity's size from its metric size (undefined: none) and its base size. The base size itself, not DEFAULT × (base
 * / DEFAULT): that product can differ in its last bit, and a changed size restyles the entity (on a 10k-entity open,
 * every one of them, and one more full redraw).
 */
function sizeFrom(metric: number | undefined, base: number): number {
  return metric === undefined ? base : (metric * base) / DEFAULT_NODE_SIZE;
}

/** Entities and relations with their graph keys, noted a run of added elements at a time (a load's add slices). */
export class AddedElements {
  readonly nodes: [string, SingularElementArgument][] = [];
  readonly edges: [string, SingularElementArgument][] = [];

  note(elements: CollectionReturnValue): void {
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i] as SingularElementArgument;
      (element.isNode() ? this.nodes : this.edges).push([graphKeyOf(element), element]);
    }
  }
}
