// The main window (secure options, restored size and position, a fixed title with nothing personal in
// it, no developer tools in packaged builds) and the family's screen, the only other window allowed.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ENTRY_URL, DEFAULT_BOUNDS, WINDOW_TITLE, buildFamilyScreenWindowOptions, buildMainWindowOptions, decideWindowOpen } from './security';
import { fitToDisplays, type Preferences } from './preferences';

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: { getAllDisplays(): { workArea: Rectangle }[] };
  preferences: Preferences;
  preloadPath: string;
  devTools: boolean;
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const state = deps.preferences.windowState();
  const bounds = fitToDisplays(state, deps.screen.getAllDisplays().map((d) => d.workArea), DEFAULT_BOUNDS);
  const win = new deps.BrowserWindow(buildMainWindowOptions(deps.preloadPath, bounds, { devTools: deps.devTools }));

  // The page may change document.title (for example "Error: …"); the window keeps "TAC Chair".
  win.on('page-title-updated', (event) => event.preventDefault());
  win.setTitle(WINDOW_TITLE);
  win.once('ready-to-show', () => {
    if (state?.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    const normal = win.getNormalBounds();
    deps.preferences.saveWindowState({ ...normal, maximized: win.isMaximized() });
  });
  if (!deps.devTools) {
    win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  }
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

export interface FamilyScreens {
  /** Family's screens open now. */
  readonly open: readonly BrowserWindow[];
  /** Close them all (on lock: nothing about the family stays on show). */
  closeAll(): void;
}

/**
 * Lets the main window open the family's screen (#/families/:id/meetings/:id/family-view) as a second
 * app window with the same secure preferences and preload; every other new window is still denied.
 * The new window keeps the title "TAC Chair" whatever the page sets.
 */
export function allowFamilyScreen(win: BrowserWindow, options: { preloadPath: string; devTools: boolean }): FamilyScreens {
  const familyScreen = buildFamilyScreenWindowOptions(options.preloadPath, { devTools: options.devTools });
  const open = new Set<BrowserWindow>();
  win.webContents.setWindowOpenHandler((details) => decideWindowOpen(details, familyScreen));
  win.webContents.on('did-create-window', (child: BrowserWindow) => {
    open.add(child);
    child.on('page-title-updated', (event) => event.preventDefault());
    child.setTitle(WINDOW_TITLE);
    child.on('closed', () => open.delete(child));
    if (!options.devTools) child.webContents.on('devtools-opened', () => child.webContents.closeDevTools());
  });
  return {
    get open() {
      return [...open].filter((w) => !w.isDestroyed());
    },
    closeAll() {
      for (const child of open) if (!child.isDestroyed()) child.close();
      open.clear();
    },
  };
}
