// Owns the hover tooltip over the canvas: label, type and the first words of the description, as DOM text (never HTML).
import { isRegionKey } from '../../graph-data/explore/regions';
import type { ExploreContext } from '../explore/explore-context';

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function HoverTooltip({ context }: { context: ExploreContext }) {
  const hover = context.viewStore.hover.value;
  if (!hover) return null;
  const graph = context.app.document.value.graph;
  const ontology = graph.getAttribute('ontology');
  let title: string;
  let kind: string;
  let description: string;
  const region = isRegionKey(hover.key)
    ? context.canvas.regions.value?.plan.regions.find((r) => r.key === hover.key)
    : undefined;
  if (region) {
    // A region of a graph drawn as regions: how many entities it counts, its best connected, and what a click does.
    const lead = graph.hasNode(region.lead) ? graph.getNodeAttribute(region.lead, 'label') : '';
    title = `${region.count.toLocaleString('en')} ${region.count === 1 ? 'entity' : 'entities'}`;
    kind = `Region · mostly ${ontology.entityTypes.find((t) => t.id === region.type)?.label ?? region.type}`;
    description = `Best connected: ${lead}. Click to draw its entities.`;
  } else if (hover.kind === 'node') {
    if (!graph.hasNode(hover.key)) return null;
    const attrs = graph.getNodeAttributes(hover.key);
    title = attrs.label;
    kind = ontology.entityTypes.find((t) => t.id === attrs.type)?.label ?? attrs.type;
    description = attrs.description;
  } else {
    if (!graph.hasEdge(hover.key)) return null;
    const attrs = graph.getEdgeAttributes(hover.key);
    const type = ontology.relationTypes.find((t) => t.id === attrs.type);
    title = `${graph.getNodeAttribute(graph.source(hover.key), 'label')} → ${graph.getNodeAttribute(graph.target(hover.key), 'label')}`;
    kind = `${type?.label ?? attrs.type} · ${type?.polarity ?? 'neutral'}`;
    description = attrs.description;
  }
  return (
    <div class="hover-tooltip" role="tooltip" style={{ left: `${hover.x + 14}px`, top: `${hover.y + 14}px` }}>
      <strong>{title}</strong>
      <span class="tooltip-kind">{kind}</span>
      {description && <span class="tooltip-description">{shorten(description)}</span>}
    </div>
  );
}
