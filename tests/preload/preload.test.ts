// The preload: `window.tac` and nothing else, with exactly the contract's domains and verbs, each
// calling one named IPC channel; no IPC object reaches the page, and the lock notice becomes a DOM event.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, METHOD_NAMES } from '../../src/api';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
const ipcRenderer = {
  invoke,
  on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener)),
  send: vi.fn(),
  sendSync: vi.fn(),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
  ipcRenderer,
}));

const pageEvents: string[] = [];

beforeAll(async () => {
  // The preload runs in a page: give it a window to dispatch events on.
  const target = new EventTarget();
  target.addEventListener('tac:lock', (e) => pageEvents.push(e.type));
  vi.stubGlobal('window', target);
  await import('../../src/preload/index');
});

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
const tac = () => exposed.get('tac') as Api;

describe('what the page can reach', () => {
  it('exposes exactly one global, window.tac', () => {
    expect([...exposed.keys()]).toEqual(['tac']);
  });

  it('has exactly the contract’s domains and verbs, all functions', () => {
    const api = tac();
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    for (const [domain, verbs] of Object.entries(contract)) {
      expect(Object.keys(api[domain]).sort(), domain).toEqual(Object.keys(verbs).sort());
      for (const verb of Object.keys(verbs)) expect(typeof api[domain][verb]).toBe('function');
    }
    const count = Object.values(api).reduce((n, verbs) => n + Object.keys(verbs).length, 0);
    expect(count).toBe(METHOD_NAMES.length);
  });

  it('calls ipcRenderer.invoke on tac:<domain>.<verb> with the input, for every method', async () => {
    const api = tac();
    for (const name of METHOD_NAMES) {
      const [domain, verb] = name.split('.');
      invoke.mockClear();
      const input = { probe: name };
      const result = await api[domain][verb](input);
      expect(invoke).toHaveBeenCalledExactlyOnceWith(`tac:${name}`, input);
      expect(result).toEqual({ ok: true, value: { channel: `tac:${name}`, input } });
    }
  });

  it('sends an empty object when a method is called with no input', async () => {
    invoke.mockClear();
    await tac().families.list();
    expect(invoke).toHaveBeenCalledWith('tac:families.list', {});
  });

  it('does not leak ipcRenderer or any way to pick a channel', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown, where: string) => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
      seen.add(value);
      expect(value, where).not.toBe(ipcRenderer);
      expect(value, where).not.toBe(ipcRenderer.invoke);
      expect(value, where).not.toBe(ipcRenderer.send);
      if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    };
    walk(tac(), 'tac');
    const flat = Object.values(tac()).flatMap((verbs) => Object.keys(verbs));
    for (const word of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'channel']) expect(flat).not.toContain(word);
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('each function takes at most one argument: extra arguments never reach the main process', async () => {
    invoke.mockClear();
    await (tac().families.get as (...a: unknown[]) => Promise<unknown>)({ familyId: 'fam-123456' }, 'tac:host.saveFile', { evil: true });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('tac:families.get', { familyId: 'fam-123456' });
  });
});

describe('notices from the main process', () => {
  it('turns the menu’s Lock into a tac:lock event on the page', () => {
    const listener = listeners.get('tac:event');
    expect(listener).toBeTypeOf('function');
    listener!({}, 'lock');
    expect(pageEvents).toEqual(['tac:lock']);
  });

  it('ignores notices it does not know', () => {
    pageEvents.length = 0;
    const listener = listeners.get('tac:event')!;
    listener({}, 'unauthorised');
    listener({}, { type: 'lock' });
    listener({});
    expect(pageEvents).toEqual([]);
  });

  it('listens on the notice channel only', () => {
    expect([...listeners.keys()]).toEqual(['tac:event']);
  });
});
