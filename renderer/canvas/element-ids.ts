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

/** The graph key of a canvas element (its file key), whatever its kind. */
export function graphKeyOf(element: { data(name: string): unknown }): string {
  return String(element.data('key'));
}
