// Small preferences kept with electron-store: the window's size and position and the id of the
// family open last — never a name, never record content. Case records live in the vault.
import { z } from 'zod';
import { idSchema } from '../../core/shared/strings';
import type { WindowBounds } from './security';

/** The only keys ever written to the preferences file. */
export const PREFERENCE_KEYS = ['settingsVersion', 'window', 'lastFamilyId'] as const;
export const SETTINGS_VERSION = 1;

/** electron-store options: owner-only file; a broken file is reset (losing these settings is acceptable). */
export const PREFERENCE_STORE_OPTIONS = Object.freeze({
  name: 'preferences',
  configFileMode: 0o600,
  clearInvalidConfig: true,
  defaults: { settingsVersion: SETTINGS_VERSION },
});

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(200).max(20_000);

export const windowStateSchema = z
  .object({ x: coordinate.optional(), y: coordinate.optional(), width: size, height: size, maximized: z.boolean().default(false) })
  .strict();
export type WindowState = z.output<typeof windowStateSchema>;

/** The part of electron-store (conf) this module uses; tests pass an in-memory fake. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  readonly store: Record<string, unknown>;
}

export interface Preferences {
  windowState(): WindowState | undefined;
  saveWindowState(state: WindowState): void;
  lastFamilyId(): string | undefined;
  /** Remember a family id, or forget it with null. Returns false when the value is not an id. */
  rememberFamily(familyId: string | null): boolean;
}

export function createPreferences(store: KeyValueStore): Preferences {
  // Anything else found in the file (an older version, a hand edit) is dropped.
  for (const key of Object.keys(store.store)) {
    if (!(PREFERENCE_KEYS as readonly string[]).includes(key)) store.delete(key);
  }
  if (store.get('settingsVersion') !== SETTINGS_VERSION) store.set('settingsVersion', SETTINGS_VERSION);
  return {
    windowState() {
      const parsed = windowStateSchema.safeParse(store.get('window'));
      return parsed.success ? parsed.data : undefined;
    },
    saveWindowState(state) {
      const parsed = windowStateSchema.safeParse(state);
      if (parsed.success) store.set('window', parsed.data);
    },
    lastFamilyId() {
      const parsed = idSchema.safeParse(store.get('lastFamilyId'));
      return parsed.success ? parsed.data : undefined;
    },
    rememberFamily(familyId) {
      if (familyId === null) {
        store.delete('lastFamilyId');
        return true;
      }
      const parsed = idSchema.safeParse(familyId);
      if (!parsed.success) return false;
      store.set('lastFamilyId', parsed.data);
      return true;
    },
  };
}

/** Opens the real electron-store file in the user data folder (main process only, after ready). */
export async function openPreferenceStore(): Promise<KeyValueStore> {
  // Imported here, not at the top: electron-store loads `electron` as soon as it is imported.
  const { default: Store } = await import('electron-store');
  return new Store<Record<string, unknown>>({ ...PREFERENCE_STORE_OPTIONS, defaults: { ...PREFERENCE_STORE_OPTIONS.defaults } });
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Restored bounds that fit the screens there are now: a window saved on a monitor that has since
 * been unplugged opens centred on the main screen instead of out of sight.
 */
export function fitToDisplays(state: WindowState | undefined, workAreas: readonly Rect[], fallback: WindowBounds): WindowBounds {
  if (!state) return fallback;
  const largest = workAreas.reduce<Rect | undefined>((a, b) => (!a || b.width * b.height > a.width * a.height ? b : a), undefined);
  const width = largest ? Math.min(state.width, largest.width) : state.width;
  const height = largest ? Math.min(state.height, largest.height) : state.height;
  if (state.x === undefined || state.y === undefined) return { width, height };
  // The title bar (its top 40 px, at least 100 px of it) must be on some screen so it can be dragged.
  const titleBar: Rect = { x: state.x, y: state.y, width, height: 40 };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= Math.min(100, width) * 20);
  return visible ? { x: state.x, y: state.y, width, height } : { width, height };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A store that lives only in memory: used when the preferences file cannot be opened, and by tests. */
export function memoryKeyValueStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = structuredClone(value);
    },
    delete: (key) => {
      delete data[key];
    },
    get store() {
      return structuredClone(data);
    },
  };
}
