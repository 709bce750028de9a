// Test helper: a headless canvas loaded as a graph the bulk raster draws is, entities only (its relations stay in the writer's table), on the plain stylesheet.
import cytoscape, { type Core } from 'cytoscape';
import type { AtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { lazyCytoscapeElements } from '../../../../renderer/canvas/canvas-elements';
import { buildStylesheet } from '../../../../renderer/canvas/canvas-style';

export function rasterCanvas(graph: AtlasGraph, size: number): Core {
  const source = lazyCytoscapeElements(graph, size, false);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', 'plain'),
    elements: source.slice(0, source.length),
  });
}
