// Owns the IPC contract: every channel between renderer and main, its argument schema and result type. Both sides build from this file.
import { z } from 'zod';

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
  'workspace',
] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

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
const saveDataSchema = z.union([
  z.string().max(MAX_SAVE_BYTES),
  z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes'),
]);

/**
 * The invoke channels (renderer asks, main answers). `method` is the name the preload exposes; `args` is the
 * schema main validates before any handler runs; `result` is only a type marker.
 */
export const invokeContract = {
  'file:open': { method: 'openGraphFile', args: z.tuple([]), result: null as unknown as OpenedFile | null },
  'file:open-recent': {
    method: 'openRecentFile',
    args: z.tuple([z.string().min(1).max(4096)]),
    result: null as unknown as OpenedFile | null,
  },
  'file:recent-list': { method: 'listRecentFiles', args: z.tuple([]), result: null as unknown as string[] },
  'file:save-as': {
    method: 'saveFileAs',
    args: z.tuple([z.object({ suggestedName: fileNameSchema, kind: z.enum(SAVE_KINDS), data: saveDataSchema })]),
    result: null as unknown as SavedFile | null,
  },
  'file:save-current': {
    method: 'saveCurrentFile',
    args: z.tuple([z.object({ data: saveDataSchema })]),
    result: null as unknown as SavedFile | null,
  },
  'export:pdf': {
    method: 'exportPdf',
    args: z.tuple([z.object({ suggestedName: fileNameSchema, svg: z.string().max(MAX_SAVE_BYTES) })]),
    result: null as unknown as SavedFile | null,
  },
  'window:document-state': {
    method: 'setDocumentState',
    args: z.tuple([z.object({ title: z.string().max(512), dirty: z.boolean() })]),
    result: null as unknown as undefined,
  },
  'shell:open-external': {
    method: 'openExternal',
    args: z.tuple([z.string().max(2048)]),
    result: null as unknown as boolean,
  },
  'shell:show-item': {
    method: 'showItemInFolder',
    args: z.tuple([z.string().min(1).max(4096)]),
    result: null as unknown as boolean,
  },
  'app:info': { method: 'getAppInfo', args: z.tuple([]), result: null as unknown as AppInfo },
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export const INVOKE_CHANNELS = Object.keys(invokeContract) as InvokeChannel[];
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = (typeof invokeContract)[C]['result'];

/** The events main pushes to the renderer. */
export const EVENT_CHANNELS = {
  menuCommand: 'event:menu-command',
  fileOpened: 'event:file-opened',
} as const;

/** The bridge the preload exposes as `window.atlasHost`: one named function per invoke channel, plus event subscriptions. */
export type HostBridge = {
  [C in InvokeChannel as (typeof invokeContract)[C]['method']]: (...args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
};

export const HOST_BRIDGE_GLOBAL = 'atlasHost';
