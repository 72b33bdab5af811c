// A fake `electron` for running the BUILT main process (dist/electron/main.js) in plain Node: it
// records what the shell registers, calls one IPC method as the app's page, then quits and reports.
import { EventEmitter } from 'node:events';

const report = { switches: [], schemes: [], channels: [], windows: [], loaded: [], permissionHandlers: 0, protocols: [], menu: [], events: [] };
const handlers = new Map();

class App extends EventEmitter {
  isPackaged = false;
  commandLine = { appendSwitch: (name) => report.switches.push(name) };
  enableSandbox() { report.events.push('enableSandbox'); }
  requestSingleInstanceLock() { return true; }
  whenReady() { return Promise.resolve(); }
  getAppPath() { return process.env.FAKE_APP_PATH; }
  getPath(name) { return `${process.env.FAKE_USER_DATA}/${name}`; }
  quit() {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) {
      report.events.push('quit');
      console.log(JSON.stringify(report));
      process.exit(0);
    }
  }
}
export const app = new App();

class WebContents extends EventEmitter {
  setWindowOpenHandler() {}
  send(channel, ...args) { report.events.push(`send ${channel} ${args.join(' ')}`); }
  closeDevTools() {}
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    report.windows.push(options);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url) {
    report.loaded.push(url);
    setTimeout(async () => {
      // vault.status answers even while locked (first run has no passphrase yet); app.info otherwise.
      const channel = handlers.has('tac:vault.status') ? 'tac:vault.status' : 'tac:app.info';
      report.answer = { channel, result: await handlers.get(channel)({ senderFrame: { url: 'app://tac/index.html' } }, {}) };
      const refused = await handlers.get('tac:families.list')({ senderFrame: { url: 'https://evil.example/' } }, {});
      report.refused = refused;
      app.quit();
    }, 100);
  }
  setTitle() {}
  show() {}
  isDestroyed() { return false; }
  isMinimized() { return false; }
  isMaximized() { return false; }
  getNormalBounds() { return { x: 0, y: 0, width: 1200, height: 850 }; }
}

export const ipcMain = {
  handle(channel, handler) { handlers.set(channel, handler); report.channels.push(channel); },
  removeHandler(channel) { handlers.delete(channel); },
  removeAllListeners() {},
  on() {},
};
const ses = {
  setPermissionRequestHandler() { report.permissionHandlers++; },
  setPermissionCheckHandler() { report.permissionHandlers++; },
  setDevicePermissionHandler() { report.permissionHandlers++; },
  webRequest: { onBeforeRequest() { report.events.push('onBeforeRequest'); } },
  on() {},
  protocol: { handle(scheme) { report.protocols.push(scheme); } },
};
export const session = { defaultSession: ses };
export const protocol = { registerSchemesAsPrivileged(schemes) { report.schemes.push(...schemes); } };
export const Menu = {
  buildFromTemplate(template) { return template; },
  setApplicationMenu(template) { report.menu = template.map((m) => m.label); },
};
export const dialog = { showErrorBox(title) { report.events.push(`error ${title}`); }, showMessageBox() {}, showSaveDialog() {} };
export const shell = { showItemInFolder() {}, openExternal() { report.events.push('openExternal'); } };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] };
export const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 });
export const safeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s).reverse(),
  decryptString: (b) => Buffer.from(b).reverse().toString(),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};
export const contextBridge = {};
export const ipcRenderer = {};
export default { app, BrowserWindow, ipcMain, session, protocol, Menu, dialog, shell, screen, powerMonitor, safeStorage };
