// host.* in Electron: the save dialog writes exactly the bytes given where the user chose, a
// cancelled dialog saves nothing, and only files saved in this session can be shown in their folder.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../src/main/dispatch';
import type { Handlers } from '../../src/api';
import { createElectronHost } from '../../src/main/electron/host-handlers';
import { createPreferences, memoryKeyValueStore } from '../../src/main/electron/preferences';

vi.mock('electron', () => import('./support/fake-electron'));

let folder: string;
const DOCX = Buffer.from('PK\u0003\u0004 pretend Word document for the Fletcher family');

function setup(dialogAnswer: { canceled: boolean; filePath?: string }) {
  const dialog = { showSaveDialog: vi.fn(async () => dialogAnswer) };
  const shell = { showItemInFolder: vi.fn(), openExternal: vi.fn() };
  const store = memoryKeyValueStore();
  const preferences = createPreferences(store);
  const window = { id: 1 };
  const host = createElectronHost({ dialog: dialog as never, shell, getWindow: () => window as never, preferences, defaultDir: () => folder });
  const call = createDispatcher({ host: host.handlers } as unknown as Handlers);
  return { dialog, shell, store, host, call, window };
}

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'tac-save-'));
});

describe('saving a file', () => {
  it('asks where to save, starting in Documents with the suggested name, then writes the exact bytes', async () => {
    const target = path.join(folder, 'TAC plan 23 November 2026.docx');
    const { call, dialog, window } = setup({ canceled: false, filePath: target });
    const result = await call('host.saveFile', {
      suggestedName: 'TAC plan 23 November 2026.docx',
      base64: DOCX.toString('base64'),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target)).toEqual(DOCX);
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as unknown as [unknown, Record<string, unknown>];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(path.join(folder, 'TAC plan 23 November 2026.docx'));
    expect(options.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(readdirSync(folder)).toEqual(['TAC plan 23 November 2026.docx']);
  });

  it('keeps the saved file private to the user on shared computers', async () => {
    if (process.platform === 'win32') return;
    const target = path.join(folder, 'minutes.docx');
    const { call } = setup({ canceled: false, filePath: target });
    await call('host.saveFile', { suggestedName: 'minutes.docx', base64: DOCX.toString('base64'), mimeType: 'application/octet-stream' });
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('adds the file ending back when the user typed a name without it', async () => {
    const { call } = setup({ canceled: false, filePath: path.join(folder, 'family plan') });
    const result = await call('host.saveFile', { suggestedName: 'plan.docx', base64: DOCX.toString('base64'), mimeType: 'application/octet-stream' });
    expect(result).toEqual({ ok: true, value: { saved: true, path: path.join(folder, 'family plan.docx') } });
  });

  it('saves nothing when the user cancels', async () => {
    const { call } = setup({ canceled: true, filePath: '' });
    const result = await call('host.saveFile', { suggestedName: 'plan.docx', base64: DOCX.toString('base64'), mimeType: 'application/octet-stream' });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('says plainly when the folder cannot be written, and leaves no half-written file', async () => {
    const gone = path.join(folder, 'no-such-folder', 'plan.docx');
    const { call } = setup({ canceled: false, filePath: gone });
    const result = await call('host.saveFile', { suggestedName: 'plan.docx', base64: DOCX.toString('base64'), mimeType: 'application/octet-stream' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/could not save the file there/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses file names that reach into other folders or hide the file', async () => {
    const { call, dialog } = setup({ canceled: false, filePath: path.join(folder, 'x.docx') });
    for (const suggestedName of ['../plan.docx', 'C:\\Windows\\plan.docx', '.bashrc', 'plan', 'a\u0007b.docx']) {
      const result = await call('host.saveFile', { suggestedName, base64: 'AA==', mimeType: 'application/octet-stream' });
      expect(result.ok, suggestedName).toBe(false);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('showing a saved file', () => {
  it('shows a file it has just saved, in its folder, and never opens anything in a browser', async () => {
    const target = path.join(folder, 'plan.docx');
    const { call, shell } = setup({ canceled: false, filePath: target });
    await call('host.saveFile', { suggestedName: 'plan.docx', base64: DOCX.toString('base64'), mimeType: 'application/octet-stream' });
    expect(await call('host.showInFolder', { path: target })).toEqual({ ok: true, value: { shown: true } });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(target);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to reveal a file the app did not save in this session', async () => {
    const { call, shell } = setup({ canceled: true });
    const result = await call('host.showInFolder', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('answers not shown when the saved file has since been deleted', async () => {
    const target = path.join(folder, 'plan.docx');
    const { call, shell } = setup({ canceled: false, filePath: target });
    await call('host.saveFile', { suggestedName: 'plan.docx', base64: DOCX.toString('base64'), mimeType: 'application/octet-stream' });
    rmSync(target);
    expect(existsSync(target)).toBe(false);
    expect(await call('host.showInFolder', { path: target })).toEqual({ ok: true, value: { shown: false } });
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('the last family opened', () => {
  it('remembers an id and gives it back', async () => {
    const { call, store } = setup({ canceled: true });
    expect(await call('host.lastFamily', {})).toEqual({ ok: true, value: {} });
    await call('host.rememberFamily', { familyId: 'fam-0a1b2c3d' });
    expect(await call('host.lastFamily', {})).toEqual({ ok: true, value: { familyId: 'fam-0a1b2c3d' } });
    expect(store.get('lastFamilyId')).toBe('fam-0a1b2c3d');
    await call('host.rememberFamily', { familyId: null });
    expect(await call('host.lastFamily', {})).toEqual({ ok: true, value: {} });
  });

  it('never stores a name in place of an id', async () => {
    const { call, store } = setup({ canceled: true });
    const result = await call('host.rememberFamily', { familyId: 'Jay Fletcher' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(store.store)).not.toContain('Fletcher');
  });
});
