// Owns the elements of a graph drawn as regions (regions.ts): only what the plan draws is on the canvas (regions, their links, and the entities and relations drawn as themselves), brought in line with each new plan as a diff.
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import {
  isRegionKey,
  type RegionLink,
  type RegionMark,
  type RegionPlan,
  regionIdOf,
} from '../../graph-data/explore/regions';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { type ElementStyleLookup, edgeElement, nodeElement } from './canvas-elements';
import { REGION_CLASS, REGION_LINK_CLASS } from './canvas-style';
import { edgeElementId, nodeElementId, regionElementId, regionLinkElementId } from './element-ids';

/** How new elements look: the document's entity size and type colours, and how a colour is drawn in the theme. */
export interface RegionLook {
  lookup: ElementStyleLookup;
  /** Each entity's base size (entitySizeIn). */
  baseSizeOf: (key: string) => number;
  drawnColor: (color: string) => string;
}

export interface RegionWrite {
  /** Elements added or given new data: the caller restyles them (in slices when many). */
  touched: CollectionReturnValue;
  /** Entities newly drawn as themselves: the emphasis, sizes and fills of the state are written to them next. */
  addedEntities: string[];
  /** Whether anything was added, removed or moved (the label layer re-indexes). */
  changed: boolean;
}

function endId(key: string): string {
  return isRegionKey(key) ? regionElementId(regionIdOf(key)) : nodeElementId(key);
}

export class RegionWriter {
  /** The last plan's sets (plans are never changed once made: kept, not copied). */
  private entities: ReadonlySet<string> = new Set<string>();
  private relations: ReadonlySet<string> = new Set<string>();
  private regions = new Map<string, RegionMark>();
  private links = new Map<string, RegionLink>();

  constructor(private readonly cy: Core) {}

  /** A new document: the canvas holds none of its elements yet. */
  reset(): void {
    this.entities = new Set();
    this.relations = new Set();
    this.regions = new Map();
    this.links = new Map();
  }

  /** Call inside a batch. `recolor`: the theme changed, regions are refilled even if their plan did not change. */
  write(graph: AtlasGraph, plan: RegionPlan, look: RegionLook, recolor: boolean): RegionWrite {
    const cy = this.cy;
    const touched = cy.collection();
    let changed = false;
    const remove = (id: string) => {
      const element = cy.getElementById(id);
      if (element.nonempty()) element.remove();
      changed = true;
    };
    // Links and relations first: removing an entity or region would take its edges with it, unrecorded.
    const nextLinks = new Map(plan.links.map((link) => [link.key, link]));
    for (const key of this.links.keys()) if (!nextLinks.has(key)) remove(regionLinkElementId(key));
    for (const key of this.relations) if (!plan.relations.has(key)) remove(edgeElementId(key));
    for (const key of this.entities) if (!plan.entities.has(key)) remove(nodeElementId(key));
    const nextRegions = new Map(plan.regions.map((region) => [region.key, region]));
    for (const key of this.regions.keys()) if (!nextRegions.has(key)) remove(regionElementId(regionIdOf(key)));

    const added: ElementDefinition[] = [];
    const addedEntities: string[] = [];
    for (const key of plan.entities) {
      if (this.entities.has(key)) continue;
      added.push(nodeElement(graph, key, look.lookup, look.baseSizeOf(key)));
      addedEntities.push(key);
    }
    for (const region of plan.regions) {
      const size = region.size;
      const color = look.lookup.entity.get(region.type)?.color ?? '#888888';
      const data = { count: region.count, size, fill: look.drawnColor(color), lead: region.lead };
      const before = this.regions.get(region.key);
      if (!before) {
        added.push({
          group: 'nodes',
          data: {
            id: regionElementId(region.id),
            key: region.key,
            region: region.id,
            color,
            shape: 'ellipse',
            ...data,
          },
          position: { x: region.x, y: region.y },
          classes: REGION_CLASS,
          grabbable: false,
        });
        continue;
      }
      const node = cy.getElementById(regionElementId(region.id));
      if (before.x !== region.x || before.y !== region.y) node.position({ x: region.x, y: region.y });
      if (before.x !== region.x || before.y !== region.y || node.data('size') !== size) changed = true;
      if (recolor || before.count !== region.count || node.data('size') !== size || before.lead !== region.lead) {
        node.data(data);
        touched.merge(node);
      }
    }
    for (const key of plan.relations) {
      if (!this.relations.has(key)) added.push(edgeElement(graph, key, look.lookup));
    }
    for (const link of plan.links) {
      const before = this.links.get(link.key);
      if (!before) {
        added.push({
          group: 'edges',
          data: {
            id: regionLinkElementId(link.key),
            key: link.key,
            link: true,
            source: endId(link.source),
            target: endId(link.target),
            count: link.count,
          },
          classes: REGION_LINK_CLASS,
          selectable: false,
        });
      } else if (before.count !== link.count) {
        const edge = cy.getElementById(regionLinkElementId(link.key));
        edge.data('count', link.count);
        touched.merge(edge);
      }
    }
    if (added.length > 0) {
      touched.merge(cy.add(added));
      changed = true;
    }
    this.entities = plan.entities;
    this.relations = plan.relations;
    this.regions = nextRegions;
    this.links = nextLinks;
    return { touched, addedEntities, changed };
  }
}
