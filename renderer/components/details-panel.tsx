// Owns the details of the selected entity or relation: label, type, description, period, provenance and relations grouped by type and direction, each a link.
import { groupRelations } from '../../graph-data/explore/relation-groups';
import { formatSpan } from '../../graph-data/explore/time-span';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { PREDICTED_MARK } from '../../graph-data/paths';
import { entityColorsFor } from '../canvas/readable-color';
import type { ExploreContext } from '../explore/explore-context';

function sectionTitles(graph: AtlasGraph, ids: string[]): string[] {
  const titles = new Map<string, string>();
  for (const source of graph.getAttribute('sources') ?? []) {
    for (const section of source.sections) titles.set(section.id, section.title);
  }
  return ids.map((id) => titles.get(id) ?? id);
}

function Provenance({ graph, ids }: { graph: AtlasGraph; ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h3 id="details-provenance">Provenance</h3>
      <ul class="provenance" aria-labelledby="details-provenance">
        {sectionTitles(graph, ids).map((title) => (
          <li key={title}>{title}</li>
        ))}
      </ul>
    </>
  );
}

function NodeDetails({ context, nodeKey }: { context: ExploreContext; nodeKey: string }) {
  const graph = context.app.document.value.graph;
  const attrs = graph.getNodeAttributes(nodeKey);
  const type = graph.getAttribute('ontology').entityTypes.find((t) => t.id === attrs.type);
  const period = formatSpan(attrs);
  const groups = groupRelations(graph, nodeKey);
  const go = (key: string) => context.viewStore.select({ kind: 'node', key }, true);
  // A relation the source only predicts is marked next to the other end, so the list never reads it as a fact.
  const predicted = (edge: string) => graph.getEdgeAttribute(edge, 'future') === true;
  return (
    <article class="details" aria-labelledby="details-title">
      <h2 id="details-title">{attrs.label}</h2>
      <p class="details-type">
        <span
          class="swatch"
          style={{ background: entityColorsFor(context.app.theme.value)(type?.color ?? '#888888') }}
          aria-hidden="true"
        />
        {type?.label ?? attrs.type}
        {period && <span class="details-period">{` · ${period}`}</span>}
      </p>
      {attrs.aliases.length > 0 && <p class="details-aliases">{`Also: ${attrs.aliases.join(', ')}`}</p>}
      {attrs.description && <p class="details-description">{attrs.description}</p>}
      <Provenance graph={graph} ids={attrs.provenance} />
      <h3>{`Relations (${graph.degree(nodeKey)})`}</h3>
      {groups.map((group) => (
        <div class="relation-group" key={`${group.direction}:${group.type}`}>
          <h4 id={`rel-${group.direction}-${group.type}`}>
            {group.direction === 'out' ? `${group.typeLabel} →` : `← ${group.typeLabel} (from)`}
          </h4>
          <ul aria-labelledby={`rel-${group.direction}-${group.type}`}>
            {group.items.map((item) => (
              <li key={item.edge}>
                <button type="button" class="link" onClick={() => go(item.other)}>
                  {item.otherLabel}
                </button>
                {predicted(item.edge) && <span class="muted relation-predicted">{` ${PREDICTED_MARK}`}</span>}
                <button
                  type="button"
                  class="link relation-link"
                  aria-label={`Relation: ${group.direction === 'out' ? `${attrs.label} ${group.typeLabel} ${item.otherLabel}` : `${item.otherLabel} ${group.typeLabel} ${attrs.label}`}${predicted(item.edge) ? ` ${PREDICTED_MARK}` : ''}`}
                  title="Show this relation"
                  onClick={() => context.viewStore.select({ kind: 'edge', key: item.edge }, true)}
                >
                  i
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </article>
  );
}

function EdgeDetails({ context, edgeKey }: { context: ExploreContext; edgeKey: string }) {
  const graph = context.app.document.value.graph;
  const attrs = graph.getEdgeAttributes(edgeKey);
  const type = graph.getAttribute('ontology').relationTypes.find((t) => t.id === attrs.type);
  const source = graph.source(edgeKey);
  const target = graph.target(edgeKey);
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  const period = formatSpan(attrs);
  const go = (key: string) => context.viewStore.select({ kind: 'node', key }, true);
  return (
    <article class="details" aria-labelledby="details-title">
      <h2 id="details-title">{`${label(source)} → ${label(target)}`}</h2>
      <p class="details-type">
        <span
          class="line-swatch"
          style={{ borderTopColor: type?.color, borderTopStyle: type?.lineStyle }}
          aria-hidden="true"
        />
        {`${type?.label ?? attrs.type} · ${type?.polarity ?? 'neutral'}`}
        {period && <span class="details-period">{` · ${period}`}</span>}
        {attrs.confidence && <span>{` · ${attrs.confidence}`}</span>}
        {attrs.future === true && <span class="details-predicted">{' · predicted, not reported as fact'}</span>}
      </p>
      {attrs.description && <p class="details-description">{attrs.description}</p>}
      <p class="details-ends">
        <button type="button" class="link" aria-label={`Go to ${label(source)} (source)`} onClick={() => go(source)}>
          {label(source)}
        </button>
        {` ${type?.label ?? attrs.type} `}
        <button type="button" class="link" aria-label={`Go to ${label(target)} (target)`} onClick={() => go(target)}>
          {label(target)}
        </button>
      </p>
      <Provenance graph={graph} ids={attrs.provenance} />
    </article>
  );
}

export function DetailsPanel({ context }: { context: ExploreContext }) {
  const selection = context.viewStore.selection.value;
  const graph = context.app.document.value.graph;
  if (selection?.kind === 'node' && graph.hasNode(selection.key)) {
    return <NodeDetails context={context} nodeKey={selection.key} />;
  }
  if (selection?.kind === 'edge' && graph.hasEdge(selection.key)) {
    return <EdgeDetails context={context} edgeKey={selection.key} />;
  }
  return (
    <p class="muted details-empty">
      Select an entity or relation on the canvas, in the search results or in the table to see its details.
    </p>
  );
}
