// The Electron shell's entry point: sandbox and single instance before ready, then the vault, the
// app protocol, guarded sessions, IPC from the contract, the window and the menu; the vault closes on quit.
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import type { BrowserWindow as BrowserWindowType } from 'electron';
import { METHOD_NAMES } from '../../api';
import { openAppCore, type AppCore } from '../app-core';
import { log } from '../log';
import { createElectronHost, type ElectronHost } from './host-handlers';
import { EVENT_CHANNEL, registerIpc } from './ipc';
import { aboutDetail, buildMenuTemplate } from './menu';
import { createPreferences, memoryKeyValueStore, openPreferenceStore, type KeyValueStore, type Preferences } from './preferences';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { blockNetwork, denyAllPermissions, registerContentsGuards, WINDOW_TITLE } from './security';
import { allowFamilyScreen, createMainWindow } from './window';
import { readSettings } from '../storage/vault-files';
import { DEFAULT_LOCK_AFTER_MINUTES } from '../../api/vault';
import { safeStorageKeyWrapper, type SafeStorageKeyWrapper } from './os-key';

/**
 * Lock when nobody has touched the keyboard or mouse for this long (the computer's own idle time),
 * until the user chooses another number of minutes in Settings (vault.setLockAfter).
 */
export const IDLE_LOCK_MINUTES = DEFAULT_LOCK_AFTER_MINUTES;
const IDLE_CHECK_MS = 30_000;

/** The parts of `electron` the shell uses, passed in so tests can hand over fakes. */
export type ElectronModules = Pick<
  typeof import('electron'),
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'powerMonitor' | 'protocol' | 'safeStorage' | 'screen' | 'session' | 'shell'
>;

export interface AppPaths {
  dataDir: string;
  templatesDir: string;
  rendererDir: string;
  preloadPath: string;
}

export function resolveAppPaths(input: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  userData: string;
  env: Record<string, string | undefined>;
}): AppPaths {
  return {
    // A development build may be pointed at a throwaway folder (end-to-end tests); a packaged one never.
    dataDir: !input.isPackaged && input.env.TAC_DATA_DIR ? path.resolve(input.env.TAC_DATA_DIR) : input.userData,
    templatesDir: input.isPackaged ? path.join(input.resourcesPath, 'templates') : path.join(input.appPath, 'templates'),
    rendererDir: path.join(input.appPath, 'dist', 'renderer'),
    preloadPath: path.join(input.appPath, 'dist', 'electron', 'preload.cjs'),
  };
}

/** Before ready: sandbox every renderer, one copy of the app only, the `app:` scheme, guards on every page. */
export function prepareApp(e: Pick<ElectronModules, 'app' | 'protocol'>): boolean {
  e.app.enableSandbox();
  if (!e.app.requestSingleInstanceLock()) {
    e.app.quit();
    return false;
  }
  e.app.commandLine.appendSwitch('disable-http-cache');
  registerAppScheme(e.protocol);
  e.app.on('web-contents-created', (_event, contents) => registerContentsGuards(contents));
  return true;
}

export interface StartDeps {
  electron: ElectronModules;
  paths: AppPaths;
  isPackaged: boolean;
  isMac?: boolean;
  demo?: boolean;
  openAppCore?: typeof openAppCore;
  openPreferenceStore?: () => Promise<KeyValueStore>;
}

export interface RunningApp {
  core: AppCore;
  window: BrowserWindowType;
  preferences: Preferences;
  host: ElectronHost;
  /** Lock now (menu, shortcut, screen lock, sleep): locks the vault when it can and tells the page. */
  lock(): Promise<void>;
  /** Stop answering IPC and close the vault cleanly. Safe to call more than once. */
  shutdown(): Promise<void>;
}

/** After ready: everything the running app needs. Undefined when the vault cannot be opened. */
export async function startApp(deps: StartDeps): Promise<RunningApp | undefined> {
  const { app: electronApp, dialog: electronDialog } = deps.electron;
  let core: AppCore;
  try {
    core = await (deps.openAppCore ?? openAppCore)({
      dataDir: deps.paths.dataDir,
      host: 'electron',
      templatesDir: deps.paths.templatesDir,
      demo: deps.demo,
      ...osKeyOptions(deps.electron.safeStorage),
    });
  } catch (error) {
    log.error('The records folder could not be opened', error);
    electronDialog.showErrorBox(
      'TAC Chair cannot open its records',
      'TAC Chair could not open the folder where it keeps its records, so it will close. Nothing has been changed or deleted. Restart the computer and try again; if it happens again, ask your IT support for help.',
    );
    electronApp.quit();
    return undefined;
  }

  const preferences = createPreferences(await openPreferencesSafely(deps));
  // electron-store answers a sync IPC message with folder paths; the app never needs it.
  deps.electron.ipcMain.removeAllListeners('electron-store-get-data');

  const ses = deps.electron.session.defaultSession;
  denyAllPermissions(ses);
  blockNetwork(ses);
  registerAppProtocol(ses, deps.paths.rendererDir);

  const host = createElectronHost({
    dialog: electronDialog,
    shell: deps.electron.shell,
    getWindow: () => (win && !win.isDestroyed() ? win : undefined),
    preferences,
    defaultDir: () => electronApp.getPath('documents'),
  });
  const unregisterIpc = registerIpc(deps.electron.ipcMain, core.dispatch, host.handlers, {
    isLocked: () => core.session !== undefined && !core.session.isUnlocked,
  });

  const win: BrowserWindowType = createMainWindow({
    BrowserWindow: deps.electron.BrowserWindow,
    screen: deps.electron.screen,
    preferences,
    preloadPath: deps.paths.preloadPath,
    devTools: !deps.isPackaged,
  });
  const mainWindow = win;
  const familyScreens = allowFamilyScreen(mainWindow, { preloadPath: deps.paths.preloadPath, devTools: !deps.isPackaged });

  const lock = async () => {
    if (METHOD_NAMES.includes('vault.lock')) {
      const result = await core.dispatch('vault.lock', {});
      if (!result.ok) log.warn(`Locking the vault failed (${result.error.code})`);
    }
    familyScreens.closeAll();
    if (!mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, 'lock');
  };
  const showAbout = () =>
    void electronDialog.showMessageBox(mainWindow, { type: 'info', title: `About ${WINDOW_TITLE}`, message: WINDOW_TITLE, detail: aboutDetail(), buttons: ['OK'], noLink: true });

  const { Menu: menu } = deps.electron;
  menu.setApplicationMenu(
    menu.buildFromTemplate(
      buildMenuTemplate({ isMac: deps.isMac ?? process.platform === 'darwin', packaged: deps.isPackaged, onLock: () => void lock(), onAbout: showAbout }),
    ),
  );
  // Lock as soon as the computer is locked or goes to sleep, and after a while with no one at it.
  const { powerMonitor: power } = deps.electron;
  power.on('lock-screen', () => void lock());
  power.on('suspend', () => void lock());
  let idleLocked = false;
  let lockAfterMinutes = IDLE_LOCK_MINUTES;
  const idleTimer = setInterval(() => {
    const idle = power.getSystemIdleTime() >= lockAfterMinutes * 60;
    if (idle && !idleLocked) void lock();
    idleLocked = idle;
    // The user's setting (plain settings.json, nothing personal), used from the next check on.
    void readSettings(core.vault.dir).then((s) => (lockAfterMinutes = s.lockAfterMinutes ?? IDLE_LOCK_MINUTES), () => undefined);
  }, IDLE_CHECK_MS);
  idleTimer.unref();

  let closing: Promise<void> | undefined;
  let closed = false;
  const shutdown = () =>
    (closing ??= (async () => {
      clearInterval(idleTimer);
      unregisterIpc();
      try {
        await core.close();
        log.info('Closed the records folder cleanly.');
      } catch (error) {
        log.error('Closing the records folder failed', error);
      }
      closed = true;
    })());
  electronApp.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void shutdown().then(() => electronApp.quit());
  });
  electronApp.on('window-all-closed', () => electronApp.quit());
  electronApp.on('second-instance', () => {
    if (mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  return { core, window: mainWindow, preferences, host, lock, shutdown };
}

/**
 * The computer's key store for the vault's data key, when it is a real one. Otherwise the passphrase is
 * used, and the reason goes to the app core so the passphrase pages can say why (vault.status keyStoreNote).
 */
export function osKeyOptions(safeStorage: ElectronModules['safeStorage']): { osKey?: SafeStorageKeyWrapper; osKeyProblem?: string } {
  try {
    const check = safeStorageKeyWrapper(safeStorage);
    if (check.available) return { osKey: check.wrapper };
    log.warn(check.reason);
    return { osKeyProblem: check.reason };
  } catch (error) {
    log.warn(`The computer's key store could not be checked (${(error as Error).name}).`);
    return { osKeyProblem: 'This computer’s keychain could not be checked, so TAC Chair needs its passphrase.' };
  }
}

async function openPreferencesSafely(deps: StartDeps): Promise<KeyValueStore> {
  try {
    return await (deps.openPreferenceStore ?? openPreferenceStore)();
  } catch (error) {
    // Only window size and the last family are lost; records are not affected.
    log.warn(`The preferences file could not be opened (${(error as Error).name}); using defaults for now.`);
    return memoryKeyValueStore();
  }
}

const electronModules: ElectronModules = { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, screen, session, shell };

export async function main(): Promise<RunningApp | undefined> {
  if (!prepareApp(electronModules)) return undefined;
  await app.whenReady();
  const paths = resolveAppPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
    env: process.env,
  });
  return startApp({ electron: electronModules, paths, isPackaged: app.isPackaged, demo: !app.isPackaged && process.env.TAC_DEMO === '1' });
}

// Runs only inside Electron's main process; importing this file in a test does nothing.
if (process.versions.electron && process.type === 'browser') void main();
