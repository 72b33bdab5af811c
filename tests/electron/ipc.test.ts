// IPC from the contract: one channel per method, every call's sender checked before anything
// runs, inputs checked with zod, and a Result value back — never a throw across the boundary.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, type Handlers } from '../../src/api';
import { REFUSED, channelFor, registerIpc } from '../../src/main/electron/ipc';
import { CHANNEL_PREFIX as PRELOAD_PREFIX } from '../../src/preload/index';
import type { Dispatch } from '../../src/main/dispatch';
import { ok, type Result } from '../../src/core/shared/result';

vi.mock('electron', () => import('./support/fake-electron'));

type Handler = (event: unknown, input?: unknown) => Promise<Result<unknown>>;

function setup(hostOverrides: Partial<Handlers['host']> = {}) {
  const registered = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => registered.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => registered.delete(channel)),
  };
  const dispatch = vi.fn<Dispatch>(async (name) => ok({ answeredBy: 'core', name }));
  const host: Handlers['host'] = {
    saveFile: vi.fn(async () => ({ saved: true, path: '/home/chair/Documents/plan.docx' })),
    showInFolder: vi.fn(async () => ({ shown: true })),
    rememberFamily: vi.fn(async () => ({ remembered: true })),
    lastFamily: vi.fn(async () => ({ familyId: 'fam-123456' })),
    ...hostOverrides,
  };
  const unregister = registerIpc(ipcMain as never, dispatch, host);
  const APP_FRAME = { url: 'app://tac/index.html' };
  const call = (name: string, input: unknown, ...frame: unknown[]) =>
    registered.get(channelFor(name))!({ senderFrame: frame.length ? frame[0] : APP_FRAME }, input);
  return { registered, ipcMain, dispatch, host, unregister, call };
}

const silence = () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
};

beforeEach(() => {
  vi.restoreAllMocks();
  silence();
});

describe('registration', () => {
  it('registers exactly one tac:<method> channel for every method in the contract, and nothing else', () => {
    const { registered, ipcMain } = setup();
    expect([...registered.keys()].sort()).toEqual(METHOD_NAMES.map((n) => `tac:${n}`).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(METHOD_NAMES.length);
    expect(METHOD_NAMES).toContain('families.create');
    expect(METHOD_NAMES).toContain('host.saveFile');
  });

  it('uses the same channel names as the preload', () => {
    expect(channelFor('families.list')).toBe(`${PRELOAD_PREFIX}families.list`);
  });

  it('can take every channel away again (on quit)', () => {
    const { registered, unregister } = setup();
    unregister();
    expect(registered.size).toBe(0);
  });
});

describe('sender check', () => {
  const BAD_FRAMES: [string, unknown][] = [
    ['no frame', null],
    ['an undefined frame', undefined],
    ['a file:// page', { url: 'file:///C:/Users/chair/Downloads/evil.html' }],
    ['another website', { url: 'https://evil.example/' }],
    ['a look-alike host', { url: 'app://tac.evil/index.html' }],
    ['a look-alike with a user name', { url: 'app://tac@evil/index.html' }],
    ['a blank page', { url: 'about:blank' }],
    ['a frame that has gone away', Object.defineProperty({}, 'url', { get: () => { throw new Error('disposed'); } })],
  ];

  it.each(BAD_FRAMES)('refuses a call from %s without running anything', async (_label, frame) => {
    const { call, dispatch, host } = setup();
    expect(await call('families.list', {}, frame)).toEqual(REFUSED);
    expect(await call('host.saveFile', { suggestedName: 'plan.docx', base64: 'AA==', mimeType: 'application/pdf' }, frame)).toEqual(REFUSED);
    expect(dispatch).not.toHaveBeenCalled();
    expect(host.saveFile).not.toHaveBeenCalled();
  });

  it('says why in a plain sentence with the unauthorised code', () => {
    expect(REFUSED).toEqual({ ok: false, error: { code: 'unauthorised', message: 'TAC Chair only answers its own window.' } });
  });

  it('refuses an event with no sender information at all', async () => {
    const { registered, dispatch } = setup();
    expect(await registered.get('tac:families.list')!(undefined, {})).toEqual(REFUSED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('lets the app’s own page through to the app core with its input', async () => {
    const { call, dispatch } = setup();
    const input = { query: 'Fletcher' };
    expect(await call('families.list', input)).toEqual(ok({ answeredBy: 'core', name: 'families.list' }));
    expect(dispatch).toHaveBeenCalledWith('families.list', input);
  });

  it('tells the caller who refused (for the log), with the method name only', async () => {
    const registered = new Map<string, Handler>();
    const onRefused = vi.fn();
    registerIpc({ handle: (c: string, h: Handler) => registered.set(c, h), removeHandler: vi.fn() } as never, vi.fn(), {} as Handlers['host'], { onRefused });
    await registered.get('tac:families.get')!({ senderFrame: { url: 'https://evil.example/' } }, { familyId: 'secret-id-1' });
    expect(onRefused).toHaveBeenCalledWith('families.get');
  });
});

describe('answers', () => {
  it('never throws across IPC: a failing app core becomes an internal error value', async () => {
    const { call, dispatch } = setup();
    dispatch.mockRejectedValueOnce(new Error('disk on fire'));
    const result = await call('families.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('disk on fire');
    }
  });

  it('sends host.* to the Electron host handlers, not the app core', async () => {
    const { call, dispatch, host } = setup();
    const result = await call('host.lastFamily', {});
    expect(result).toEqual(ok({ familyId: 'fam-123456' }));
    expect(host.lastFamily).toHaveBeenCalledOnce();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('checks host.* input with the contract before the handler runs', async () => {
    const { call, host } = setup();
    const bad = await call('host.saveFile', { suggestedName: '../../.bashrc', base64: 'AA==', mimeType: 'text/plain' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid-input');
    const extra = await call('host.rememberFamily', { familyId: 'fam-123456', name: 'Jay Fletcher' });
    expect(extra.ok).toBe(false);
    expect(host.saveFile).not.toHaveBeenCalled();
    expect(host.rememberFamily).not.toHaveBeenCalled();
  });

  it('refuses host.* while TAC Chair is locked, like every other method', async () => {
    let locked = true;
    const registered = new Map<string, Handler>();
    const host = { lastFamily: vi.fn(async () => ({ familyId: 'fam-123456' })) } as unknown as Handlers['host'];
    registerIpc({ handle: (c: string, h: Handler) => registered.set(c, h), removeHandler: vi.fn() } as never, vi.fn(), host, { isLocked: () => locked });
    const call = () => registered.get('tac:host.lastFamily')!({ senderFrame: { url: 'app://tac/index.html' } }, {});
    expect(await call()).toMatchObject({ ok: false, error: { code: 'locked', message: 'TAC Chair is locked. Unlock it to carry on.' } });
    expect(host.lastFamily).not.toHaveBeenCalled();
    locked = false;
    expect(await call()).toEqual(ok({ familyId: 'fam-123456' }));
  });

  it('turns a host handler that throws into an error value', async () => {
    const { call } = setup({ lastFamily: vi.fn(async () => { throw new Error('boom'); }) });
    const result = await call('host.lastFamily', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
