// Owns the results of a path query: progress and Cancel, errors, the no-path explanation, the list with badges, exports.
import { useMemo } from 'preact/hooks';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { type GraphPath, narratePath, sectionIndex, truncationNote } from '../../graph-data/paths';
import type { ExploreContext } from '../explore/explore-context';
import { evidenceText, hopsText, LIST_LIMIT, POLARITY_TEXT, progressText } from '../paths/path-results-model';
import type { PathSession } from '../paths/path-session';

function PathProgress({ session }: { session: PathSession }) {
  const progress = session.progress.value;
  if (session.status.value !== 'running' || !progress) return null;
  return (
    <div class="path-progress">
      <progress aria-label="Path search progress" max={session.budgetMs.value} value={progress.elapsedMs} />
      <span role="status">{progressText(progress.found, progress.elapsedMs)}</span>
      <button type="button" onClick={() => session.cancel()}>
        Cancel
      </button>
    </div>
  );
}

function PathError({ session }: { session: PathSession }) {
  const error = session.error.value;
  if (!error) return null;
  return (
    <div class="path-error" role="alert">
      <p>{error.message}</p>
      {error.candidates && error.candidates.length > 0 && (
        <p class="path-candidates">
          <span>Did you mean </span>
          {error.candidates.map((c) => (
            <button
              key={c.id}
              type="button"
              class="link"
              onClick={() => error.entityName !== undefined && session.useCandidate(error.entityName, c.label)}
            >
              {c.label}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

function ResultOption({
  graph,
  sections,
  path,
  index,
  count,
  session,
}: {
  graph: AtlasGraph;
  sections: ReturnType<typeof sectionIndex>;
  path: GraphPath;
  index: number;
  count: number;
  session: PathSession;
}) {
  // Narrated once per path: the list re-renders on every selection and hover.
  const story = useMemo(() => narratePath(graph, path, sections), [graph, path, sections]);
  const selected = session.selected.value === index;
  const hover = (value: number | null) => () => {
    session.hovered.value = value;
  };
  return (
    <li class={`path-result${selected ? ' selected' : ''}`}>
      <button
        id={`path-result-${index}`}
        type="button"
        aria-pressed={selected}
        onClick={() => {
          session.selected.value = index;
        }}
        onKeyDown={(event) => onArrow(event, index, count, session)}
        onMouseEnter={hover(index)}
        onMouseLeave={hover(null)}
      >
        <span class="path-chain">{story.chain}</span>
        <span class="path-badges">
          <span class="badge">{hopsText(path.length)}</span>
          <span class={`badge polarity-${story.polarity}`}>{POLARITY_TEXT[story.polarity]}</span>
          <span class="badge">{evidenceText(story.evidence)}</span>
          {path.cost !== undefined && <span class="badge">{`cost ${path.cost}`}</span>}
        </span>
      </button>
    </li>
  );
}

/** Arrow keys move to the next result and select it (so the highlight follows), as in a listbox. */
function onArrow(event: KeyboardEvent, index: number, count: number, session: PathSession): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const next = Math.min(count - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
  session.selected.value = next;
  document.getElementById(`path-result-${next}`)?.focus();
}

function ResultList({ context, session }: { context: ExploreContext; session: PathSession }) {
  const graph = context.app.document.value.graph;
  const revision = context.app.document.value.revision;
  // An edit in place keeps the graph object and bumps the revision.
  const sections = useMemo(() => sectionIndex(graph), [graph, revision]);
  const paths = session.listed();
  if (paths.length === 0) return null;
  const shown = paths.slice(0, LIST_LIMIT);
  return (
    <>
      <ul class="path-results" aria-label="Path results">
        {shown.map((path, index) => (
          <ResultOption
            key={`${index}:${path.edges.join(',')}`}
            graph={graph}
            sections={sections}
            path={path}
            index={index}
            count={shown.length}
            session={session}
          />
        ))}
      </ul>
      {paths.length > LIST_LIMIT && (
        <p class="path-note">{`Showing the first ${LIST_LIMIT} of ${paths.length} paths; the exports hold all of them.`}</p>
      )}
    </>
  );
}

function ResultSummary({ session }: { session: PathSession }) {
  const result = session.result.value;
  if (!result) return null;
  const count = result.paths.length;
  const note = truncationNote(result.truncated);
  return (
    <div class="path-summary">
      <p role="status">
        {count === 0
          ? `No path from ${result.from.label} to ${result.to.label}.`
          : `${count} path${count === 1 ? '' : 's'} from ${result.from.label} to ${result.to.label}.`}
      </p>
      {result.explanation && <p class="path-explanation">{result.explanation.sentence}</p>}
      {note && <p class="path-note">{note}</p>}
      <fieldset class="path-actions path-export">
        <legend class="visually-hidden">Export path results</legend>
        <button type="button" onClick={() => void session.exportAs('markdown')}>
          Export Markdown
        </button>
        <button type="button" onClick={() => void session.exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void session.exportAs('json')}>
          Export JSON
        </button>
      </fieldset>
      {count > 0 && (
        <label class="path-toggle">
          <input
            type="checkbox"
            checked={session.showOnly.value}
            onChange={(event) => {
              session.showOnly.value = event.currentTarget.checked;
            }}
          />
          Show only paths
        </label>
      )}
    </div>
  );
}

export function PathResults({ context, session }: { context: ExploreContext; session: PathSession }) {
  return (
    <section class="path-results-section" aria-label="Path results and export">
      <PathProgress session={session} />
      <PathError session={session} />
      <ResultSummary session={session} />
      <ResultList context={context} session={session} />
    </section>
  );
}
