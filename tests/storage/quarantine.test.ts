// A family file that fails to decrypt, parse or validate is kept aside (never deleted), the last
// good copy restored, and the user told plainly — for truncated, empty, random, swapped and wrong-key files.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createAesCodec, DataKey } from '../../src/main/security/cipher';
import { RecordProblem, VaultKeyMismatch } from '../../src/main/storage/vault';
import { demoRecord, encryptedVault, saveAgain } from './support';

async function quarantined(dir: string): Promise<string[]> {
  return fs.readdir(path.join(dir, 'quarantine'));
}

describe('quarantine and recovery', () => {
  it('a truncated latest save: kept in quarantine byte for byte, the previous save restored, the user told', async () => {
    const t = await encryptedVault();
    const first = await t.vault.writeFamily(demoRecord('EH-2026-0147'));
    await saveAgain(t.vault, first, 'Mornings are calmer now.');
    const file = t.vault.familyFile(first.id);
    const whole = await fs.readFile(file);
    const damaged = whole.subarray(0, Math.floor(whole.length * 0.6));
    await fs.writeFile(file, damaged);

    const vault = await t.reopen();
    const record = await vault.readFamily(first.id);
    expect(record.revision).toBe(first.revision);
    expect(record.meetings[1].notes[0].text).toBe(first.meetings[1].notes[0].text);
    const [kept] = await quarantined(t.dir);
    expect(kept).toMatch(new RegExp(`^${first.id}\\.2026-11-23T10-00-00-000Z\\.tac$`));
    expect(await fs.readFile(path.join(t.dir, 'quarantine', kept))).toEqual(damaged);
    const notice = vault.list().notices[0].message;
    expect(notice).toMatch(/^We could not read the latest save of family EH-2026-0147 \(The file could not be unlocked: it is damaged or incomplete, or belongs to a different family\) and restored the copy saved before it, from 23 November 2026 at 09:00\./);
    expect(notice).toMatch(/The damaged file is kept in the quarantine folder\./);
    expect(t.events).toEqual([{ kind: 'quarantined', familyId: first.id }, { kind: 'restored', familyId: first.id }]);
  });

  it('an empty file with no previous save: restored from the latest daily backup', async () => {
    const t = await encryptedVault();
    const record = await t.vault.writeFamily(demoRecord('EH-2026-0148'));
    t.clock.nextDay();
    await saveAgain(t.vault, record, 'A change on the next day.'); // first save of the day: backs up first
    await fs.writeFile(t.vault.familyFile(record.id), Buffer.alloc(0));
    await fs.rm(`${t.vault.familyFile(record.id)}.bak`);
    const vault = await t.reopen();
    expect((await vault.readFamily(record.id)).revision).toBe(record.revision);
    expect(vault.list().notices[0].message).toMatch(/\(The file is empty\. This can happen if the computer lost power or the app was stopped while saving\) and restored the daily backup of 24 November 2026\./);
  });

  it('random bytes with nothing to restore: listed as unreadable with a reason, left as they are, others unaffected', async () => {
    const t = await encryptedVault();
    const good = await t.vault.writeFamily(demoRecord('EH-2026-0149'));
    const bad = await t.vault.writeFamily(demoRecord('EH-2026-0150'));
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    await fs.writeFile(t.vault.familyFile(bad.id), noise);
    await fs.rm(path.join(t.dir, 'backups'), { recursive: true });
    const vault = await t.reopen();
    expect(vault.list().entries.map((e) => e.reference)).toEqual(['EH-2026-0149']);
    expect(vault.list().unreadable).toEqual([{ id: bad.id, reference: 'EH-2026-0150', problem: 'The file could not be unlocked: it is not a TAC Chair file.' }]);
    await expect(vault.readFamily(bad.id)).rejects.toBeInstanceOf(RecordProblem);
    expect(await fs.readFile(vault.familyFile(bad.id))).toEqual(noise);
    expect((await quarantined(t.dir)).length).toBeGreaterThanOrEqual(1);
    expect((await vault.readFamily(good.id)).reference).toBe('EH-2026-0149');
  });

  it('swapping two families’ files is detected: each is refused and its own previous save restored', async () => {
    const t = await encryptedVault();
    const a = await t.vault.writeFamily(demoRecord('EH-2026-0151'));
    const b = await t.vault.writeFamily(demoRecord('EH-2026-0152'));
    await saveAgain(t.vault, a, 'Second save of A.');
    await saveAgain(t.vault, b, 'Second save of B.');
    const fa = t.vault.familyFile(a.id);
    const fb = t.vault.familyFile(b.id);
    const [bytesA, bytesB] = [await fs.readFile(fa), await fs.readFile(fb)];
    await fs.writeFile(fa, bytesB);
    await fs.writeFile(fb, bytesA);
    const vault = await t.reopen();
    const readA = await vault.readFamily(a.id);
    const readB = await vault.readFamily(b.id);
    expect([readA.reference, readA.revision]).toEqual(['EH-2026-0151', a.revision]);
    expect([readB.reference, readB.revision]).toEqual(['EH-2026-0152', b.revision]);
    expect(vault.list().notices).toHaveLength(2);
    expect(await quarantined(t.dir)).toHaveLength(2);
  });

  it('a vault opened with the wrong key is refused outright, and nothing is changed or quarantined', async () => {
    const t = await encryptedVault();
    await t.vault.writeFamily(demoRecord('EH-2026-0153'));
    await t.vault.close();
    const before = await fs.readFile(path.join(t.dir, 'index.tac'));
    await expect(t.reopen(createAesCodec(DataKey.generate()))).rejects.toBeInstanceOf(VaultKeyMismatch);
    expect(await fs.readFile(path.join(t.dir, 'index.tac'))).toEqual(before);
    expect(await quarantined(t.dir)).toEqual([]);
    expect(t.vault.isOpen).toBe(false);
  });

  it('one family file copied in from another vault (another key) is treated as damaged and its previous save restored', async () => {
    const t = await encryptedVault();
    const record = await t.vault.writeFamily(demoRecord('EH-2026-0154'));
    await saveAgain(t.vault, record, 'Second save.');
    const foreign = createAesCodec(DataKey.generate()).encode(record.id, JSON.stringify(record));
    await fs.writeFile(t.vault.familyFile(record.id), foreign);
    const vault = await t.reopen();
    expect((await vault.readFamily(record.id)).revision).toBe(record.revision);
    expect(vault.list().notices[0].message).toMatch(/locked with a different key/);
  });

  it('a record saved by a newer version of the app is kept exactly as it is — not quarantined, not rolled back', async () => {
    const t = await encryptedVault();
    const record = await t.vault.writeFamily(demoRecord('EH-2026-0155'));
    const file = t.vault.familyFile(record.id);
    const newer = t.codec.encode(record.id, JSON.stringify({ ...record, schemaVersion: 99, revision: 5 }));
    await fs.writeFile(file, newer);
    await fs.writeFile(`${file}.bak`, t.codec.encode(record.id, JSON.stringify(record)));
    const vault = await t.reopen();
    await expect(vault.readFamily(record.id)).rejects.toThrow('This family was saved by a newer version of TAC Chair (record version 99). Update the app to open it.');
    expect(await fs.readFile(file)).toEqual(newer);
    expect(await quarantined(t.dir)).toEqual([]);
    expect(vault.list().notices).toEqual([]);
    expect(vault.list().unreadable[0].problem).toMatch(/newer version of TAC Chair/);
  });

  it('a file in a newer file format is also left alone, with a plain reason', async () => {
    const t = await encryptedVault();
    const record = await t.vault.writeFamily(demoRecord('EH-2026-0156'));
    const file = t.vault.familyFile(record.id);
    const bytes = await fs.readFile(file);
    bytes[4] = 2;
    await fs.writeFile(file, bytes);
    const vault = await t.reopen();
    expect(vault.list().unreadable[0].problem).toBe('The file could not be opened: it was saved in a newer file format (2); update TAC Chair to open it.');
    expect(await quarantined(t.dir)).toEqual([]);
  });

  it('a record that decrypts but fails validation is quarantined with the field named', async () => {
    const t = await encryptedVault();
    const record = await t.vault.writeFamily(demoRecord('EH-2026-0157'));
    await fs.writeFile(t.vault.familyFile(record.id), t.codec.encode(record.id, JSON.stringify({ ...record, children: [] })));
    await fs.rm(path.join(t.dir, 'backups'), { recursive: true });
    const vault = await t.reopen();
    expect(vault.list().unreadable[0].problem).toMatch(/^The file does not hold a valid family record \(children: Add at least one child or expected baby; /);
    expect(await quarantined(t.dir)).toHaveLength(1);
  });
});
