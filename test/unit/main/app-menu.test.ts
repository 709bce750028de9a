// Checks the application menu: usual items and accelerators, commands sent, developer tools only when not packaged.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../graph-data/host-api';
import { buildMenuTemplate } from '../../../main/app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function build(isPackaged: boolean, platform: NodeJS.Platform = 'linux') {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    appName: 'Alliance Atlas',
    platform,
    isPackaged,
    send: (c) => sent.push(c),
    openRecent: { paths: ['/tmp/a.json'], open: () => undefined },
  });
  return { items: flatten(template), top: template, sent };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('menu item has no click handler');
  (item.click as unknown as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus', () => {
    const { top } = build(false);
    expect(top.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it.each([
    ['Open…', 'CmdOrCtrl+O', 'open'],
    ['Save As…', 'CmdOrCtrl+Shift+S', 'save-as'],
    ['PNG Image…', 'CmdOrCtrl+E', 'export-png'],
    ['Zoom In', 'CmdOrCtrl+=', 'zoom-in'],
    ['Zoom Out', 'CmdOrCtrl+-', 'zoom-out'],
    ['Fit Graph', 'CmdOrCtrl+0', 'fit'],
    ['Toggle Dark Mode', 'CmdOrCtrl+Shift+D', 'toggle-theme'],
    ['Find…', 'CmdOrCtrl+F', 'find'],
  ] as const)('%s has %s and sends %s', (label, accelerator, command) => {
    const { items, sent } = build(false);
    const item = items.find((i) => i.label === label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it('offers Quit on Linux and Windows and the app menu on macOS', () => {
    expect(build(true, 'linux').items.some((i) => i.role === 'quit')).toBe(true);
    expect(build(true, 'darwin').top[0]?.role).toBe('appMenu');
  });

  it('has developer tools only when not packaged', () => {
    expect(build(false).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(build(true).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build(true).items.some((i) => i.role === 'reload')).toBe(false);
  });

  it('lists recent files and About', () => {
    const { items, sent } = build(true);
    expect(items.some((i) => i.label === '/tmp/a.json')).toBe(true);
    click(items.find((i) => i.label === 'About Alliance Atlas'));
    expect(sent).toEqual(['about']);
  });
});
