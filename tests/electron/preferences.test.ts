// Preferences hold only the window's size and position and the last family's id: the file is
// owner-only, a broken file is reset rather than crashing, and a window never opens off-screen.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PREFERENCE_KEYS,
  PREFERENCE_STORE_OPTIONS,
  createPreferences,
  fitToDisplays,
  memoryKeyValueStore,
  openPreferenceStore,
} from '../../src/main/electron/preferences';

vi.mock('electron', () => import('./support/fake-electron'));

const constructed: Record<string, unknown>[] = [];
vi.mock('electron-store', () => ({
  default: class FakeElectronStore {
    data: Record<string, unknown> = {};
    constructor(options: Record<string, unknown>) {
      constructed.push(options);
      Object.assign(this.data, options.defaults as object);
    }
    get(key: string) {
      return this.data[key];
    }
    set(key: string, value: unknown) {
      this.data[key] = value;
    }
    delete(key: string) {
      delete this.data[key];
    }
    get store() {
      return { ...this.data };
    }
  },
}));

beforeEach(() => {
  constructed.length = 0;
});

describe('the preferences file', () => {
  it('is opened owner-only (0600), reset when broken, and named for what it is', async () => {
    const store = await openPreferenceStore();
    expect(constructed).toHaveLength(1);
    expect(constructed[0]).toMatchObject({ name: 'preferences', configFileMode: 0o600, clearInvalidConfig: true });
    expect(constructed[0]).not.toHaveProperty('encryptionKey');
    expect(constructed[0]).not.toHaveProperty('migrations');
    expect(store.get('settingsVersion')).toBe(1);
    expect(PREFERENCE_STORE_OPTIONS.configFileMode).toBe(0o600);
  });

  it('keeps only window sizes and an id after a working session', () => {
    const store = memoryKeyValueStore();
    const prefs = createPreferences(store);
    prefs.saveWindowState({ x: 40, y: 30, width: 1280, height: 860, maximized: false });
    prefs.rememberFamily('3f2a9c1e-7d44-4b1a-9a0e-2c5d8e1f0a77');
    expect(Object.keys(store.store).sort()).toEqual([...PREFERENCE_KEYS].sort());
    expect(store.store).toEqual({
      settingsVersion: 1,
      window: { x: 40, y: 30, width: 1280, height: 860, maximized: false },
      lastFamilyId: '3f2a9c1e-7d44-4b1a-9a0e-2c5d8e1f0a77',
    });
  });

  it('refuses to remember anything that is not an id, such as a child’s name', () => {
    const store = memoryKeyValueStore();
    const prefs = createPreferences(store);
    expect(prefs.rememberFamily('Jay Fletcher')).toBe(false);
    expect(prefs.rememberFamily('Fletcher, 14 Greenfield Road')).toBe(false);
    expect(prefs.rememberFamily('')).toBe(false);
    expect(JSON.stringify(store.store)).not.toMatch(/Fletcher|Greenfield/);
    expect(prefs.lastFamilyId()).toBeUndefined();
  });

  it('drops anything else found in the file, and ignores a hand-edited name in place of an id', () => {
    const store = memoryKeyValueStore({ lastFamilyId: 'Dawn Fletcher', recentFamilies: ['Jay Fletcher'], window: { width: 'big' } });
    const prefs = createPreferences(store);
    expect(store.store).not.toHaveProperty('recentFamilies');
    expect(prefs.lastFamilyId()).toBeUndefined();
    expect(prefs.windowState()).toBeUndefined();
  });

  it('does not save window sizes that make no sense', () => {
    const store = memoryKeyValueStore();
    const prefs = createPreferences(store);
    prefs.saveWindowState({ width: 50, height: 10, maximized: false });
    prefs.saveWindowState({ x: 1.5, y: 2, width: 1000, height: 800, maximized: false });
    expect(prefs.windowState()).toBeUndefined();
  });
});

describe('restoring the window', () => {
  const laptop = [{ x: 0, y: 0, width: 1366, height: 728 }];
  const fallback = { width: 1200, height: 850 };

  it('opens where it was on a screen that is still there', () => {
    expect(fitToDisplays({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, laptop, fallback)).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('opens centred when the monitor it was on has been unplugged', () => {
    expect(fitToDisplays({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }, laptop, fallback)).toEqual({ width: 1200, height: 728 });
  });

  it('shrinks to fit a smaller screen', () => {
    const fitted = fitToDisplays({ x: 0, y: 0, width: 2400, height: 1400, maximized: false }, laptop, fallback);
    expect(fitted.width).toBeLessThanOrEqual(1366);
    expect(fitted.height).toBeLessThanOrEqual(728);
  });

  it('uses the default size the first time', () => {
    expect(fitToDisplays(undefined, laptop, fallback)).toEqual(fallback);
  });
});
