// The Electron security checklist, asserted without a binary: a window that cannot reach Node,
// cannot leave the app, cannot open windows or ask for the camera, and only answers its own page.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  APP_CSP,
  APP_ORIGIN,
  SECURE_WEB_PREFERENCES,
  SECURITY_HEADERS,
  blockNetwork,
  buildMainWindowOptions,
  denyAllPermissions,
  isAllowedNavigation,
  isAllowedRequest,
  registerContentsGuards,
  validateSender,
} from '../../src/main/electron/security';

vi.mock('electron', () => import('./support/fake-electron'));

const FOREIGN_URLS = [
  'https://evil.example/',
  'https://app',
  'http://tac/',
  'app://tac.evil/index.html',
  'app://evil.tac/index.html',
  'app://tac@evil/index.html',
  'app://evil/?next=app://tac/',
  'app://tac:8080/index.html',
  'app://user:pass@tac/index.html',
  'file:///etc/passwd',
  'file:///C:/Users/chair/Documents/minutes.docx',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'tac://app/',
  'not a url',
  '',
];

describe('window preferences', () => {
  it('isolates the page from Node: context isolation, sandbox, no Node integration anywhere', () => {
    expect(SECURE_WEB_PREFERENCES.contextIsolation).toBe(true);
    expect(SECURE_WEB_PREFERENCES.sandbox).toBe(true);
    expect(SECURE_WEB_PREFERENCES.nodeIntegration).toBe(false);
    expect(SECURE_WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false);
    expect(SECURE_WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the risky extras off: no insecure content, experiments, webviews or spellcheck downloads', () => {
    expect(SECURE_WEB_PREFERENCES.webSecurity).toBe(true);
    expect(SECURE_WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
    expect(SECURE_WEB_PREFERENCES.experimentalFeatures).toBe(false);
    expect(SECURE_WEB_PREFERENCES.webviewTag).toBe(false);
    expect(SECURE_WEB_PREFERENCES.spellcheck).toBe(false);
    expect(SECURE_WEB_PREFERENCES.navigateOnDragDrop).toBe(false);
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('builds the window with those preferences, the preload, the plain title and no developer tools by default', () => {
    const options = buildMainWindowOptions('/app/dist/electron/preload.cjs', { x: 10, y: 20, width: 1300, height: 900 });
    expect(options.title).toBe('TAC Chair');
    expect(options).toMatchObject({ x: 10, y: 20, width: 1300, height: 900, show: false });
    expect(options.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/dist/electron/preload.cjs', devTools: false });
    expect(buildMainWindowOptions('/p.cjs', { width: 1000, height: 700 }, { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('never makes a window smaller than the app can be used at', () => {
    const options = buildMainWindowOptions('/p.cjs', { width: 300, height: 200 });
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth!);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight!);
    expect(options).not.toHaveProperty('x');
  });
});

describe('content security policy', () => {
  it('allows only the app’s own scripts, with no inline or eval and no network elsewhere', () => {
    expect(APP_CSP).toContain("default-src 'none'");
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).toContain("connect-src 'self'");
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).toContain("base-uri 'none'");
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(APP_CSP).not.toContain('unsafe-inline');
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).not.toMatch(/https?:|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(APP_CSP);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('navigation', () => {
  it('lets the window move only within app://tac', () => {
    expect(APP_ORIGIN).toBe('app://tac');
    expect(isAllowedNavigation('app://tac/index.html')).toBe(true);
    expect(isAllowedNavigation('app://tac/index.html#/families/abc123')).toBe(true);
    expect(isAllowedNavigation('app://tac/')).toBe(true);
  });

  it.each(FOREIGN_URLS)('refuses %s, including look-alikes of the app’s address', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('refuses values that are not addresses at all', () => {
    for (const value of [undefined, null, 42, {}, ['app://tac/'], `app://tac/${'a'.repeat(5000)}`]) {
      expect(isAllowedNavigation(value)).toBe(false);
    }
  });
});

function fakeContents() {
  const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> };
  contents.setWindowOpenHandler = vi.fn();
  registerContentsGuards(contents as unknown as WebContents);
  const emitNavigation = (eventName: string, url: string, legacy = true) => {
    const event = { preventDefault: vi.fn(), url };
    if (legacy) contents.emit(eventName, event, url);
    else contents.emit(eventName, event);
    return event.preventDefault;
  };
  return { contents, emitNavigation };
}

describe('contents guards', () => {
  it('stops will-navigate, will-frame-navigate and will-redirect to any other address', () => {
    const { emitNavigation } = fakeContents();
    for (const url of ['https://evil.example/', 'app://tac.evil/', 'https://app', 'file:///etc/passwd']) {
      expect(emitNavigation('will-navigate', url)).toHaveBeenCalledOnce();
      expect(emitNavigation('will-frame-navigate', url, false)).toHaveBeenCalledOnce();
      expect(emitNavigation('will-redirect', url)).toHaveBeenCalledOnce();
    }
  });

  it('lets the app reload its own page', () => {
    const { emitNavigation } = fakeContents();
    expect(emitNavigation('will-navigate', 'app://tac/index.html')).not.toHaveBeenCalled();
    expect(emitNavigation('will-frame-navigate', 'app://tac/index.html', false)).not.toHaveBeenCalled();
  });

  it('denies every new window, whatever it asks for', () => {
    const { contents } = fakeContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0][0] as (d: { url: string }) => unknown;
    for (const url of ['https://evil.example/', 'app://tac/index.html', 'about:blank']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach any webview', () => {
    const { contents } = fakeContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
];

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    on: vi.fn(),
  };
}

describe('permissions', () => {
  it('refuses every permission request by name', () => {
    const session = fakeSession();
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0][0];
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check and device request with no', () => {
    const session = fakeSession();
    denyAllPermissions(session as unknown as Session);
    const check = session.setPermissionCheckHandler.mock.calls[0][0];
    const device = session.setDevicePermissionHandler.mock.calls[0][0];
    for (const permission of PERMISSIONS) expect(check({}, permission, 'app://tac', {})).toBe(false);
    expect(device({ deviceType: 'usb', origin: 'app://tac' })).toBe(false);
  });

  it('still refuses permissions on a session without device handlers', () => {
    const session = fakeSession() as Partial<ReturnType<typeof fakeSession>>;
    delete session.setDevicePermissionHandler;
    expect(() => denyAllPermissions(session as unknown as Session)).not.toThrow();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
  });
});

describe('network', () => {
  it('cancels every request that is not the app’s own', () => {
    const session = fakeSession();
    blockNetwork(session as unknown as Session);
    const onBefore = session.webRequest.onBeforeRequest.mock.calls[0][0];
    const decide = (url: string) => {
      const callback = vi.fn();
      onBefore({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(decide('app://tac/assets/index.js')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('blob:app://tac/6b0c3c1e-0000-4000-8000-000000000000')).toEqual({ cancel: false });
    for (const url of ['https://fonts.example/font.woff2', 'http://127.0.0.1:4870/api/families.list', 'wss://evil.example/', 'blob:https://evil.example/x', 'app://tac.evil/x']) {
      expect(decide(url), url).toEqual({ cancel: true });
    }
  });

  it('refuses downloads the page did not ask the app to save', () => {
    const session = fakeSession();
    blockNetwork(session as unknown as Session);
    const [eventName, listener] = session.on.mock.calls[0];
    expect(eventName).toBe('will-download');
    const event = { preventDefault: vi.fn() };
    listener(event, { getURL: () => 'blob:app://tac/x' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(isAllowedRequest('ftp://evil.example/')).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('answers the app’s own page', () => {
    expect(validateSender({ url: 'app://tac/index.html' })).toBe(true);
    expect(validateSender({ url: 'app://tac/index.html#/meetings/m1' })).toBe(true);
  });

  it('refuses a missing frame, a frame that has gone, file:// pages and every other origin', () => {
    expect(validateSender(null)).toBe(false);
    expect(validateSender(undefined)).toBe(false);
    const gone = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(validateSender(gone)).toBe(false);
    for (const url of FOREIGN_URLS) expect(validateSender({ url }), url).toBe(false);
  });
});
