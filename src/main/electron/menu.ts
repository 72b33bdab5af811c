// The native menu as data: File (Lock, Quit), Edit (standard roles), View (zoom; developer tools
// only in development builds) and Help (About). Every item has a keyboard shortcut or a role.
import type { MenuItemConstructorOptions } from 'electron';
import { APP_VERSION } from '../version';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export interface MenuActions {
  isMac: boolean;
  /** Packaged builds have no developer tools and no reload. */
  packaged: boolean;
  onLock: () => void;
  onAbout: () => void;
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, packaged } = actions;
  const label = (text: string) => (isMac ? text.replace('&', '') : text);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const lock: MenuItemConstructorOptions = {
    id: 'lock',
    label: 'Lock TAC Chair',
    accelerator: LOCK_ACCELERATOR,
    click: () => actions.onLock(),
  };
  const about = (id: string): MenuItemConstructorOptions => ({ id, label: 'About TAC Chair', click: () => actions.onAbout() });

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'TAC Chair',
      submenu: [about('about-app'), separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit', label: 'Quit TAC Chair' }],
    });
  }
  template.push({
    label: label('&File'),
    submenu: isMac
      ? [lock, separator, { role: 'close', label: 'Close window' }]
      : [lock, separator, { id: 'quit', role: 'quit', label: 'Quit TAC Chair', accelerator: 'Ctrl+Q' }],
  });
  template.push({
    label: label('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  });
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Make text bigger' },
    { role: 'zoomOut', label: 'Make text smaller' },
    { role: 'resetZoom', label: 'Actual size' },
    separator,
    { role: 'togglefullscreen' },
  ];
  if (!packaged) view.push(separator, { role: 'reload' }, { role: 'toggleDevTools' });
  template.push({ label: label('&View'), submenu: view });
  template.push({ label: label('&Help'), role: 'help', submenu: [about('about')] });
  return template;
}

export function aboutDetail(): string {
  return [
    `Version ${APP_VERSION}`,
    'For chairing Team Around the Child and Team Around the Family meetings.',
    'Everything stays on this computer: TAC Chair sends nothing over the internet.',
  ].join('\n');
}
