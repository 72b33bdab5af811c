// The Electron security baseline as data and small functions, so tests can assert every item of
// the checklist without an Electron binary: window preferences, navigation, permissions, senders.
import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain, WebPreferences } from 'electron';
import { CSP } from '../csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tac';
/** The only origin the window ever shows and the only one whose IPC calls are answered. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export const WINDOW_TITLE = 'TAC Chair';

/** The Content Security Policy sent with every page the app protocol serves. */
export const APP_CSP = CSP;

/** Headers sent with every response of the app protocol. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Checklist items 2, 3, 4, 6, 8, 9, 10, 11: isolated, sandboxed, no Node, no webview, no extras. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // Chromium's spellchecker can download dictionaries; the app sends nothing anywhere.
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  autoplayPolicy: 'document-user-activation-required',
} satisfies WebPreferences);

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1200, height: 850 };
export const MIN_SIZE = { width: 760, height: 560 };

export function buildMainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds = DEFAULT_BOUNDS,
  options: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: Math.max(bounds.width, MIN_SIZE.width),
    height: Math.max(bounds.height, MIN_SIZE.height),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath, devTools: options.devTools ?? false },
  };
}

/** True only for the app's own origin, parsed with a URL parser (never startsWith). */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > 4096) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `app:` is not a special scheme to Node's URL, so its `origin` is "null": compare the parts.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Checklist item 13: the window may only move within the app itself. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

/** Requests the session lets through: the app itself and in-page data. Everything else is cancelled. */
export function isAllowedRequest(url: unknown): boolean {
  if (isAppUrl(url)) return true;
  if (typeof url !== 'string') return false;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  // DevTools' own pages (only reachable in development builds).
  return url.startsWith('devtools://');
}

/** The family's screen (a second window the family can see): `#/families/:id/meetings/:id/family-view`. */
const FAMILY_SCREEN_HASH = /^#\/families\/[A-Za-z0-9_-]{6,64}\/meetings\/[A-Za-z0-9_-]{6,64}\/family-view$/;
const APP_PAGES = new Set(['/', '/index.html']);

/** True only for the app's own page showing the family's screen: nothing else may open a window. */
export function isFamilyScreenUrl(url: unknown): boolean {
  if (!isAppUrl(url)) return false;
  const parsed = new URL(url as string);
  return APP_PAGES.has(parsed.pathname) && parsed.search === '' && FAMILY_SCREEN_HASH.test(parsed.hash);
}

/** The family's screen: the same secure preferences and preload as the main window, its own size. */
export function buildFamilyScreenWindowOptions(preloadPath: string, options: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  const main = buildMainWindowOptions(preloadPath, { width: 1280, height: 800 }, options);
  return { ...main, show: true, title: WINDOW_TITLE, autoHideMenuBar: true };
}

type WindowOpenAnswer =
  | { action: 'deny' }
  | { action: 'allow'; overrideBrowserWindowOptions: BrowserWindowConstructorOptions };

/**
 * Checklist item 14 for the main window: the family's screen may open (with the secure options
 * given, never the page's own); every other window is denied.
 */
export function decideWindowOpen(details: { url?: unknown }, familyScreen: BrowserWindowConstructorOptions | undefined): WindowOpenAnswer {
  if (familyScreen && isFamilyScreenUrl(details?.url)) return { action: 'allow', overrideBrowserWindowOptions: familyScreen };
  return { action: 'deny' };
}

type NavigationEvent = { preventDefault(): void; url?: string };

/** Checklist items 12, 13, 14: no navigation away, no new windows, no webviews. */
export function registerContentsGuards(contents: WebContents): void {
  const guard = (event: NavigationEvent, legacyUrl?: unknown) => {
    const url = event.url ?? legacyUrl;
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => guard(event, url));
  contents.on('will-frame-navigate', (event) => guard(event));
  contents.on('will-redirect', (event, url) => guard(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Checklist item 5: every permission (camera, microphone, location, notifications…) is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (typeof session.setDevicePermissionHandler === 'function') session.setDevicePermissionHandler(() => false);
}

/** No network at all: cancel every request that is not the app's own, and refuse stray downloads. */
export function blockNetwork(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  session.on('will-download', (event) => event.preventDefault());
}

/** Checklist item 17: answer IPC only from a live frame showing the app's own origin. */
export function validateSender(frame: Pick<WebFrameMain, 'url'> | null | undefined): boolean {
  if (!frame) return false;
  let url: unknown;
  try {
    url = frame.url;
  } catch {
    // A frame that has gone away throws on access.
    return false;
  }
  return isAppUrl(url);
}
