// Owns a test graph of entities in a chain (each related to the next), with positions where the test wants them.
import { type AtlasGraph, createAtlasGraph } from '../../graph-data/model/atlas-graph';

/** `entities` actors v0…vN, each related to the next by `relationType`; `position(i)` places an entity (none: unplaced). */
export function chainGraph(
  entities: number,
  position?: (i: number) => { x: number; y: number },
  relationType = 'complements',
): AtlasGraph {
  const graph = createAtlasGraph();
  for (let i = 0; i < entities; i++) {
    graph.addNode(`v${i}`, {
      label: `Entity ${i}`,
      type: 'actor',
      description: '',
      aliases: [],
      provenance: [],
      ...(position ? position(i) : {}),
    } as never);
    if (i > 0) graph.addEdgeWithKey(`r${i}`, `v${i - 1}`, `v${i}`, { type: relationType } as never);
  }
  return graph;
}
