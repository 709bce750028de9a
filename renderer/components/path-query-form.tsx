// Owns the path query inputs: the text query bar with its history, and the form (From, To, mode, constraints).
import { PATH_DIRECTIONS, PATH_MODES, type PathDirection, type PathMode } from '../../graph-data/paths';
import type { ExploreContext } from '../explore/explore-context';
import { DIRECTION_LABELS, MODE_LABELS, type PathForm } from '../paths/path-form';
import type { PathSession } from '../paths/path-session';

/** A datalist of every label helps picking by search; above this size it would cost more than it helps. */
const DATALIST_MAX = 3000;

function TextField({
  session,
  field,
  label,
  list,
  placeholder,
  inputMode,
}: {
  session: PathSession;
  field: keyof PathForm;
  label: string;
  list?: string;
  placeholder?: string;
  inputMode?: 'numeric';
}) {
  const id = `path-${field}`;
  return (
    <div class="path-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={list}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        value={session.form.value[field]}
        onInput={(event) => session.updateForm({ [field]: event.currentTarget.value })}
      />
    </div>
  );
}

export function PathQueryBar({ session }: { session: PathSession }) {
  const onSubmit = (event: Event) => {
    event.preventDefault();
    session.runText(session.queryText.value);
  };
  return (
    <form class="path-query-bar" onSubmit={onSubmit} aria-label="Path query">
      <label for="path-query-text">Query</label>
      <div class="path-query-row">
        <input
          id="path-query-text"
          type="text"
          list="path-history-list"
          autoComplete="off"
          spellcheck={false}
          placeholder="ECOWAS -> Liberia via intervened-in,deployed max 3"
          value={session.queryText.value}
          onInput={(event) => {
            session.queryText.value = event.currentTarget.value;
          }}
        />
        <button type="submit">Run</button>
      </div>
      <datalist id="path-history-list">
        {session.history.value.map((entry) => (
          <option key={entry} value={entry} />
        ))}
      </datalist>
      {session.history.value.length > 0 && (
        <details class="path-history">
          <summary>Recent queries</summary>
          <ul aria-label="Recent queries">
            {session.history.value.map((entry) => (
              <li key={entry}>
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    session.queryText.value = entry;
                    session.runText(entry);
                  }}
                >
                  {entry}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}

export function PathQueryForm({ context, session }: { context: ExploreContext; session: PathSession }) {
  const graph = context.app.document.value.graph;
  const form = session.form.value;
  const labels = graph.order <= DATALIST_MAX ? graph.mapNodes((_, attrs) => attrs.label).sort() : [];
  const onSubmit = (event: Event) => {
    event.preventDefault();
    session.runForm();
  };
  return (
    <form class="path-form" onSubmit={onSubmit} aria-label="Path query form">
      <TextField session={session} field="from" label="From" list="path-entities" placeholder="Search an entity" />
      <TextField session={session} field="to" label="To" list="path-entities" placeholder="Search an entity" />
      <datalist id="path-entities">
        {labels.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      <div class="path-field">
        <label for="path-mode">Mode</label>
        <select
          id="path-mode"
          value={form.mode}
          onChange={(event) => session.updateForm({ mode: event.currentTarget.value as PathMode })}
        >
          {PATH_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {MODE_LABELS[mode]}
            </option>
          ))}
        </select>
      </div>
      <div class="path-field-row">
        <TextField session={session} field="maxHops" label="Max hops" inputMode="numeric" />
        {form.mode === 'k-shortest' && <TextField session={session} field="k" label="Paths (N)" inputMode="numeric" />}
      </div>
      <details class="path-constraints">
        <summary>Constraints</summary>
        <div class="path-field">
          <label for="path-direction">Direction</label>
          <select
            id="path-direction"
            value={form.direction}
            onChange={(event) => session.updateForm({ direction: event.currentTarget.value as PathDirection })}
          >
            {PATH_DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {DIRECTION_LABELS[direction]}
              </option>
            ))}
          </select>
        </div>
        <TextField session={session} field="via" label="Only relation types" placeholder="deployed, intervened-in" />
        <TextField session={session} field="excludeRelationTypes" label="Without relation types" />
        <TextField session={session} field="excludeEntities" label="Avoid entities" list="path-entities" />
        <TextField session={session} field="through" label="Through" list="path-entities" />
        <div class="path-field-row">
          <TextField session={session} field="periodStart" label="From year" inputMode="numeric" />
          <TextField session={session} field="periodEnd" label="To year" inputMode="numeric" />
        </div>
        {(form.mode === 'weighted' || form.mode === 'k-shortest') && (
          <TextField session={session} field="weightAttribute" label="Weight attribute" placeholder="weight" />
        )}
        <div class="path-field">
          <label for="path-max-paths">Stop after (paths)</label>
          <input
            id="path-max-paths"
            type="text"
            inputMode="numeric"
            value={session.maxPaths.value}
            onInput={(event) => {
              session.maxPaths.value = event.currentTarget.value;
            }}
          />
        </div>
        <div class="path-field">
          <label for="path-time-limit">Stop after (seconds)</label>
          <input
            id="path-time-limit"
            type="text"
            inputMode="decimal"
            value={session.timeLimitSeconds.value}
            onInput={(event) => {
              session.timeLimitSeconds.value = event.currentTarget.value;
            }}
          />
        </div>
      </details>
      <div class="path-actions">
        <button type="submit" class="primary">
          Find paths
        </button>
        <button type="button" onClick={() => session.clear()}>
          Clear
        </button>
      </div>
    </form>
  );
}
