// Owns the preload bridge: named functions built from the IPC contract, exposed to the page; raw ipcRenderer never is.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import {
  EVENT_CHANNELS,
  type FileOpenFailure,
  HOST_BRIDGE_GLOBAL,
  INVOKE_CHANNELS,
  invokeContract,
  MENU_COMMANDS,
  type MenuCommand,
  type OpenedFile,
} from '../graph-data/host-api';

const bridge: Record<string, unknown> = {};
for (const channel of INVOKE_CHANNELS) {
  bridge[invokeContract[channel].method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
}

function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void) {
  const wrapped = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);
const isOpenedFile = (value: unknown): value is OpenedFile =>
  typeof value === 'object' && value !== null && 'bytes' in value && (value as OpenedFile).bytes instanceof Uint8Array;
const isFileOpenFailure = (value: unknown): value is FileOpenFailure =>
  typeof value === 'object' &&
  value !== null &&
  ['path', 'name', 'message'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

bridge.onMenuCommand = (listener: (command: MenuCommand) => void) =>
  subscribe(EVENT_CHANNELS.menuCommand, isMenuCommand, listener);
bridge.onFileOpened = (listener: (file: OpenedFile) => void) =>
  subscribe(EVENT_CHANNELS.fileOpened, isOpenedFile, listener);
bridge.onFileOpenFailed = (listener: (failure: FileOpenFailure) => void) =>
  subscribe(EVENT_CHANNELS.fileOpenFailed, isFileOpenFailure, listener);

contextBridge.exposeInMainWorld(HOST_BRIDGE_GLOBAL, bridge);
