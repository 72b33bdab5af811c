// A vault written before encryption (plain JSON files) is moved to the locked format on the first
// start with a key: copied aside first, every family checked after, plain files and the copy removed.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Vault } from '../../src/main/storage/vault';
import { plainCodec } from '../../src/main/storage/codec';
import { createAesCodec, DataKey } from '../../src/main/security/cipher';
import { migratePlainVault } from '../../src/main/storage/plain-migration';
import type { FamilyRecord } from '../../src/core/families/record';
import { openAppCore } from '../../src/main/app-core';
import { demoRecord, filesUnder, saveAgain, tempDir } from './support';

/** A vault as the app wrote it before encryption: families/<id>.json (+ .bak), index.json, a quarantined file. */
async function plainVault(dataDir: string): Promise<FamilyRecord[]> {
  const vault = new Vault({ dir: path.join(dataDir, 'vault'), codec: plainCodec, indexDelayMs: 1 });
  await vault.open();
  const records: FamilyRecord[] = [];
  for (const ref of ['EH-2025-0001', 'EH-2025-0002', 'EH-2025-0003']) {
    const first = await vault.writeFamily(demoRecord(ref));
    records.push(await saveAgain(vault, first, `Latest words for ${ref}.`));
  }
  await vault.close();
  await fs.writeFile(path.join(dataDir, 'vault', 'quarantine', `${records[0].id}.2025-06-01T09-00-00-000Z.json`), '{"reference":"EH-2025-0001","children":[{"firstName":"Jay"');
  return records;
}

async function plainFiles(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).filter((f) => /\.json(\.bak)?$/.test(f) && !/(settings|keyring|checksums)\.json/.test(f)).map((f) => path.relative(dir, f));
}

describe('moving a plain vault to the locked format', () => {
  it('locks every family, keeps the previous saves, checks them, and removes every plain file and the copy', async () => {
    process.env.TAC_QUIET = '1';
    const dataDir = tempDir('tac-mig-');
    const records = await plainVault(dataDir);
    // Each family's file and previous save, the index and its previous copy, and the first day's backup copies.
    expect((await plainFiles(dataDir)).length).toBe(11);
    expect((await plainFiles(dataDir)).filter((f) => f.startsWith('vault/backups/'))).toHaveLength(3);

    const core = await openAppCore({ dataDir, host: 'web', keyFile: `${dataDir}.key` });
    expect(await plainFiles(dataDir)).toEqual([]);
    const vaultDir = path.join(dataDir, 'vault');
    expect((await fs.readdir(vaultDir)).filter((n) => n.startsWith('pre-encryption-backup'))).toEqual([]);
    for (const record of records) {
      const got = await core.dispatch('families.get', { familyId: record.id });
      expect(got).toEqual({ ok: true, value: record });
      expect(await fs.stat(path.join(vaultDir, 'families', `${record.id}.tac.bak`))).toBeTruthy();
    }
    const quarantine = await fs.readdir(path.join(vaultDir, 'quarantine'));
    expect(quarantine).toEqual([`${records[0].id}.2025-06-01T09-00-00-000Z.tac`]);
    const list = await core.dispatch('families.list', {});
    if (!list.ok) throw new Error('list failed');
    const { notices } = list.value as { notices: { message: string }[] };
    expect(notices.map((n) => n.message)).toEqual(['Your records are now locked on this computer: 3 families were moved to the locked format and checked.']);
    const audit = await core.dispatch('audit.list', {});
    if (!audit.ok) throw new Error('audit failed');
    expect((audit.value as { entries: { action: string; detail?: string }[] }).entries.some((e) => e.action === 'migrated' && e.detail === '3 moved to the locked format, 0 could not be')).toBe(true);
    await core.close();
  });

  it('keeps the plain copy, and says so plainly, when a family cannot be read; its damaged file is kept locked in quarantine', async () => {
    const dataDir = tempDir('tac-mig-');
    const records = await plainVault(dataDir);
    const broken = path.join(dataDir, 'vault', 'families', `${records[1].id}.json`);
    await fs.writeFile(broken, '{"schemaVersion":1,"id":"');
    await fs.writeFile(`${broken}.bak`, '');
    const codec = createAesCodec(DataKey.generate());
    const report = await migratePlainVault(path.join(dataDir, 'vault'), codec, new Date('2026-11-23T10:00:00Z'));
    expect(report).toMatchObject({ moved: 2, failed: [{ id: records[1].id }], keptBackup: 'pre-encryption-backup-2026-11-23T10-00-00-000Z' });
    expect(report!.message).toMatch(/^2 families were moved to the locked format and checked, but 1 could not be\. Nothing was deleted: a copy of the records as they were is kept in the folder “pre-encryption-backup-2026-11-23T10-00-00-000Z” inside the vault\. That copy is not locked/);
    const kept = path.join(dataDir, 'vault', report!.keptBackup!, 'families', `${records[1].id}.json`);
    expect(await fs.readFile(kept, 'utf8')).toBe('{"schemaVersion":1,"id":"');
    const locked = (await fs.readdir(path.join(dataDir, 'vault', 'quarantine'))).filter((n) => n.startsWith(records[1].id));
    expect(locked).toHaveLength(2);
    const back = codec.decodeBytes(records[1].id, await fs.readFile(path.join(dataDir, 'vault', 'quarantine', locked.find((n) => n.includes('latest'))!)));
    expect(back.toString()).toBe('{"schemaVersion":1,"id":"');
    expect(await fs.stat(broken).catch(() => undefined)).toBeUndefined();
  });

  it('uses the save before a damaged latest save, and tells the user to check the latest changes', async () => {
    const dataDir = tempDir('tac-mig-');
    const records = await plainVault(dataDir);
    await fs.writeFile(path.join(dataDir, 'vault', 'families', `${records[2].id}.json`), '');
    const codec = createAesCodec(DataKey.generate());
    const report = await migratePlainVault(path.join(dataDir, 'vault'), codec, new Date('2026-11-23T10:00:00Z'));
    expect(report).toMatchObject({ moved: 3, failed: [], usedPrevious: [records[2].id] });
    expect(report!.message).toMatch(/For 1 family the latest save was damaged, so the copy saved before it was used: check the most recent changes\./);
    const vault = new Vault({ dir: path.join(dataDir, 'vault') });
    await vault.open(codec);
    expect((await vault.readFamily(records[2].id)).revision).toBe(records[2].revision - 1);
    await vault.close();
  });

  it('finishes a migration that was interrupted after some families were already locked', async () => {
    const dataDir = tempDir('tac-mig-');
    const records = await plainVault(dataDir);
    const codec = createAesCodec(DataKey.generate());
    const target = path.join(dataDir, 'vault', 'families', `${records[0].id}.tac`);
    await fs.writeFile(target, codec.encode(records[0].id, JSON.stringify(records[0])));
    const report = await migratePlainVault(path.join(dataDir, 'vault'), codec, new Date());
    expect(report).toMatchObject({ moved: 3, failed: [] });
    expect(await plainFiles(dataDir)).toEqual([]);
    expect(await migratePlainVault(path.join(dataDir, 'vault'), codec, new Date())).toBeUndefined();
  });
});
