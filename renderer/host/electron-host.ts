// Owns the Host implementation over the preload bridge (window.atlasHost) in the desktop app.
import { HOST_BRIDGE_GLOBAL, type HostBridge } from '../../graph-data/host-api';
import type { Host } from './host';
import { createIpcSparqlTransport } from './sparql-transports';

export function findHostBridge(): HostBridge | undefined {
  return (window as unknown as Record<string, HostBridge | undefined>)[HOST_BRIDGE_GLOBAL];
}

export function createElectronHost(bridge: HostBridge): Host {
  return {
    kind: 'electron',
    openGraphFile: () => bridge.openGraphFile(),
    saveFileAs: (suggestedName, kind, data) => bridge.saveFileAs({ suggestedName, kind, data }),
    saveCurrentFile: (path, data) => bridge.saveCurrentFile({ path, data }),
    exportPdf: (suggestedName, svg, size) => bridge.exportPdf({ suggestedName, svg, ...size }),
    setDocumentState: (title, dirty) => {
      void bridge.setDocumentState({ title, dirty });
    },
    getAppInfo: () => bridge.getAppInfo(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onFileOpened: (listener) => bridge.onFileOpened(listener),
    onFileOpenFailed: (listener) => bridge.onFileOpenFailed(listener),
    showItemInFolder: (path) => bridge.showItemInFolder(path),
    listRecentFiles: () => bridge.listRecentFiles(),
    openRecentFile: (path) => bridge.openRecentFile(path),
    sparql: createIpcSparqlTransport(bridge),
  };
}
