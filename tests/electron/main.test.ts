// The whole shell started with `electron` mocked: before ready it sandboxes and takes the single
// instance lock; after ready it opens the vault and registers the protocol, guards, IPC, window and menu.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { METHOD_NAMES } from '../../src/api';
import { IDLE_LOCK_MINUTES, prepareApp, resolveAppPaths, startApp, type ElectronModules, type RunningApp } from '../../src/main/electron/main';
import { memoryKeyValueStore } from '../../src/main/electron/preferences';
import { openAppCore, type AppCoreOptions } from '../../src/main/app-core';
import { APP_CSP, SECURE_WEB_PREFERENCES } from '../../src/main/electron/security';
import { FakeBrowserWindow, ipcMain, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', () => import('./support/fake-electron'));

const fake = electron as unknown as typeof import('./support/fake-electron');
const fakeModules = electron as unknown as ElectronModules;
let running: RunningApp | undefined;
let dataDir: string;
let rendererDir: string;

function paths() {
  return { dataDir, rendererDir, templatesDir: path.resolve('templates'), preloadPath: '/app/dist/electron/preload.cjs' };
}

const coreOptions: AppCoreOptions[] = [];
/** The real app core; unlocked with a key file here, as the renderer's unlock screen is not part of these tests. */
const openTestCore = (options: AppCoreOptions) => {
  coreOptions.push(options);
  return openAppCore({ ...options, keyFile: path.join(dataDir, 'test.key') } as AppCoreOptions);
};

async function start(extra: Partial<Parameters<typeof startApp>[0]> = {}) {
  running = await startApp({
    electron: fakeModules,
    paths: paths(),
    isPackaged: false,
    isMac: false,
    openAppCore: openTestCore,
    openPreferenceStore: async () => memoryKeyValueStore(),
    ...extra,
  });
  return running!;
}

const appFrame = { senderFrame: { url: 'app://tac/index.html' } };
const invoke = (name: string, input: unknown, event: unknown = appFrame) =>
  ipcMain.handlers.get(`tac:${name}`)!(event, input) as Promise<{ ok: boolean; value?: any; error?: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeEach(() => {
  resetFakeElectron();
  coreOptions.length = 0;
  process.env.TAC_QUIET = '1';
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'tac-electron-'));
  rendererDir = path.join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>TAC Chair</title>');
});

afterEach(async () => {
  await running?.shutdown();
  running = undefined;
});

describe('before the app is ready', () => {
  it('sandboxes every renderer, takes the single-instance lock and registers the app scheme', () => {
    expect(prepareApp(fakeModules)).toBe(true);
    expect(fake.app.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-http-cache');
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('quits straight away when TAC Chair is already open', () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(prepareApp(fakeModules)).toBe(false);
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('guards every page Electron creates, not only the main window', () => {
    prepareApp(fakeModules);
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const event = { preventDefault: vi.fn(), url: 'https://evil.example/' };
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('starting the app', () => {
  it('registers an IPC handler for exactly the contract’s methods', async () => {
    await start();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((n) => `tac:${n}`).sort());
  });

  it('denies permissions, blocks the network and serves the renderer on app:// with the CSP', async () => {
    await start();
    const ses = fake.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(ses.setDevicePermissionHandler).toHaveBeenCalledOnce();
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    const [scheme, handler] = ses.protocol.handle.mock.calls[0];
    expect(scheme).toBe('app');
    const res = await (handler as (r: Request) => Promise<Response>)(new Request('app://tac/'));
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('opens one secure window titled TAC Chair on app://tac', async () => {
    await start();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [win] = FakeBrowserWindow.instances;
    expect(win.options.title).toBe('TAC Chair');
    expect(win.options.webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: '/app/dist/electron/preload.cjs' });
    expect(win.loadURL).toHaveBeenCalledWith('app://tac/index.html');
    const titleChange = { preventDefault: vi.fn() };
    win.emit('page-title-updated', titleChange, 'Error: Jay Fletcher – TAC Chair');
    expect(titleChange.preventDefault).toHaveBeenCalledOnce();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('has no developer tools in a packaged build, and closes them if they are opened', async () => {
    await start({ isPackaged: true });
    const [win] = FakeBrowserWindow.instances;
    expect((win.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
    win.webContents.emit('devtools-opened');
    expect(win.webContents.closeDevTools).toHaveBeenCalledOnce();
    const template = fake.Menu.buildFromTemplate.mock.calls[0][0] as { submenu?: { role?: string }[] }[];
    const roles = template.flatMap((m) => m.submenu ?? []).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });

  it('answers the page through IPC with real records, and refuses a foreign sender', async () => {
    await start();
    const list = await invoke('families.list', {});
    expect(list).toMatchObject({ ok: true, value: { families: [] } });
    const info = await invoke('app.info', {});
    expect(info.value.host).toBe('electron');
    const refused = await invoke('families.list', {}, { senderFrame: { url: 'https://evil.example/' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    const bad = await invoke('families.get', { familyId: '../../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('restores the saved window size and remembers it on close', async () => {
    const store = memoryKeyValueStore({ settingsVersion: 1, window: { x: 60, y: 40, width: 1100, height: 780, maximized: true } });
    await start({ openPreferenceStore: async () => store });
    const [win] = FakeBrowserWindow.instances;
    expect(win.options).toMatchObject({ x: 60, y: 40, width: 1100, height: 780 });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalledOnce();
    win.emit('close');
    expect(store.get('window')).toEqual({ x: 60, y: 40, width: 1100, height: 780, maximized: true });
  });

  it('remembers the last family through host.* in the preferences file, as an id', async () => {
    const store = memoryKeyValueStore();
    await start({ openPreferenceStore: async () => store });
    await invoke('host.rememberFamily', { familyId: 'fam-abcdef12' });
    expect(await invoke('host.lastFamily', {})).toEqual({ ok: true, value: { familyId: 'fam-abcdef12' } });
    expect(store.get('lastFamilyId')).toBe('fam-abcdef12');
  });

  it('gives the vault the computer’s key store for its data key, when it is a real one', async () => {
    await start();
    const osKey = coreOptions[0].osKey!;
    expect(osKey.kind).toBe('safeStorage');
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    expect(await osKey.decrypt(await osKey.encrypt(key))).toEqual(key);
    expect(coreOptions[0]).toMatchObject({ host: 'electron', dataDir, templatesDir: path.resolve('templates') });
  });

  it('leaves the key store out when it would only be a hard-coded password (Linux basic_text)', async () => {
    if (process.platform !== 'linux') return;
    fake.safeStorage.getSelectedStorageBackend.mockReturnValueOnce('basic_text');
    await start();
    expect(coreOptions[0].osKey).toBeUndefined();
  });

  it('removes electron-store’s own IPC listener, which the app never needs', async () => {
    await start();
    expect(fake.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });

  it('carries on with default preferences when the preferences file cannot be opened', async () => {
    const app = await start({ openPreferenceStore: async () => { throw new Error('EACCES'); } });
    expect(app).toBeDefined();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('tells the user plainly and quits when the records folder cannot be opened', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await start({ openAppCore: async () => { throw new Error('EACCES: permission denied'); } });
    expect(result).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0];
    expect(title).toBe('TAC Chair cannot open its records');
    expect(message).not.toContain('EACCES');
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('never opens anything outside the app, whatever the page or menu does', async () => {
    await start();
    const [win] = FakeBrowserWindow.instances;
    fake.app.emit('web-contents-created', {}, win.webContents);
    await invoke('families.list', { query: 'https://evil.example/' });
    const template = fake.Menu.buildFromTemplate.mock.calls[0][0] as { submenu?: { click?: () => void }[] }[];
    for (const item of template.flatMap((m) => m.submenu ?? [])) item.click?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(fake.shell.openPath).not.toHaveBeenCalled();
  });
});

describe('the menu', () => {
  type Item = { id?: string; label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const items = () => (fake.Menu.buildFromTemplate.mock.calls[0][0] as Item[]).flatMap((m) => m.submenu ?? []);

  it('has File, Edit, View and Help, with Lock on Ctrl/Cmd+L', async () => {
    await start();
    const template = fake.Menu.buildFromTemplate.mock.calls[0][0] as Item[];
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const lock = items().find((i) => i.id === 'lock')!;
    expect(lock.accelerator).toBe('CmdOrCtrl+L');
    expect(items().find((i) => i.role === 'quit')?.accelerator).toBe('Ctrl+Q');
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(items().map((i) => i.role), role).toContain(role);
    }
  });

  it('locks from the menu: locks the vault, then tells the page, which can show its lock screen', async () => {
    const app = await start();
    const dispatch = vi.spyOn(app.core, 'dispatch');
    items().find((i) => i.id === 'lock')!.click!();
    const [win] = FakeBrowserWindow.instances;
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith('tac:event', 'lock'));
    if (METHOD_NAMES.includes('vault.lock')) {
      expect(dispatch).toHaveBeenCalledWith('vault.lock', {});
      expect(await invoke('families.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
      expect(await invoke('host.lastFamily', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
  });

  it('locks after the computer has been left alone for a while, once', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await start();
      const [win] = FakeBrowserWindow.instances;
      fake.powerMonitor.getSystemIdleTime.mockReturnValue(IDLE_LOCK_MINUTES * 60 - 30);
      vi.advanceTimersByTime(60_000);
      expect(win.webContents.send).not.toHaveBeenCalled();
      fake.powerMonitor.getSystemIdleTime.mockReturnValue(IDLE_LOCK_MINUTES * 60 + 5);
      vi.advanceTimersByTime(90_000);
      await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledTimes(1));
    } finally {
      vi.useRealTimers();
      fake.powerMonitor.getSystemIdleTime.mockReturnValue(0);
    }
  });

  it('locks when the computer is locked or goes to sleep', async () => {
    await start();
    const [win] = FakeBrowserWindow.instances;
    fake.powerMonitor.emit('lock-screen');
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledTimes(1));
    fake.powerMonitor.emit('suspend');
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledTimes(2));
  });

  it('shows About with the version and says nothing is sent anywhere', async () => {
    await start();
    items().find((i) => i.id === 'about')!.click!();
    const [, options] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [unknown, { title: string; detail: string }];
    expect(options.title).toBe('About TAC Chair');
    expect(options.detail).toMatch(/Version \d+\.\d+\.\d+/);
    expect(options.detail).toMatch(/sends nothing over the internet/);
  });

  it('puts the app menu first on a Mac', async () => {
    await start({ isMac: true });
    const template = fake.Menu.buildFromTemplate.mock.calls[0][0] as Item[];
    expect(template.map((m) => m.label)).toEqual(['TAC Chair', 'File', 'Edit', 'View', 'Help']);
  });
});

describe('quitting', () => {
  it('closes the records folder before the app exits, and stops answering IPC', async () => {
    const app = await start();
    const close = vi.spyOn(app.core, 'close');
    const quitEvent = { preventDefault: vi.fn() };
    fake.app.emit('before-quit', quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledOnce());
    expect(close).toHaveBeenCalledOnce();
    expect(ipcMain.handlers.size).toBe(0);
    // The second before-quit (from app.quit) is let through.
    const second = { preventDefault: vi.fn() };
    fake.app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('quits when the window is closed, on every platform', async () => {
    await start();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledOnce();
  });

  it('brings the window forward when someone opens TAC Chair a second time', async () => {
    await start();
    fake.app.emit('second-instance');
    expect(FakeBrowserWindow.instances[0].focus).toHaveBeenCalledOnce();
  });
});

describe('where things live', () => {
  it('reads templates beside the packaged app, and from the repository in development', () => {
    const packaged = resolveAppPaths({ isPackaged: true, appPath: '/opt/TAC Chair/resources/app.asar', resourcesPath: '/opt/TAC Chair/resources', userData: '/home/chair/.config/TAC Chair', env: { TAC_DATA_DIR: '/tmp/x' } });
    expect(packaged).toEqual({
      dataDir: '/home/chair/.config/TAC Chair',
      templatesDir: path.join('/opt/TAC Chair/resources', 'templates'),
      rendererDir: path.join('/opt/TAC Chair/resources/app.asar', 'dist', 'renderer'),
      preloadPath: path.join('/opt/TAC Chair/resources/app.asar', 'dist', 'electron', 'preload.cjs'),
    });
    const dev = resolveAppPaths({ isPackaged: false, appPath: '/work/main', resourcesPath: '/x', userData: '/home/chair/.config/Electron', env: { TAC_DATA_DIR: '/tmp/tac-e2e' } });
    expect(dev.templatesDir).toBe(path.join('/work/main', 'templates'));
    expect(dev.dataDir).toBe('/tmp/tac-e2e');
  });
});
