// The family's screen as a second app window (same secure preferences, nothing else may open), closed
// on lock; the lock-after setting drives the idle lock; a missing keychain is explained to the page.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { prepareApp, startApp, type ElectronModules, type RunningApp } from '../../src/main/electron/main';
import { memoryKeyValueStore } from '../../src/main/electron/preferences';
import { openAppCore, type AppCoreOptions } from '../../src/main/app-core';
import { SECURE_WEB_PREFERENCES, decideWindowOpen, isFamilyScreenUrl, registerContentsGuards } from '../../src/main/electron/security';
import { FakeBrowserWindow, ipcMain, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', () => import('./support/fake-electron'));

const fake = electron as unknown as typeof import('./support/fake-electron');
const FAMILY_SCREEN = 'app://tac/index.html#/families/fam-abc123/meetings/mtg-def456/family-view';
const PRELOAD = '/app/dist/electron/preload.cjs';

let running: RunningApp | undefined;
let dataDir: string;
const coreOptions: AppCoreOptions[] = [];

async function start(extra: Partial<Parameters<typeof startApp>[0]> = {}) {
  const rendererDir = path.join(dataDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>TAC Chair</title>');
  prepareApp(electron as unknown as ElectronModules);
  running = await startApp({
    electron: electron as unknown as ElectronModules,
    paths: { dataDir, rendererDir, templatesDir: path.resolve('templates'), preloadPath: PRELOAD },
    isPackaged: true,
    isMac: false,
    openAppCore: (options) => {
      coreOptions.push(options);
      return openAppCore({ ...options, keyFile: path.join(dataDir, 'test.key') });
    },
    openPreferenceStore: async () => memoryKeyValueStore(),
    ...extra,
  });
  return running!;
}

const invoke = (name: string, input: unknown) =>
  ipcMain.handlers.get(`tac:${name}`)!({ senderFrame: { url: 'app://tac/index.html' } }, input) as Promise<{ ok: boolean; value?: any; error?: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What Electron does when the handler allows a window: make it, then tell the opener. */
function openChild(win: FakeBrowserWindow, url: string) {
  const answer = win.webContents.windowOpenHandler!({ url }) as { action: string; overrideBrowserWindowOptions?: BrowserWindowConstructorOptions };
  if (answer.action !== 'allow') return { answer, child: undefined };
  const child = Object.assign(new FakeBrowserWindow(answer.overrideBrowserWindowOptions as Record<string, unknown>), { close: vi.fn() });
  child.close.mockImplementation(() => {
    child.destroyed = true;
    child.emit('closed');
  });
  fake.app.emit('web-contents-created', {}, child.webContents);
  win.webContents.emit('did-create-window', child, { url });
  return { answer, child };
}

beforeEach(() => {
  resetFakeElectron();
  coreOptions.length = 0;
  process.env.TAC_QUIET = '1';
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'tac-electron-fs-'));
});

afterEach(async () => {
  await running?.shutdown();
  running = undefined;
  vi.useRealTimers();
  fake.powerMonitor.getSystemIdleTime.mockReturnValue(0);
});

describe('which address may open the family’s screen', () => {
  it('accepts only the app’s own page at the family-screen route', () => {
    expect(isFamilyScreenUrl(FAMILY_SCREEN)).toBe(true);
    expect(isFamilyScreenUrl('app://tac/#/families/fam-abc123/meetings/mtg-def456/family-view')).toBe(true);
  });

  it.each([
    'app://tac/index.html',
    'app://tac/index.html#/families/fam-abc123',
    'app://tac/index.html#/families/fam-abc123/meetings/mtg-def456/run',
    'app://tac/index.html#/families/fam-abc123/meetings/mtg-def456/family-view/extra',
    'app://tac/index.html#/families/../meetings/mtg-def456/family-view',
    'app://tac/index.html#/families/fam%2Fabc/meetings/mtg-def456/family-view',
    'app://tac/other.html#/families/fam-abc123/meetings/mtg-def456/family-view',
    'app://tac/index.html?x=1#/families/fam-abc123/meetings/mtg-def456/family-view',
    'app://tac.evil/index.html#/families/fam-abc123/meetings/mtg-def456/family-view',
    'app://user@tac/index.html#/families/fam-abc123/meetings/mtg-def456/family-view',
    'https://evil.example/#/families/fam-abc123/meetings/mtg-def456/family-view',
    'about:blank',
  ])('refuses %s', (url) => {
    expect(isFamilyScreenUrl(url)).toBe(false);
    expect(decideWindowOpen({ url }, { title: 'TAC Chair' })).toEqual({ action: 'deny' });
  });

  it('denies even the family’s screen where no secure options were given (every page but the main window)', () => {
    expect(decideWindowOpen({ url: FAMILY_SCREEN }, undefined)).toEqual({ action: 'deny' });
  });
});

describe('the family’s screen window', () => {
  it('opens from the main window with the same secure preferences and preload, whatever the page asked for', async () => {
    await start();
    const [win] = FakeBrowserWindow.instances;
    const { answer, child } = openChild(win, FAMILY_SCREEN);
    expect(answer.action).toBe('allow');
    expect(answer.overrideBrowserWindowOptions!.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: PRELOAD, devTools: false });
    expect(answer.overrideBrowserWindowOptions!.title).toBe('TAC Chair');
    // The page cannot rename the window to a child's name.
    const titleChange = { preventDefault: vi.fn() };
    child!.emit('page-title-updated', titleChange, 'Jay Fletcher – TAC Chair');
    expect(titleChange.preventDefault).toHaveBeenCalledOnce();
    expect(child!.setTitle).toHaveBeenCalledWith('TAC Chair');
    // No developer tools in a packaged build.
    child!.webContents.emit('devtools-opened');
    expect(child!.webContents.closeDevTools).toHaveBeenCalledOnce();
  });

  it('still denies every other new window from the main window', async () => {
    await start();
    const [win] = FakeBrowserWindow.instances;
    for (const url of ['https://evil.example/', 'app://tac/index.html', 'app://tac/index.html#/families/fam-abc123', 'about:blank']) {
      expect(openChild(win, url).answer, url).toEqual({ action: 'deny' });
    }
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('cannot itself open any window or leave the app', async () => {
    await start();
    const [win] = FakeBrowserWindow.instances;
    const { child } = openChild(win, FAMILY_SCREEN);
    expect(child!.webContents.windowOpenHandler!({ url: FAMILY_SCREEN })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn(), url: 'https://evil.example/' };
    child!.webContents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('is closed when TAC Chair locks, so nothing about the family stays on show', async () => {
    const app = await start();
    const [win] = FakeBrowserWindow.instances;
    const { child } = openChild(win, FAMILY_SCREEN);
    await app.lock();
    expect(child!.close).toHaveBeenCalledOnce();
    expect(win.webContents.send).toHaveBeenCalledWith('tac:event', 'lock');
  });

  it('keeps the deny-all guard on every other page (registerContentsGuards is unchanged)', () => {
    const contents = new fake.FakeWebContents();
    registerContentsGuards(contents as never);
    expect(contents.windowOpenHandler!({ url: FAMILY_SCREEN })).toEqual({ action: 'deny' });
  });
});

describe('locking after a time without use', () => {
  it('follows the minutes chosen in Settings', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await start();
    const [win] = FakeBrowserWindow.instances;
    expect(await invoke('vault.setLockAfter', { minutes: 2 })).toMatchObject({ ok: true, value: { lockAfterMinutes: 2 } });
    fake.powerMonitor.getSystemIdleTime.mockReturnValue(60);
    vi.advanceTimersByTime(30_000); // first check: reads the new setting
    await new Promise((r) => setTimeout(r, 20));
    expect(win.webContents.send).not.toHaveBeenCalled();
    fake.powerMonitor.getSystemIdleTime.mockReturnValue(2 * 60 + 5);
    vi.advanceTimersByTime(30_000);
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith('tac:event', 'lock'));
    expect(await invoke('families.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('when the computer has no real keychain', () => {
  it.each([
    ['no keychain at all', () => fake.safeStorage.isEncryptionAvailable.mockReturnValue(false), /keychain is not available/],
    ['only the plain-text store (Linux basic_text)', () => fake.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text'), /no secure keychain/],
  ])('asks for the passphrase and tells the page why: %s', async (_label, arrange, reason) => {
    if (_label.includes('basic_text') && process.platform !== 'linux') return;
    arrange();
    try {
      await start();
      expect(coreOptions[0].osKey).toBeUndefined();
      expect(coreOptions[0].osKeyProblem).toMatch(reason);
      const status = await invoke('vault.status', {});
      expect(status.value.keyStoreNote).toMatch(reason);
    } finally {
      fake.safeStorage.isEncryptionAvailable.mockReturnValue(true);
      fake.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
    }
  });

  it('uses the keychain, with no note, where there is a real one', async () => {
    await start();
    expect(coreOptions[0].osKey?.kind).toBe('safeStorage');
    const status = await invoke('vault.status', {});
    expect(status.value.keyStoreNote).toBeUndefined();
  });
});
