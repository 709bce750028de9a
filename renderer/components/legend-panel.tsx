// Owns the legend generated from the ontology: entity types (colour, shape) and relation types (line style, polarity) with live counts; each entry toggles its type.
import { entityColorsFor } from '../canvas/readable-color';
import type { ExploreContext } from '../explore/explore-context';

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

const POLARITY_LABEL = { supportive: 'supportive', adversarial: 'adversarial', neutral: 'neutral' } as const;

export function LegendPanel({ context }: { context: ExploreContext }) {
  const { model, viewStore, app } = context;
  const ontology = app.document.value.graph.getAttribute('ontology');
  const counts = model.typeCounts.value;
  const state = viewStore.state.value;
  // The swatches show the colours as the canvas draws them (lifted on the dark theme).
  const drawn = entityColorsFor(app.theme.value);
  const entityTypes = ontology.entityTypes.filter((t) => counts.entity.has(t.id));
  const relationTypes = ontology.relationTypes.filter((t) => counts.relation.has(t.id));

  return (
    <section class="panel legend-panel" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      {state.colorBy === 'community' && (
        <p class="muted small">Node colours now show Louvain communities; shapes still show entity types.</p>
      )}
      <h3 id="legend-entities">Entity types</h3>
      <ul class="legend-list" aria-labelledby="legend-entities">
        {entityTypes.map((t) => {
          const c = counts.entity.get(t.id) ?? { visible: 0, total: 0 };
          const shown = !state.hiddenEntityTypes.includes(t.id);
          return (
            <li key={t.id}>
              <button
                type="button"
                class="legend-entry"
                aria-pressed={shown}
                aria-label={`${t.label}: ${c.visible} of ${c.total} shown`}
                title={`${t.description}\nClick to ${shown ? 'hide' : 'show'} this type.`}
                onClick={() => viewStore.update((s) => ({ hiddenEntityTypes: toggle(s.hiddenEntityTypes, t.id) }))}
              >
                <span class={`swatch shape-${t.shape}`} style={{ background: drawn(t.color) }} aria-hidden="true" />
                <span class="legend-label">{t.label}</span>
                <span class="legend-count">{`${c.visible}/${c.total}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h3 id="legend-relations">Relation types</h3>
      <ul class="legend-list" aria-labelledby="legend-relations">
        {relationTypes.map((t) => {
          const c = counts.relation.get(t.id) ?? { visible: 0, total: 0 };
          const shown = !state.hiddenRelationTypes.includes(t.id);
          return (
            <li key={t.id}>
              <button
                type="button"
                class="legend-entry"
                aria-pressed={shown}
                aria-label={`${t.label} (${POLARITY_LABEL[t.polarity]}): ${c.visible} of ${c.total} shown`}
                title={`${t.description}\nClick to ${shown ? 'hide' : 'show'} this type.`}
                onClick={() => viewStore.update((s) => ({ hiddenRelationTypes: toggle(s.hiddenRelationTypes, t.id) }))}
              >
                <span
                  class={`line-swatch polarity-${t.polarity}`}
                  style={{ borderTopColor: t.color, borderTopStyle: t.lineStyle }}
                  aria-hidden="true"
                />
                <span class="legend-label">
                  {t.label}
                  <span class="legend-polarity">{t.polarity === 'neutral' ? '' : ` · ${t.polarity}`}</span>
                </span>
                <span class="legend-count">{`${c.visible}/${c.total}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
