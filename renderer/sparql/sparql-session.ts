// Owns one window's connection to a SPARQL endpoint and its UI state: connect, search, load and expand entities, remote path queries, progress and cancel; every change to the graph goes through store.editDocument.
import { signal } from '@preact/signals';
import { idForRef } from '../../graph-data/formats/rdf/rdf-ids';
import { getRdfNodeData } from '../../graph-data/formats/rdf/rdf-mapping';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { narratePath, type PathDirection, sectionIndex } from '../../graph-data/paths';
import { DEFAULT_EXPANSION_LIMIT, describeExpansion } from '../../graph-data/sparql/expansion-text';
import type { GraphEdit, SearchHit } from '../../graph-data/sparql/remote-source';
import type { SparqlClient } from '../../graph-data/sparql/sparql-client';
import { SparqlError } from '../../graph-data/sparql/sparql-errors';
import { checkEndpointUrl } from '../../graph-data/sparql/sparql-transport';
import type { Host } from '../host/host';
import type { AppStore } from '../store/app-store';

export const SEARCH_LIMIT = 25;

export interface ConnectRequest {
  endpoint: string;
  graph: string;
  /** Start from an empty graph (true) or add what is loaded to the open graph. */
  newGraph: boolean;
  timeoutSeconds: number;
}

export interface Connection {
  client: SparqlClient;
  source: string;
}

/** One entity's expansions so far: the "200 of 4,312" and where the next page starts. */
export interface ExpansionState {
  label: string;
  shown: number;
  total: number;
  nextOffset: number | null;
}

export interface Activity {
  /** What is running, e.g. "Searching…" or "Finding paths: 3 hops searched, 412 entities". */
  text: string;
}

export interface PathOutcome {
  summary: string;
  chains: string[];
}

export interface SparqlSessionDeps {
  host: Host;
  store: AppStore;
}

/** The engine (client, RDF/JS terms, mapping) is loaded on the first connect, not with the app. */
let engine: Promise<typeof import('./sparql-engine')> | null = null;
const loadEngine = () => {
  engine ??= import('./sparql-engine');
  return engine;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The window's SPARQL session; the window context (renderer/window-context.ts) builds one per window. */
export function createSparqlSession({ host, store }: SparqlSessionDeps) {
  const dialogOpen = signal(false);
  const connection = signal<Connection | null>(null);
  const activity = signal<Activity | null>(null);
  const error = signal<string | null>(null);
  const info = signal<string | null>(null);
  const hits = signal<SearchHit[] | null>(null);
  const expansions = signal<Record<string, ExpansionState>>({});
  const pathOutcome = signal<PathOutcome | null>(null);
  let controller: AbortController | null = null;

  /** Runs one remote operation at a time; a failure (or cancel) is shown and changes nothing in the graph. */
  async function run<T>(text: string, work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    activity.value = { text };
    error.value = null;
    info.value = null;
    try {
      return await work(mine.signal);
    } catch (caught) {
      if (mine.signal.aborted || (caught instanceof SparqlError && caught.kind === 'cancelled')) {
        info.value = 'Cancelled: the graph is unchanged.';
      } else {
        error.value = messageOf(caught);
      }
      return undefined;
    } finally {
      if (controller === mine) {
        controller = null;
        activity.value = null;
      }
    }
  }

  /** Applies a prepared edit to the open graph in one step (one new document revision). */
  function apply(edit: GraphEdit) {
    let added = { addedNodes: [] as string[], addedEdges: [] as string[] };
    store.editDocument((graph) => {
      added = edit(graph);
    });
    return added;
  }

  const requireConnection = (): Connection => {
    const current = connection.peek();
    if (!current) throw new Error('Connect to a SPARQL endpoint first.');
    return current;
  };

  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const graphCounts = (graph: AtlasGraph) =>
    `${count(graph.order, 'entity', 'entities')} and ${count(graph.size, 'relation', 'relations')} in the graph`;

  async function expandIri(iri: string, label: string, fromStart: boolean): Promise<void> {
    const { client } = requireConnection();
    const known = expansions.peek()[iri];
    const offset = fromStart || !known ? 0 : (known.nextOffset ?? 0);
    if (!fromStart && known && known.nextOffset === null) {
      info.value = `${label}: ${describeExpansion(known)} already loaded.`;
      return;
    }
    const { prepareExpansion } = await loadEngine();
    await run(`Loading neighbours of ${label}…`, async (signal) => {
      const { page, edit } = await prepareExpansion(client, iri, {
        signal,
        offset,
        limit: DEFAULT_EXPANSION_LIMIT,
        onProgress: (step) => {
          activity.value = { text: `Loading neighbours of ${label}: ${step}…` };
        },
      });
      const added = apply(edit);
      const graph = store.document.peek().graph;
      const key = idForRef(iri);
      const name = graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : label;
      expansions.value = {
        ...expansions.peek(),
        [iri]: { label: name, shown: page.shown, total: page.total, nextOffset: page.nextOffset },
      };
      const more = page.nextOffset !== null ? ' Expand again for more.' : '';
      const fresh = count(added.addedNodes.length, 'new entity', 'new entities');
      info.value = `${name}: ${describeExpansion(page)} (${fresh}; ${graphCounts(graph)}).${more}`;
    });
  }

  return {
    dialogOpen,
    connection,
    activity,
    error,
    info,
    hits,
    expansions,
    pathOutcome,

    openDialog() {
      dialogOpen.value = true;
    },
    closeDialog() {
      dialogOpen.value = false;
    },

    /** Checks the endpoint answers (and the graph has triples) before anything else changes. */
    async connect(request: ConnectRequest): Promise<boolean> {
      let client: SparqlClient;
      try {
        checkEndpointUrl(request.endpoint);
        const { SparqlClient } = await loadEngine();
        client = new SparqlClient({
          endpoint: request.endpoint,
          graph: request.graph,
          transport: host.sparql,
          timeoutMs: request.timeoutSeconds * 1000,
        });
      } catch (caught) {
        error.value = messageOf(caught);
        return false;
      }
      const ok = await run(`Connecting to ${client.endpoint}…`, async (signal) => {
        const triples = await client.countTriples({ signal });
        if (triples === 0) {
          throw new SparqlError(
            'bad-request',
            client.endpoint,
            `${client.graph ?? 'the default graph'} holds no triples`,
          );
        }
        return triples;
      });
      if (ok === undefined) return false;
      connection.value = { client, source: client.describeSource() };
      hits.value = null;
      expansions.value = {};
      pathOutcome.value = null;
      if (request.newGraph)
        store.replaceDocument((await loadEngine()).emptyRemoteGraph(client), client.describeSource());
      dialogOpen.value = false;
      info.value = `Connected: ${ok.toLocaleString('en-US')} triples. Search for an entity to load it.`;
      return true;
    },

    disconnect() {
      controller?.abort();
      connection.value = null;
      hits.value = null;
      expansions.value = {};
      pathOutcome.value = null;
      info.value = null;
      error.value = null;
    },

    async search(text: string): Promise<void> {
      const { client } = requireConnection();
      const { searchEntities } = await loadEngine();
      const found = await run(`Searching for “${text}”…`, (signal) =>
        searchEntities(client, text, SEARCH_LIMIT, { signal }),
      );
      if (found === undefined) return;
      hits.value = found;
      if (found.length === 0) info.value = `No entity on the endpoint has a name containing “${text}”.`;
    },

    /** Loads an entity with its first page of neighbours (a search hit's Load button). */
    load(iri: string, label: string): Promise<void> {
      return expandIri(iri, label, false);
    },

    /**
     * Expands an entity of the open graph: its next page of neighbours. This is what a double-click on a node should
     * call (the canvas owner wires it); the panel's Expand button calls it for the selected entity.
     */
    expandEntity(key: string): Promise<void> {
      const graph = store.document.peek().graph;
      if (!graph.hasNode(key)) {
        error.value = `There is no entity ${key} in the graph.`;
        return Promise.resolve();
      }
      const iri = getRdfNodeData(graph, key)?.id ?? key;
      if (iri.startsWith('_:')) {
        info.value = 'A blank node has no name the endpoint knows it by, so it cannot be expanded.';
        return Promise.resolve();
      }
      return expandIri(iri, graph.getNodeAttribute(key, 'label'), false);
    },

    async findPaths(from: string, to: string, options: { maxHops: number; direction: PathDirection }): Promise<void> {
      const { client } = requireConnection();
      pathOutcome.value = null;
      const { findRemotePaths, mergeEdit, resolveRemoteEntity } = await loadEngine();
      await run('Finding paths…', async (signal) => {
        const resolve = (name: string) => resolveRemoteEntity(client, name, { signal });
        const [fromIri, toIri] = [await resolve(from), await resolve(to)];
        const outcome = await findRemotePaths(
          client,
          { from: fromIri, to: toIri, mode: 'shortest', maxHops: options.maxHops, k: 1, direction: options.direction },
          {
            signal,
            onProgress: (p) => {
              activity.value = {
                text: `Finding paths: ${p.fromDepth + p.toDepth} of ${options.maxHops} hops searched, ${p.explored.toLocaleString('en-US')} entities, ${p.requests} requests`,
              };
            },
          },
        );
        const { result, graph } = outcome;
        const sections = sectionIndex(graph);
        // Relation types read by their labels ("next"), not their predicate IRIs as the engine's chain has them.
        const chains = result.paths.map((path) => {
          const story = narratePath(graph, path, sections);
          return story.hops.reduce(
            (text, hop) =>
              `${text}${hop.symmetric ? ` —${hop.relationLabel}— ` : hop.reversed ? ` ←${hop.relationLabel}— ` : ` —${hop.relationLabel}→ `}${hop.to.label}`,
            graph.getNodeAttribute(path.nodes[0] as string, 'label'),
          );
        });
        if (result.paths.length > 0) {
          apply(mergeEdit(outcome.pathQuads));
        }
        const length = result.paths[0]?.length;
        let summary =
          length !== undefined
            ? `Shortest path: ${length} hop${length === 1 ? '' : 's'}, added to the graph.`
            : (result.explanation?.sentence ?? 'No path found.');
        if (outcome.incomplete?.stop === 'explore-cap') {
          summary = `Stopped after ${outcome.incomplete.explored.toLocaleString('en-US')} entities without a path; one may exist further out.`;
        }
        pathOutcome.value = { summary, chains };
      });
    },

    cancel() {
      controller?.abort();
    },
  };
}

export type SparqlSession = ReturnType<typeof createSparqlSession>;
