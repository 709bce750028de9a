// Owns the application menu as data: the usual items and accelerators, each sending a command to the renderer.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../graph-data/host-api';

export interface MenuInput {
  appName: string;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  send(command: MenuCommand): void;
  openRecent: { paths: string[]; open(path: string): void };
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const { send } = input;
  const isMac = input.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const recentItems: MenuItemConstructorOptions[] =
    input.openRecent.paths.length === 0
      ? [{ label: 'No recent files', enabled: false }]
      : input.openRecent.paths.map((path) => ({ label: path, click: () => input.openRecent.open(path) }));

  const viewItems: MenuItemConstructorOptions[] = [
    command('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
    command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
    command('Fit Graph', 'fit', 'CmdOrCtrl+0'),
    command('Reset View', 'reset-view', 'CmdOrCtrl+Shift+0'),
    { type: 'separator' },
    command('Toggle Dark Mode', 'toggle-theme', 'CmdOrCtrl+Shift+D'),
    { role: 'togglefullscreen' },
  ];
  if (!input.isPackaged) {
    viewItems.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  }

  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        command('Open…', 'open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recentItems },
        command('Connect to SPARQL Endpoint…', 'connect-sparql'),
        { type: 'separator' },
        command('Save', 'save', 'CmdOrCtrl+S'),
        command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
        {
          label: 'Export',
          submenu: [
            command('PNG Image…', 'export-png', 'CmdOrCtrl+E'),
            command('SVG Image…', 'export-svg'),
            command('PDF Document…', 'export-pdf'),
          ],
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find…', 'find', 'CmdOrCtrl+F'),
      ],
    },
    { label: '&View', submenu: viewItems },
    { role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: [command(`About ${input.appName}`, 'about')] },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}
