// Owns the details of the selected path: its chain, polarity and evidence, and each hop's description, confidence and sources.
import { describeEvidence, narratePath, PREDICTED_MARK } from '../../graph-data/paths';
import type { ExploreContext } from '../explore/explore-context';
import { POLARITY_TEXT } from '../paths/path-results-model';
import type { PathSession } from '../paths/path-session';

export function PathNarration({ context, session }: { context: ExploreContext; session: PathSession }) {
  const index = session.selected.value;
  const path = index === null ? undefined : session.listed()[index];
  if (index === null || !path) return null;
  const graph = context.app.document.value.graph;
  const story = narratePath(graph, path);
  const select = (key: string) => context.viewStore.select({ kind: 'node', key }, true);
  return (
    <article class="path-narration details" aria-labelledby="path-narration-title">
      <h3 id="path-narration-title">{`Path ${index + 1}`}</h3>
      <p class="path-narration-chain">{story.chain}</p>
      <p>{`Polarity: ${POLARITY_TEXT[story.polarity]}. Evidence: ${describeEvidence(story.evidence)}.`}</p>
      <ol class="path-hops" aria-label="Hops of the selected path">
        {story.hops.map((hop) => (
          <li key={hop.edge}>
            <p class="path-hop-text">
              <button type="button" class="link" onClick={() => select(hop.from.id)}>
                {hop.from.label}
              </button>
              <span>{` ${hop.reversed ? '←' : '—'}${hop.relationLabel}${hop.future ? ` ${PREDICTED_MARK}` : ''}${hop.reversed || hop.symmetric ? '—' : '→'} `}</span>
              <button type="button" class="link" onClick={() => select(hop.to.id)}>
                {hop.to.label}
              </button>
            </p>
            {hop.description && <p class="path-hop-description">{hop.description}</p>}
            <p class="path-hop-evidence">
              <span class={`badge evidence-${hop.confidence ?? 'none'}`}>{hop.confidence ?? 'unsourced'}</span>
              {hop.provenance.length > 0 && ` Sources: ${hop.provenance.map((p) => p.title).join('; ')}`}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
