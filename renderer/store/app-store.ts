// Owns the renderer's single typed store: the open document, theme and transient messages, as Preact signals.
import { computed, signal } from '@preact/signals';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { Theme } from '../view/graph-style';

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
     * Edits the open graph in place (the same graph object, e.g. data loaded from a SPARQL endpoint): `mutate` runs
     * once, then the revision is bumped so derived views update, and the document is marked unsaved.
     */
    editDocument(mutate: (graph: AtlasGraph) => void) {
      const current = document.value;
      mutate(current.graph);
      document.value = { ...current, revision: current.revision + 1 };
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
