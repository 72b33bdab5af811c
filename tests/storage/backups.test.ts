// Daily copies of the whole vault: each day's first open or save copies every (encrypted) family file to
// backups/<date>/ — real copies with checksums; only the newest N days are kept (default 7), a setting the user can change.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { DEFAULT_KEEP_BACKUPS } from '../../src/main/storage/backups';
import { demoRecord, encryptedVault, saveAgain, tempDir } from './support';
import { openCore, value } from '../security/support';
import { familyInput } from '../support/fixtures';

describe('daily backups', () => {
  it('copies the vault as it stood before the first save of each day, once a day', async () => {
    const t = await encryptedVault();
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0301'));
    const b = await t.vault.writeFamily(demoRecord('EH-2026-0302'));
    const before = await fs.readFile(t.vault.familyFile(a.id));
    t.clock.nextDay();
    const a2 = await saveAgain(t.vault, a, 'Tuesday’s change.');
    await saveAgain(t.vault, a2, 'A second change on Tuesday.');
    expect(await t.vault.backups.list()).toEqual([
      { date: '2026-11-24', families: 2 },
      { date: '2026-11-23', families: 2 }, // made when the vault was opened, the new families copied in as they were saved
    ]);
    const copy = path.join(t.dir, 'backups', '2026-11-24', 'families', `${a.id}.tac`);
    expect(await fs.readFile(copy)).toEqual(before); // the encrypted file as it was, not a plain copy
    expect((await t.vault.readFamily(a.id)).revision).toBe(a.revision + 2);
    expect(await fs.stat(path.join(t.dir, 'backups', '2026-11-24', 'families', `${b.id}.tac`))).toBeTruthy();
  });

  it(`keeps the newest ${DEFAULT_KEEP_BACKUPS} days by default, and the number the user chooses`, async () => {
    const t = await encryptedVault();
    let record = await t.vault.writeFamily(demoRecord('EH-2026-0303'));
    for (let day = 0; day < 10; day++) {
      t.clock.nextDay();
      record = await saveAgain(t.vault, record, `Day ${day}`);
    }
    const days = (await t.vault.backups.list()).map((d) => d.date);
    expect(days).toHaveLength(7);
    expect(days[0]).toBe('2026-12-03');
    await t.vault.setKeepBackups(3);
    expect((await t.vault.backups.list()).map((d) => d.date)).toEqual(['2026-12-03', '2026-12-02', '2026-12-01']);
    const vault = await t.reopen(); // the setting is remembered
    expect(vault.backups.keep).toBe(3);
  });

  it('tidies a backup left half-made by a crash, without touching the records', async () => {
    const t = await encryptedVault();
    const record = await t.vault.writeFamily(demoRecord('EH-2026-0304'));
    await fs.mkdir(path.join(t.dir, 'backups', '.partial-2026-11-24', 'families'), { recursive: true });
    const vault = await t.reopen();
    expect(await fs.readdir(path.join(t.dir, 'backups'))).toEqual(['2026-11-23']);
    expect((await vault.readFamily(record.id)).reference).toBe('EH-2026-0304');
  });

  it('the number of backups is a setting through the API, shown in vault.status', async () => {
    const dir = tempDir();
    const core = await openCore(dir, { keyFile: `${dir}.key` });
    await value(core, 'families.create', familyInput('EH-2026-0305'));
    expect((await value(core, 'vault.status')).backups).toMatchObject({ keep: 7, days: [{ families: 1 }] });
    const bad = await core.dispatch('vault.setBackupCount', { keep: 400 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Keep at most 90 daily backups' } });
    expect((await value(core, 'vault.setBackupCount', { keep: 14 })).backups.keep).toBe(14);
    await core.close();
    const again = await openCore(dir, { keyFile: `${dir}.key` });
    expect((await value(again, 'vault.status')).backups.keep).toBe(14);
    await again.close();
  });

  it('a backup is a real copy: damage to a family file in place does not reach it, and the family is restored from it', async () => {
    const t = await encryptedVault();
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0306'));
    t.clock.nextDay();
    await t.vault.writeFamily(demoRecord('EH-2026-0307')); // the day's backup is made; family a is not saved again
    await t.vault.backups.idle();
    const live = t.vault.familyFile(a.id);
    const copy = path.join(t.dir, 'backups', '2026-11-24', 'families', `${a.id}.tac`);
    expect((await fs.stat(copy)).ino).not.toBe((await fs.stat(live)).ino);
    await damageInPlace(live);
    const vault = await t.reopen();
    expect((await vault.readFamily(a.id)).reference).toBe('EH-2026-0306');
    expect(vault.list().notices.at(-1)?.message).toMatch(/restored the daily backup of 24 November 2026/);
  });

  it('a family saved once, on the vault’s first day, already has a backup to be restored from', async () => {
    const t = await encryptedVault();
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0308'));
    await t.vault.backups.idle(); // a new family is copied in just after its first save
    await damageInPlace(t.vault.familyFile(a.id));
    const vault = await t.reopen();
    expect((await vault.readFamily(a.id)).reference).toBe('EH-2026-0308');
    expect(vault.list().notices.at(-1)?.message).toMatch(/restored the daily backup of 23 November 2026/);
  });

  it('each day’s backup has a checksum for every copy, and a copy damaged since is passed over', async () => {
    const t = await encryptedVault();
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0309'));
    t.clock.nextDay();
    await t.vault.writeFamily(demoRecord('EH-2026-0310'));
    await t.vault.backups.idle();
    const day = path.join(t.dir, 'backups', '2026-11-24');
    const sums = JSON.parse(await fs.readFile(path.join(day, 'checksums.json'), 'utf8'));
    const copy = path.join(day, 'families', `${a.id}.tac`);
    expect(sums[`${a.id}.tac`]).toBe(createHash('sha256').update(await fs.readFile(copy)).digest('hex'));
    await damageInPlace(copy);
    await damageInPlace(t.vault.familyFile(a.id));
    const vault = await t.reopen();
    expect((await vault.readFamily(a.id)).reference).toBe('EH-2026-0309');
    expect(vault.list().notices.at(-1)?.message).toMatch(/restored the daily backup of 23 November 2026/);
  });

  it('a damaged file with no good copy anywhere is kept in quarantine once, however often it is opened', async () => {
    const t = await encryptedVault();
    await t.vault.setKeepBackups(0);
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0311'));
    await damageInPlace(t.vault.familyFile(a.id));
    const vault = await t.reopen();
    await expect(vault.readFamily(a.id)).rejects.toThrow();
    await expect(vault.readFamily(a.id)).rejects.toThrow();
    const again = await t.reopen();
    await expect(again.readFamily(a.id)).rejects.toThrow();
    expect((await fs.readdir(path.join(t.dir, 'quarantine'))).filter((n) => n.startsWith(a.id))).toHaveLength(1);
  });
});

/** Overwrite part of a file where it lies (same inode), as a disk fault or a sync client would. */
async function damageInPlace(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    await handle.write(Buffer.alloc(64, 0x41), 0, 64, 40);
  } finally {
    await handle.close();
  }
}
