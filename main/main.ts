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
import { EVENT_CHANNELS, type MenuCommand, type OpenedFile } from '../graph-data/host-api';
import { buildMenuTemplate } from './app-menu';
import { atomicWriteFileSync } from './atomic-write';
import { findGraphFileArgument } from './command-line';
import { FileService } from './file-service';
import { registerIpcHandlers } from './ipc-handlers';
import { renderSvgToPdf } from './pdf-export';
import { SparqlRequests } from './sparql/sparql-requests';
import { mimeTypeFor, resolveStaticAsset } from './static-assets';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSenderUrl,
} from './web-security';
import { createWindowOptions } from './window-options';
import { parseWindowState, serializeWindowState } from './window-state';

const rendererRoot = join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | undefined;
let files: FileService;
/** The renderer's SPARQL requests: main does the HTTP so the page's CSP can stay connect-src 'self'. */
const sparql = new SparqlRequests();
let pendingFile: OpenedFile | undefined;
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

function openPathFromOs(path: string): void {
  try {
    deliverFile(files.readGraphFile(path));
  } catch (error) {
    console.error(`Could not open ${path}:`, error);
  }
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
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticAsset(rendererRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString()).then(
      (response) =>
        new Response(response.body, {
          status: response.status,
          headers: { 'content-type': mimeTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
        }),
    );
  });
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
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
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
      'file:open': () => files.openWithDialog(win()),
      'file:open-recent': (path) => files.openRecent(path),
      'file:recent-list': () => files.recentFiles,
      'file:save-as': async (request) => {
        const saved = await files.saveAs(win(), request);
        installMenu();
        return saved;
      },
      'file:save-current': (request) => files.saveCurrent(request.data),
      'export:pdf': async (request) => {
        const pdf = await renderSvgToPdf(request.svg);
        return files.saveAs(win(), { suggestedName: request.suggestedName, kind: 'pdf', data: pdf });
      },
      'window:document-state': (state) => {
        win().setTitle(`${state.dirty ? '• ' : ''}${state.title} — Alliance Atlas`);
        win().setDocumentEdited(state.dirty);
        documentDirty = state.dirty;
        return undefined;
      },
      'shell:open-external': async (url) => {
        if (!isSafeExternalUrl(url)) return false;
        await shell.openExternal(url);
        return true;
      },
      'shell:show-item': (path) => {
        // Only files this session saved or opened can be revealed.
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
    files = new FileService(app.getPath('userData'));
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
