// Owns the renderer's single typed store: the open document, theme and transient messages, as Preact signals.
import { computed, signal } from '@preact/signals';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { Theme } from '../canvas/canvas-style';

export interface DocumentState {
  graph: AtlasGraph;
  fileName: string;
  /** Bumped on every change to the graph itself, so derived views recompute. */
  revision: number;
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

function systemTheme(): Theme {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

export function createAppStore(initial: { graph: AtlasGraph; fileName: string }) {
  const document = signal<DocumentState>({ ...initial, revision: 0 });
  const dirty = signal(false);
  /** null means "follow the OS"; the user's toggle pins a theme. */
  const pinnedTheme = signal<Theme | null>(null);
  const osTheme = signal<Theme>(systemTheme());
  const theme = computed<Theme>(() => pinnedTheme.value ?? osTheme.value);
  const notice = signal<Notice | null>(null);
  const busy = signal<string | null>(null);

  if (typeof window !== 'undefined' && window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      osTheme.value = event.matches ? 'dark' : 'light';
    });
  }

  return {
    document,
    dirty,
    theme,
    notice,
    busy,
    /** Swaps in a fully built graph; callers build it completely first, so a failed open never touches the current one. */
    replaceDocument(graph: AtlasGraph, fileName: string) {
      document.value = { graph, fileName, revision: document.value.revision + 1 };
      dirty.value = false;
    },
    /**
     * Edits the open document in place (e.g. data loaded from a SPARQL endpoint), at the next revision, marked
     * unsaved: the explore model and the canvas follow a revision as a diff (new entities join the picture where it
     * stands). All or nothing: `mutate` first runs on a copy, and only if it succeeds on the graph itself (it must
     * depend only on the graph it is given), so an edit that throws leaves the open graph untouched.
     */
    editDocument(mutate: (graph: AtlasGraph) => void) {
      const current = document.value;
      mutate(current.graph.copy() as AtlasGraph);
      mutate(current.graph);
      document.value = { graph: current.graph, fileName: current.fileName, revision: current.revision + 1 };
      dirty.value = true;
    },
    toggleTheme() {
      pinnedTheme.value = theme.value === 'dark' ? 'light' : 'dark';
    },
    showNotice(next: Notice | null) {
      notice.value = next;
    },
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
