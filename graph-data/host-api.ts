// Owns the IPC contract: every channel between renderer and main, its argument schema and result type. Both sides build from this file.
import { z } from 'zod';
import type { SparqlErrorKind } from './sparql/sparql-errors';
import {
  checkEndpointUrl,
  MAX_ENDPOINT_CHARS,
  MAX_QUERY_CHARS,
  MAX_TIMEOUT_MS,
  MIN_TIMEOUT_MS,
  type SparqlHttpResponse,
} from './sparql/sparql-transport';

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'open',
  'save',
  'save-as',
  'export-png',
  'export-svg',
  'export-pdf',
  'find',
  'zoom-in',
  'zoom-out',
  'fit',
  'reset-view',
  'toggle-theme',
  'about',
  'connect-sparql',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const SAVE_KINDS = [
  'graph-json',
  'gexf',
  'graphml',
  'csv',
  'turtle',
  'ntriples',
  'jsonld',
  'png',
  'svg',
  'pdf',
  'markdown',
  /** Plain JSON data that is not a graph (path results): its own kind, so it gets a JSON filter and never becomes current. */
  'json-export',
  'workspace',
] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

/**
 * The one rule of which saves make the written file the document's own, so that Save writes back to it: a whole
 * graph in a format that reopens as one file, or a workspace. A CSV pair is two files, and images and exports are
 * not the document. Main's FileService, the renderer's file controller and the tests' fake host all use this.
 */
const CURRENT_FILE_KINDS: ReadonlySet<SaveKind> = new Set<SaveKind>(['graph-json', 'gexf', 'graphml', 'workspace']);

export function saveMakesCurrent(kind: SaveKind): boolean {
  return CURRENT_FILE_KINDS.has(kind);
}

/** A file the user chose, handed to the renderer as bytes: parsing stays in graph-data, off main. */
export interface OpenedFile {
  name: string;
  path: string;
  bytes: Uint8Array;
}

export interface SavedFile {
  path: string;
  name: string;
}

/** A file main could not read for the renderer (chosen in a dialog, on the recent list, or from the OS). */
export interface FileOpenFailure {
  path: string;
  name: string;
  /** Why, in words, without the name: "the file does not exist". */
  message: string;
}

/** What asking main to open a file gives: the file, why it could not be read, or null when the user cancelled. */
export type HostOpenResult = OpenedFile | FileOpenFailure | null;

export function isOpenFailure(result: HostOpenResult): result is FileOpenFailure {
  return result !== null && !('bytes' in result);
}

/** The one sentence the user reads when a file could not be read. */
export function openFailureText(failure: FileOpenFailure): string {
  return `Could not open ${failure.name}: ${failure.message}. The current graph is unchanged.`;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  isPackaged: boolean;
}

const MAX_SAVE_BYTES = 512 * 1024 * 1024;
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((s) => !/[\\/\0]/.test(s), 'must be a bare file name');
const pathSchema = z.string().min(1).max(4096);
/** The SVG a PDF is printed from: far above any export of a real graph, far below what would stall main. */
export const MAX_PDF_SVG_CHARS = 64 * 1024 * 1024;
/** The largest drawing a PDF is asked for, in CSS px: above any real export; main scales pages past 200 in down. */
export const MAX_PDF_PAGE_PX = 100_000;
const saveDataSchema = z.union([
  z.string().max(MAX_SAVE_BYTES),
  z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes'),
]);

// ---- SPARQL endpoints (issue 13): main does the HTTP for the desktop renderer, whose CSP stays connect-src 'self'. ----

/** Only an http(s) endpoint URL that passes the client's own rules (no credentials, no fragment) is ever contacted. */
const sparqlEndpointSchema = z
  .string()
  .max(MAX_ENDPOINT_CHARS)
  .refine((value) => {
    try {
      checkEndpointUrl(value);
      return true;
    } catch {
      return false;
    }
  }, 'must be an http(s) SPARQL endpoint URL without credentials');

const sparqlRequestIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a request id');

export const sparqlRequestSchema = z.object({
  /** Chosen by the renderer, so it can cancel the request (`sparql:cancel`). */
  requestId: sparqlRequestIdSchema,
  endpoint: sparqlEndpointSchema,
  query: z.string().min(1).max(MAX_QUERY_CHARS),
  timeoutMs: z.number().int().min(MIN_TIMEOUT_MS).max(MAX_TIMEOUT_MS),
});
export type SparqlIpcRequest = z.infer<typeof sparqlRequestSchema>;

/** Errors cross IPC as data (an Error loses its fields there); the renderer rebuilds the SparqlError. */
export type SparqlIpcResult =
  | { ok: true; response: SparqlHttpResponse }
  | { ok: false; kind: SparqlErrorKind; detail: string; status?: number };

const sparqlInvokeContract = {
  'sparql:query': {
    method: 'sparqlQuery',
    args: z.tuple([sparqlRequestSchema]),
    result: null as unknown as SparqlIpcResult,
  },
  'sparql:cancel': {
    method: 'sparqlCancel',
    args: z.tuple([sparqlRequestIdSchema]),
    result: null as unknown as boolean,
  },
} as const;

/**
 * The invoke channels (renderer asks, main answers). `method` is the name the preload exposes; `args` is the
 * schema main validates before any handler runs; `result` is only a type marker.
 */
export const invokeContract = {
  'file:open': { method: 'openGraphFile', args: z.tuple([]), result: null as unknown as HostOpenResult },
  'file:open-recent': {
    method: 'openRecentFile',
    args: z.tuple([pathSchema]),
    result: null as unknown as HostOpenResult,
  },
  'file:recent-list': { method: 'listRecentFiles', args: z.tuple([]), result: null as unknown as string[] },
  'file:save-as': {
    method: 'saveFileAs',
    args: z.tuple([z.object({ suggestedName: fileNameSchema, kind: z.enum(SAVE_KINDS), data: saveDataSchema })]),
    result: null as unknown as SavedFile | null,
  },
  'file:save-current': {
    method: 'saveCurrentFile',
    // `path` is the renderer's document: main writes only when it is a file of this session that Save may write to.
    args: z.tuple([z.object({ path: pathSchema, data: saveDataSchema })]),
    result: null as unknown as SavedFile | null,
  },
  'export:pdf': {
    method: 'exportPdf',
    args: z.tuple([
      z.object({
        suggestedName: fileNameSchema,
        svg: z.string().max(MAX_PDF_SVG_CHARS),
        // CSS pixels of the page; bounded so no size reaches BrowserWindow or printToPDF unchecked.
        width: z.number().finite().min(1).max(MAX_PDF_PAGE_PX),
        height: z.number().finite().min(1).max(MAX_PDF_PAGE_PX),
      }),
    ]),
    result: null as unknown as SavedFile | null,
  },
  'window:document-state': {
    method: 'setDocumentState',
    args: z.tuple([z.object({ title: z.string().max(512), dirty: z.boolean() })]),
    result: null as unknown as undefined,
  },
  'shell:show-item': {
    method: 'showItemInFolder',
    args: z.tuple([pathSchema]),
    result: null as unknown as boolean,
  },
  'app:info': { method: 'getAppInfo', args: z.tuple([]), result: null as unknown as AppInfo },
  ...sparqlInvokeContract,
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export const INVOKE_CHANNELS = Object.keys(invokeContract) as InvokeChannel[];
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = (typeof invokeContract)[C]['result'];

/** The events main pushes to the renderer. */
export const EVENT_CHANNELS = {
  menuCommand: 'event:menu-command',
  fileOpened: 'event:file-opened',
  fileOpenFailed: 'event:file-open-failed',
} as const;

/** The bridge the preload exposes as `window.atlasHost`: one named function per invoke channel, plus event subscriptions. */
export type HostBridge = {
  [C in InvokeChannel as (typeof invokeContract)[C]['method']]: (...args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  onFileOpenFailed(listener: (failure: FileOpenFailure) => void): () => void;
};

export const HOST_BRIDGE_GLOBAL = 'atlasHost';
