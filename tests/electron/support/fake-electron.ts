// A stand-in for the `electron` module (the binary cannot be downloaded here): spies and event
// emitters with the same names, so the shell's code runs and tests can see what it registered.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
  closeDevTools = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  maximized = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  setTitle = vi.fn();
  show = vi.fn();
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
  getNormalBounds = () => {
    const o = this.options as { x?: number; y?: number; width: number; height: number };
    return { x: o.x ?? 100, y: o.y ?? 80, width: o.width, height: o.height };
  };
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  enableSandbox = vi.fn();
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  commandLine = { appendSwitch: vi.fn() };
  getPath = vi.fn((name: string) => `/tmp/tac-fake-electron/${name}`);
  getAppPath = vi.fn(() => process.cwd());
  whenReady = vi.fn(async () => undefined);
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;

const handlers = new Map<string, (...args: unknown[]) => unknown>();
export const ipcMain = {
  handlers,
  handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    handlers.delete(channel);
  }),
  removeAllListeners: vi.fn(),
  on: vi.fn(),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    on: vi.fn(),
    protocol: { handle: vi.fn() },
  },
};

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const dialog = {
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};
export const shell = { openExternal: vi.fn(), openPath: vi.fn(), showItemInFolder: vi.fn() };
export const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) };
export const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: vi.fn(() => 0) });
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  encryptString: vi.fn((s: string) => Buffer.from(`wrapped:${s}`)),
  decryptString: vi.fn((b: Buffer) => b.toString().replace(/^wrapped:/, '')),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
};
// Only the preload uses these; present so every named import resolves.
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn() };

/** Forget everything registered by an earlier test. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  handlers.clear();
  FakeBrowserWindow.instances = [];
  app.removeAllListeners();
  app.isPackaged = false;
  powerMonitor.removeAllListeners();
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  session,
  protocol,
  Menu,
  dialog,
  shell,
  screen,
  powerMonitor,
  safeStorage,
  contextBridge,
  ipcRenderer,
};
