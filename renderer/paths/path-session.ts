// Owns the path query's state for one window (form, run, results, selection, history) and its actions, shared by the panel and the context menu.
import { batch, effect, signal } from '@preact/signals';
import { errorMessage } from '../../graph-data/model/errors';
import {
  type EntityCandidate,
  formatPathQuery,
  formatPathResultsCsv,
  formatPathResultsJson,
  formatPathResultsMarkdown,
  type GraphPath,
  type PathQuery,
  type PathSearchResult,
  parsePathQuery,
  resolveEntity,
} from '../../graph-data/paths';
import type { ExploreContext } from '../explore/explore-context';
import type { Host } from '../host/host';
import { PathClient, type PathRun, type RunProgress } from './path-client';
import { EMPTY_FORM, formToQuery, type PathForm, queryToForm, replaceName } from './path-form';
import { drawPath, fitPath, installPathProbe } from './path-highlight';
import { addToHistory, browserStore, loadHistory, saveHistory } from './path-history';
import { exportFileName, LIST_LIMIT, resultFromDone, resultFromStop } from './path-results-model';

export type RunStatus = 'idle' | 'running' | 'done' | 'error';
export type ExportFormat = 'markdown' | 'csv' | 'json';

export interface PathError {
  message: string;
  candidates?: EntityCandidate[];
  entityName?: string;
}

/** The UI's caps: generous enough for real questions, small enough that the list stays readable. */
export const UI_MAX_PATHS = 1000;
export const UI_TIME_BUDGET_MS = 15_000;

function createPathSession(context: ExploreContext) {
  const form = signal<PathForm>(EMPTY_FORM);
  const queryText = signal('');
  const history = signal<string[]>(loadHistory(browserStore()));
  const status = signal<RunStatus>('idle');
  const progress = signal<RunProgress | null>(null);
  /** Paths as they stream in, before the final order. */
  const streamed = signal<GraphPath[]>([]);
  const result = signal<PathSearchResult | null>(null);
  const error = signal<PathError | null>(null);
  const selected = signal<number | null>(null);
  const hovered = signal<number | null>(null);
  const showOnly = signal(false);
  const maxPaths = signal(String(UI_MAX_PATHS));
  const timeLimitSeconds = signal(String(UI_TIME_BUDGET_MS / 1000));
  /** The time budget of the run in progress, for the progress bar's scale. */
  const budgetMs = signal(UI_TIME_BUDGET_MS);
  const client = new PathClient();
  let run: PathRun | null = null;
  let host: Host | null = null;

  const listed = (): GraphPath[] => result.value?.paths ?? streamed.value;

  function remember(query: PathQuery): void {
    const text = formatPathQuery(query);
    queryText.value = text;
    history.value = addToHistory(history.value, text);
    saveHistory(browserStore(), history.value);
  }

  /**
   * Whether choosing a path frames it on the canvas. A workspace restore runs its saved query with framing off, so
   * the saved viewport is not overridden when the result lands late (a slow machine, a long enumeration).
   */
  let framing = true;

  function start(query: PathQuery, frame = true): void {
    framing = frame;
    const { graph, revision } = context.app.document.value;
    remember(query);
    const cap = Number.parseInt(maxPaths.value, 10);
    const seconds = Number.parseFloat(timeLimitSeconds.value);
    budgetMs.value = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : UI_TIME_BUDGET_MS;
    const limits = { maxPaths: Number.isFinite(cap) && cap > 0 ? cap : UI_MAX_PATHS, timeBudgetMs: budgetMs.value };
    const collected: GraphPath[] = [];
    batch(() => {
      status.value = 'running';
      progress.value = { found: 0, elapsedMs: 0 };
      streamed.value = [];
      result.value = null;
      error.value = null;
      selected.value = null;
      hovered.value = null;
    });
    const current = client.run(
      graph,
      query,
      limits,
      {
        onPaths(paths, next) {
          for (const path of paths) collected.push(path);
          batch(() => {
            // The list shows only the first LIST_LIMIT while streaming; past that, only the progress changes, so a
            // long enumeration does not re-render (or copy) an ever longer list on every batch.
            if (streamed.peek().length < LIST_LIMIT) streamed.value = collected.slice(0, LIST_LIMIT);
            progress.value = next;
          });
        },
      },
      revision,
    );
    run = current;
    void current.done.then((outcome) => {
      if (run !== current) return;
      run = null;
      batch(() => {
        progress.value = null;
        if (outcome.type === 'error') {
          status.value = 'error';
          const { message, candidates, entityName } = outcome;
          error.value = { message, ...(candidates ? { candidates } : {}), ...(entityName ? { entityName } : {}) };
          return;
        }
        result.value =
          outcome.type === 'done'
            ? resultFromDone(query, collected, outcome)
            : resultFromStop(graph, query, collected, 'cancelled', outcome.elapsedMs);
        status.value = 'done';
        // The first path is drawn straight away: the answer should be visible without another click.
        selected.value = collected.length > 0 ? 0 : null;
      });
    });
  }

  function clearResults(): void {
    run?.cancel();
    run = null;
    batch(() => {
      status.value = 'idle';
      progress.value = null;
      streamed.value = [];
      result.value = null;
      error.value = null;
      selected.value = null;
      hovered.value = null;
    });
  }

  /** Draws the hovered (else the selected) path; with none, gives the canvas back to the explore view. */
  function installHighlight(): () => void {
    let drawn = false;
    let drewOnly = false;
    let lastSelected: GraphPath | null = null;
    installPathProbe(() => context.view()?.cy ?? null);
    return effect(() => {
      const paths = listed();
      const index = hovered.value ?? selected.value;
      const path = index === null ? null : (paths[index] ?? null);
      const chosen = selected.value === null ? null : (paths[selected.value] ?? null);
      const only = showOnly.value;
      const ready = context.model.ready.value;
      // Read so this effect runs again after the explore view redraws the selection or the filters (it clears our classes).
      const selection = context.viewStore.selection.value;
      const visibility = context.model.visibility.value;
      // After the explore effects of the same change, which run synchronously: a microtask comes after them.
      queueMicrotask(() => {
        const view = context.view();
        if (!view || !ready) return;
        if (path) {
          const onlyChanged = only !== drewOnly;
          drawPath(view, visibility, path, only ? paths : null);
          drawn = true;
          drewOnly = only;
          // Frame a newly chosen path (not a hovered one: the view should not jump under the pointer), and again when
          // "show only paths" changes what is around it.
          if (chosen && (chosen !== lastSelected || onlyChanged)) {
            if (framing) fitPath(view.cy, chosen);
            // Only the run's own first pick may skip framing; the user's later picks are framed.
            framing = true;
          }
          lastSelected = chosen;
        } else if (drawn) {
          drawn = false;
          drewOnly = false;
          lastSelected = null;
          view.applyVisibility(visibility);
          view.applySelection(selection?.kind ?? null, selection?.key ?? null);
        }
      });
    });
  }

  /** A node picked on the canvas goes in by label when the label names only it, else by id (never ambiguous). */
  function nameFor(id: string): string {
    const graph = context.model.graph.value;
    const label = graph.getNodeAttribute(id, 'label');
    const resolution = resolveEntity(graph, label);
    return resolution.ok && resolution.id === id ? label : id;
  }

  const disposeHighlight = installHighlight();
  // A new document, or an edit of this one, makes listed paths meaningless (their edges may be gone).
  let loaded = context.app.document.peek();
  const disposeDocument = effect(() => {
    const doc = context.app.document.value;
    if (doc.graph === loaded.graph && doc.revision === loaded.revision) return;
    loaded = doc;
    clearResults();
  });

  return {
    form,
    queryText,
    history,
    status,
    progress,
    streamed,
    result,
    error,
    selected,
    hovered,
    showOnly,
    maxPaths,
    timeLimitSeconds,
    budgetMs,
    listed,
    setHost(next: Host) {
      host = next;
    },
    updateForm(patch: Partial<PathForm>) {
      form.value = { ...form.value, ...patch };
    },
    /** From a canvas right-click: fills one end; runs when both ends are set, as a shortest-path question. */
    setEndpoint(end: 'from' | 'to', nodeId: string) {
      form.value = { ...form.value, [end]: nameFor(nodeId) };
      const checked = formToQuery(form.value);
      if (checked.ok && form.value.from !== '' && form.value.to !== '') start(checked.query);
    },
    runForm(): boolean {
      const checked = formToQuery(form.value);
      if (!checked.ok) {
        batch(() => {
          status.value = 'error';
          error.value = { message: checked.message };
        });
        return false;
      }
      start(checked.query);
      return true;
    },
    /** Parses and runs the query bar's text; `frame: false` keeps the viewport (for restoring a workspace). */
    runText(text: string, options: { frame?: boolean } = {}): boolean {
      const parsed = parsePathQuery(text);
      if (!parsed.ok) {
        const { message, position } = parsed.error;
        batch(() => {
          status.value = 'error';
          error.value = { message: `Query: ${message} (at character ${position + 1})` };
        });
        return false;
      }
      form.value = queryToForm(parsed.query);
      start(parsed.query, options.frame ?? true);
      return true;
    },
    cancel() {
      run?.cancel();
    },
    /** Replaces a name that did not resolve with the candidate the user picked, wherever the form holds it, and reruns. */
    useCandidate(name: string, candidate: string) {
      form.value = replaceName(form.value, name, candidate);
      const checked = formToQuery(form.value);
      if (checked.ok) start(checked.query);
    },
    clear() {
      clearResults();
    },
    async exportAs(format: ExportFormat): Promise<void> {
      const current = result.value;
      if (!current || !host) return;
      const graph = context.model.graph.value;
      try {
        if (format === 'markdown') {
          await host.saveFileAs(exportFileName(current, 'md'), 'markdown', formatPathResultsMarkdown(graph, current));
        } else if (format === 'csv') {
          await host.saveFileAs(exportFileName(current, 'csv'), 'csv', formatPathResultsCsv(graph, current));
        } else {
          // Its own kind: a JSON filter in the dialog, and (unlike 'graph-json') never the file Save writes to.
          await host.saveFileAs(exportFileName(current, 'json'), 'json-export', formatPathResultsJson(graph, current));
        }
      } catch (failure) {
        context.app.showNotice({
          kind: 'error',
          text: `Export failed: ${errorMessage(failure)}`,
        });
      }
    },
    dispose() {
      disposeHighlight();
      disposeDocument();
      client.dispose();
    },
  };
}

export type PathSession = ReturnType<typeof createPathSession>;

const sessions = new WeakMap<ExploreContext, PathSession>();

/** One session per window context, created on first use by whichever part (panel or context menu) asks first. */
export function pathSessionFor(context: ExploreContext): PathSession {
  let session = sessions.get(context);
  if (!session) {
    session = createPathSession(context);
    sessions.set(context, session);
  }
  return session;
}
