// Owns the Electron app lifecycle: single instance, the app protocol, the hardened window, menu and IPC wiring.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import {
  EVENT_CHANNELS,
  type FileOpenFailure,
  isOpenFailure,
  type MenuCommand,
  type OpenedFile,
} from '../graph-data/host-api';
import { buildMenuTemplate } from './app-menu';
import { createAppProtocolHandler } from './app-protocol';
import { atomicWriteFileSync } from './atomic-write';
import { findGraphFileArgument, GRAPH_FILE_EXTENSIONS } from './command-line';
import { type FileDialogs, FileService } from './file-service';
import { registerIpcHandlers } from './ipc-handlers';
import { renderSvgToPdf } from './pdf-export';
import { SparqlRequests } from './sparql/sparql-requests';
import { APP_ENTRY_URL, APP_SCHEME, isAllowedNavigation, isTrustedSenderUrl } from './web-security';
import { createWindowOptions } from './window-options';
import { parseWindowState, serializeWindowState } from './window-state';

const rendererRoot = join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | undefined;
let files: FileService;
/** The renderer's SPARQL requests: main does the HTTP so the page's CSP can stay connect-src 'self'. */
const sparql = new SparqlRequests();
/** What main had for the renderer before its page finished loading: delivered on did-finish-load. */
let pendingFile: OpenedFile | undefined;
let pendingFailure: FileOpenFailure | undefined;
/** Mirrors the renderer's unsaved-changes flag so closing can ask first. */
let documentDirty = false;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function windowStatePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function sendToRenderer(channel: string, value: unknown): void {
  mainWindow?.webContents.send(channel, value);
}

function deliverFile(file: OpenedFile): void {
  if (mainWindow && !mainWindow.webContents.isLoading()) sendToRenderer(EVENT_CHANNELS.fileOpened, file);
  else pendingFile = file;
}

/** A file the OS handed us failed to open: the user is told in the window, not only in a log. */
function deliverFailure(failure: FileOpenFailure): void {
  console.error(`Could not open ${failure.path}: ${failure.message}`);
  if (mainWindow && !mainWindow.webContents.isLoading()) sendToRenderer(EVENT_CHANNELS.fileOpenFailed, failure);
  else pendingFailure = failure;
}

/** Command line, second instance, Open Recent menu, macOS open-file. */
function openPathFromOs(path: string): void {
  void files.openPath(path).then((result) => (isOpenFailure(result) ? deliverFailure(result) : deliverFile(result)));
}

function installMenu(): void {
  const template = buildMenuTemplate({
    appName: app.getName(),
    platform: process.platform,
    isPackaged: app.isPackaged,
    send: (command: MenuCommand) => sendToRenderer(EVENT_CHANNELS.menuCommand, command),
    openRecent: { paths: files.recentFiles, open: openPathFromOs },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function serveAppProtocol(): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererRoot, (file) => net.fetch(pathToFileURL(file).toString())),
  );
}

/** The native dialogs, parented to the main window. */
function electronDialogs(): FileDialogs {
  const parent = () => {
    if (!mainWindow) throw new Error('no window');
    return mainWindow;
  };
  return {
    async chooseFileToOpen(startIn) {
      const result = await dialog.showOpenDialog(parent(), {
        title: 'Open graph',
        ...(startIn ? { defaultPath: startIn } : {}),
        properties: ['openFile'],
        filters: [
          { name: 'Graphs', extensions: GRAPH_FILE_EXTENSIONS.map((e) => e.slice(1)) },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName, filter, startIn) {
      const result = await dialog.showSaveDialog(parent(), {
        title: 'Save',
        defaultPath: startIn ? join(startIn, suggestedName) : suggestedName,
        filters: [filter],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Asks before losing unsaved changes; returns true when the window may close. */
function confirmDiscard(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    buttons: ['Discard changes', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Unsaved changes',
    message: 'The graph has unsaved changes.',
    detail: 'Close anyway and lose them?',
  });
  return choice === 0;
}

function createMainWindow(): BrowserWindow {
  const state = parseWindowState(
    readOptional(windowStatePath()),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: join(__dirname, 'preload.cjs'),
      bounds: state.bounds,
      darkBackground: nativeTheme.shouldUseDarkColors,
    }),
  );
  if (state.maximized) window.maximize();
  // Nothing in the app opens windows or links: any attempt is refused, and nothing is opened elsewhere instead.
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-finish-load', () => {
    if (pendingFile) {
      sendToRenderer(EVENT_CHANNELS.fileOpened, pendingFile);
      pendingFile = undefined;
    }
    if (pendingFailure) {
      sendToRenderer(EVENT_CHANNELS.fileOpenFailed, pendingFailure);
      pendingFailure = undefined;
    }
  });
  window.on('close', (event) => {
    if (documentDirty && !confirmDiscard(window)) {
      event.preventDefault();
      return;
    }
    const maximized = window.isMaximized();
    const bounds = maximized ? window.getNormalBounds() : window.getBounds();
    try {
      atomicWriteFileSync(windowStatePath(), serializeWindowState({ bounds, maximized }));
    } catch (error) {
      console.warn('Could not save the window state:', error);
    }
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function registerIpc(): void {
  const win = () => {
    if (!mainWindow) throw new Error('no window');
    return mainWindow;
  };
  registerIpcHandlers(
    ipcMain,
    {
      'file:open': () => files.openWithDialog(),
      'file:open-recent': (path) => files.openRecent(path),
      'file:recent-list': () => files.recentFiles,
      'file:save-as': (request) => files.saveAs(request),
      'file:save-current': (request) => files.saveCurrent(request),
      'export:pdf': async (request) => {
        const pdf = await renderSvgToPdf(request.svg, request.width, request.height);
        return files.saveAs({ suggestedName: request.suggestedName, kind: 'pdf', data: pdf });
      },
      'window:document-state': (state) => {
        win().setTitle(`${state.dirty ? '• ' : ''}${state.title} — Alliance Atlas`);
        win().setDocumentEdited(state.dirty);
        documentDirty = state.dirty;
        return undefined;
      },
      'shell:show-item': (path) => {
        // Only files this session opened or saved (exports included) can be revealed.
        if (!files.isKnownPath(path)) return false;
        shell.showItemInFolder(path);
        return true;
      },
      'sparql:query': (request) => sparql.query(request),
      'sparql:cancel': (requestId) => sparql.cancel(requestId),
      'app:info': () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        isPackaged: app.isPackaged,
      }),
    },
    isTrustedSenderUrl,
  );
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const path = findGraphFileArgument(argv, app.isPackaged);
    if (path) openPathFromOs(path);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (files) openPathFromOs(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation, url) => {
      if (!isAllowedNavigation(url)) navigation.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    files = new FileService({
      userDataDir: app.getPath('userData'),
      dialogs: electronDialogs(),
      // Open Recent follows every open and every save that makes a file current.
      onRecentChange: () => installMenu(),
    });
    hardenSession();
    serveAppProtocol();
    registerIpc();
    installMenu();
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = undefined;
      sparql.cancelAll();
    });
    const initial = findGraphFileArgument(process.argv, app.isPackaged);
    if (initial) openPathFromOs(initial);
  });
}
