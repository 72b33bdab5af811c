// The one main window: secure options, restored size and position, a fixed title with nothing
// personal in it, no developer tools in packaged builds, and its size remembered when it closes.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ENTRY_URL, DEFAULT_BOUNDS, WINDOW_TITLE, buildMainWindowOptions } from './security';
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
