// Owns a big graph's relations while the bulk raster draws them: packed beside Cytoscape (keys, ends, colours, whether each is hidden), with the few Cytoscape must hold (raised, or a hit test's candidates) added to it on demand.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { type ElementStyleLookup, edgeElement } from './canvas-elements';
import { edgeElementId, graphKeyOf } from './element-ids';
import { setHiddenFlag } from './hidden-flag';

/** A relation as the canvas reads it without Cytoscape: whether it is hidden, and its ends' entity keys. */
export interface RelationEnds {
  hidden: boolean;
  source: string;
  target: string;
}

/** Relations added for hit tests and not raised are let go once Cytoscape holds more than this many of them. */
export const HELD_RELATIONS_MAX = 64;

/**
 * Every relation of a graph drawn by the bulk raster, in the graph's order. Cytoscape holds only those it must draw or
 * hit-test: with all 60,000 relations of 30k/60k in it, each an element of about 25 objects, the live heap was 145 MB
 * and V8's full collections of it were 137–320 ms tasks while a layout ran (heap snapshots and traces, stop 32); a
 * build that left them out had the end of a rerun's tasks at ≤151 ms. The raster, the hit index and relation labels
 * read this table; the writer keeps its hidden flags.
 */
export class RelationTable {
  readonly keys: string[] = [];
  /** Each relation's source and target entity keys. */
  readonly sources: string[] = [];
  readonly targets: string[] = [];
  /** Each relation's type colour, as its Cytoscape element would carry it (canvas-elements.ts). */
  readonly colors: string[] = [];
  /** 1 where the writer hides the relation. */
  readonly hidden: Uint8Array;
  private slots: Map<string, number> | null = null;
  /** The relations Cytoscape holds now, by slot. */
  private readonly held = new Map<number, EdgeSingular>();

  constructor(
    private readonly cy: Core,
    private readonly graph: AtlasGraph,
    private readonly lookup: ElementStyleLookup,
  ) {
    graph.forEachEdge((key, attrs, source, target) => {
      this.keys.push(key);
      this.sources.push(source);
      this.targets.push(target);
      this.colors.push(lookup.relation.get(attrs.type)?.color ?? '#888888');
    });
    this.hidden = new Uint8Array(this.keys.length);
  }

  get length(): number {
    return this.keys.length;
  }

  /** How many are shown. */
  shownCount(): number {
    let hidden = 0;
    for (const flag of this.hidden) hidden += flag;
    return this.keys.length - hidden;
  }

  /**
   * Each relation's source and target as indices into `nodes` (the canvas's entities in some order), in pairs; an end
   * that is not among them is given as 0 (the canvas holds every entity of a graph whose relations are apart).
   */
  endsAmong(nodes: readonly NodeSingular[]): Uint32Array {
    const indexOf = new Map<string, number>();
    for (let i = 0; i < nodes.length; i++) indexOf.set(graphKeyOf(nodes[i] as NodeSingular), i);
    const ends = new Uint32Array(this.keys.length * 2);
    for (let i = 0; i < this.keys.length; i++) {
      ends[2 * i] = indexOf.get(this.sources[i] as string) ?? 0;
      ends[2 * i + 1] = indexOf.get(this.targets[i] as string) ?? 0;
    }
    return ends;
  }

  /** A relation's slot by graph key (a map built on first use). */
  slotOf(key: string): number | undefined {
    if (!this.slots) {
      this.slots = new Map();
      for (let i = 0; i < this.keys.length; i++) this.slots.set(this.keys[i] as string, i);
    }
    return this.slots.get(key);
  }

  /** A relation's ends and hidden flag by graph key; null for a key the table does not hold. */
  ends(key: string): RelationEnds | null {
    const slot = this.slotOf(key);
    if (slot === undefined) return null;
    return { hidden: this.hidden[slot] === 1, source: this.sources[slot] ?? '', target: this.targets[slot] ?? '' };
  }

  /** The element Cytoscape holds for this relation, if any. */
  heldElement(slot: number): EdgeSingular | undefined {
    return this.held.get(slot);
  }

  /** The relations Cytoscape holds, with their slots. */
  heldElements(): IterableIterator<[number, EdgeSingular]> {
    return this.held.entries();
  }

  /**
   * The relation's Cytoscape element, added now if Cytoscape does not hold it, flagged hidden as the table says.
   * Nothing else of it is written here: the writer gives it its emphasis class.
   */
  element(slot: number): EdgeSingular {
    const held = this.held.get(slot);
    if (held && !held.removed()) return held;
    const existing = this.cy.getElementById(edgeElementId(this.keys[slot] as string));
    const added = existing.nonempty()
      ? existing
      : this.cy.add(edgeElement(this.graph, this.keys[slot] as string, this.lookup));
    // The element itself, not a collection of it: Cytoscape's renderer reads element internals from what it is given.
    const edge = added[0] as EdgeSingular;
    setHiddenFlag(edge, this.hidden[slot] === 1);
    this.held.set(slot, edge);
    return edge;
  }

  /** Sets whether a relation is hidden, in the table and on its element if Cytoscape holds it. */
  setHidden(slot: number, hidden: boolean): void {
    this.hidden[slot] = hidden ? 1 : 0;
    const held = this.held.get(slot);
    if (held) setHiddenFlag(held, hidden);
  }

  /** Removes from Cytoscape the held relations `keep` refuses (the writer keeps the raised ones). */
  release(keep: (edge: EdgeSingular, slot: number) => boolean): void {
    const gone: EdgeSingular[] = [];
    for (const [slot, edge] of this.held) {
      if (edge.removed()) this.held.delete(slot);
      else if (!keep(edge, slot)) {
        gone.push(edge);
        this.held.delete(slot);
      }
    }
    for (const edge of gone) edge.remove();
  }

  /** How many relations Cytoscape holds. */
  get heldCount(): number {
    return this.held.size;
  }
}
