// A family file that disappears (deleted by hand, a sync client, a disk fault) is never dropped without
// a word: the newest good copy is put back with a notice, or the family is listed as missing.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { demoRecord, encryptedVault, saveAgain } from './support';

describe('a missing family file', () => {
  it('is put back from its previous save, with a notice and a storage event', async () => {
    const t = await encryptedVault();
    const first = await t.vault.writeFamily(demoRecord('EH-2026-0601'));
    const latest = await saveAgain(t.vault, first, 'The words of the latest save.');
    await fs.rm(t.vault.familyFile(first.id));
    const vault = await t.reopen();
    expect(vault.list().entries.map((e) => e.reference)).toEqual(['EH-2026-0601']);
    expect((await vault.readFamily(first.id)).revision).toBe(latest.revision - 1);
    expect(vault.list().notices.at(-1)?.message).toMatch(/The file of family EH-2026-0601 was missing from the vault, so we put back the copy saved before it/);
    expect(t.events).toContainEqual({ kind: 'restored', familyId: first.id });
  });

  it('is put back from the daily backup when its previous save has gone too, even when the index went with it', async () => {
    const t = await encryptedVault();
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0602'));
    const file = t.vault.familyFile(a.id);
    await t.vault.close();
    await fs.rm(file);
    await fs.rm(`${file}.bak`, { force: true });
    await fs.rm(path.join(t.dir, 'index.tac'));
    const vault = await t.reopen();
    expect(vault.list().entries.map((e) => e.reference)).toEqual(['EH-2026-0602']);
    expect(vault.list().notices.at(-1)?.message).toMatch(/was missing from the vault, so we put back the daily backup of 23 November 2026/);
  });

  it('with no copy anywhere, is listed as missing with a plain reason, once', async () => {
    const t = await encryptedVault();
    await t.vault.setKeepBackups(0);
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0603'));
    await t.vault.flushIndex();
    await fs.rm(t.vault.familyFile(a.id));
    let vault = await t.reopen();
    expect(vault.list().unreadable).toEqual([{ id: a.id, reference: 'EH-2026-0603', problem: 'Its file is missing from the vault and no earlier copy of it was found.' }]);
    vault = await t.reopen();
    expect(vault.list().unreadable).toHaveLength(1);
    expect(vault.list().notices.filter((n) => /is missing from the vault/.test(n.message))).toHaveLength(1);
  });
});
