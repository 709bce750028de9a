// Owns the Cytoscape element ids: the app's own, in separate namespaces for entities and relations, so a file whose node and edge keys coincide (Gephi numbers both from 0) loses nothing on the canvas.

/**
 * Cytoscape keeps nodes and edges in one id namespace and silently drops an element whose id is taken. Files key
 * nodes and edges independently, so the canvas never uses a file's key as an id: the key stays in `data.key`.
 */
export function nodeElementId(key: string): string {
  return `n:${key}`;
}

export function edgeElementId(key: string): string {
  return `e:${key}`;
}

const REGION_PREFIX = 'r:';
const LINK_PREFIX = 'l:';

/** A region of the aggregated view (regions.ts), by its grid cell id. */
export function regionElementId(id: string): string {
  return `${REGION_PREFIX}${id}`;
}

/** A link between two drawn ends of the aggregated view, by its key (the two ends' keys). */
export function regionLinkElementId(key: string): string {
  return `${LINK_PREFIX}${key}`;
}

/** The graph key of a canvas element (its file key), whatever its kind. */
export function graphKeyOf(element: { data(name: string): unknown }): string {
  return String(element.data('key'));
}

/**
 * Whether a canvas element is a region or a link between regions (regions.ts), not an entity or relation: told by its
 * id's namespace. Reading its data twice instead was 21 ms of a 30k/60k layout request (a CPU profile).
 */
export function isRegionElement(element: { id(): string }): boolean {
  const id = element.id();
  return id.startsWith(REGION_PREFIX) || id.startsWith(LINK_PREFIX);
}
