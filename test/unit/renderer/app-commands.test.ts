// Checks that a command which fails (the host rejects) tells the user, instead of leaving an unhandled rejection.
import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../graph-data/model/atlas-graph';
import { runCommand } from '../../../renderer/app-commands';
import type { Host } from '../../../renderer/host/host';
import { createAppStore } from '../../../renderer/store/app-store';
import { createWindowContext } from '../../../renderer/window-context';

function failingHost(message: string): Host {
  const fail = async (): Promise<never> => {
    throw new Error(message);
  };
  return {
    kind: 'electron',
    openGraphFile: fail,
    saveFileAs: fail,
    saveCurrentFile: fail,
    exportPdf: fail,
    setDocumentState: () => {},
    getAppInfo: fail,
    onMenuCommand: () => () => {},
    onFileOpened: () => () => {},
    onFileOpenFailed: () => () => {},
    showItemInFolder: fail,
    listRecentFiles: async () => [],
    openRecentFile: fail,
    sparql: { send: fail },
  };
}

describe('runCommand', () => {
  it.each(['open', 'about'] as const)('shows the error when "%s" fails in the host', async (command) => {
    const store = createAppStore({ graph: createAtlasGraph(), fileName: 'g.json' });
    const window = createWindowContext(failingHost('the host is gone'), store, { keyTarget: new EventTarget() });
    await runCommand(window.commands, command);
    window.dispose();
    expect(store.notice.value).toEqual({ kind: 'error', text: 'the host is gone' });
  });
});
