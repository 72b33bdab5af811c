// host.* in the browser host: saving is left to the browser's download (a plain error the renderer
// acts on), nothing is shown in a folder, and the last family is kept in memory only.
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../src/api';
import { BROWSER_SAVE_MESSAGE } from '../../src/api/host';
import { createDispatcher } from '../../src/main/dispatch';
import { browserHostHandlers } from '../../src/main/services/host';

vi.mock('electron', () => import('./support/fake-electron'));

const call = createDispatcher({ host: browserHostHandlers() } as unknown as Handlers);

describe('host.* in the browser host', () => {
  it('tells the renderer to download instead of saving', async () => {
    const result = await call('host.saveFile', { suggestedName: 'plan.docx', base64: 'AA==', mimeType: 'application/octet-stream' });
    expect(result).toEqual({ ok: false, error: { code: 'unknown-method', message: BROWSER_SAVE_MESSAGE } });
    expect(BROWSER_SAVE_MESSAGE).toBe('Saving is done by your browser’s download.');
  });

  it('shows nothing in a folder', async () => {
    expect(await call('host.showInFolder', { path: '/home/chair/Downloads/plan.docx' })).toEqual({ ok: true, value: { shown: false } });
  });

  it('remembers the last family for this session only, as an id', async () => {
    const fresh = createDispatcher({ host: browserHostHandlers() } as unknown as Handlers);
    expect(await fresh('host.lastFamily', {})).toEqual({ ok: true, value: {} });
    await fresh('host.rememberFamily', { familyId: 'fam-77aa88bb' });
    expect(await fresh('host.lastFamily', {})).toEqual({ ok: true, value: { familyId: 'fam-77aa88bb' } });
    expect((await fresh('host.rememberFamily', { familyId: 'Dawn Fletcher' })).ok).toBe(false);
    expect(await createDispatcher({ host: browserHostHandlers() } as unknown as Handlers)('host.lastFamily', {})).toEqual({ ok: true, value: {} });
  });
});
