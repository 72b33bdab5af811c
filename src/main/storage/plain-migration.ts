// Moving a vault written before encryption (families/<id>.json, index.json) to the locked format:
// copy it aside first, write encrypted files, check each one reads back the same, then remove the plain files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsyncDir, writeFileAtomic } from './atomic-write';
import { plainCodec, type RecordCodec } from './codec';
import { decodeFamily } from './family-file';

export interface PlainMigrationReport {
  /** Families now stored encrypted and checked. */
  moved: number;
  /** Families whose plain file (and its previous copy) could not be read: kept aside, never deleted. */
  failed: { id: string; problem: string }[];
  /** Families whose latest plain save was damaged, so the save before it was used (the damaged one is kept, locked, in quarantine). */
  usedPrevious: string[];
  /** The folder (inside the vault) holding the plain copy, when it had to be kept. */
  keptBackup?: string;
  /** What to tell the user, in plain words. */
  message: string;
}

const PLAIN_FAMILY = /^([A-Za-z0-9_-]{6,64})\.json(\.bak)?$/;
const PLAIN_QUARANTINE = /^([A-Za-z0-9_-]{6,64})\..+\.json$/;
const PLAIN_BACKUP = /^([A-Za-z0-9_-]{6,64})\.json$/;
const BACKUP_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Plain files present in a vault folder (paths relative to it). Empty when there are none. */
export async function findPlainFiles(vaultDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await fs.readdir(path.join(vaultDir, 'families')).catch(() => [] as string[])) {
    if (PLAIN_FAMILY.test(name)) found.push(path.join('families', name));
  }
  for (const name of ['index.json', 'index.json.bak']) {
    if (await fs.stat(path.join(vaultDir, name)).then(() => true, () => false)) found.push(name);
  }
  for (const name of await fs.readdir(path.join(vaultDir, 'quarantine')).catch(() => [] as string[])) {
    if (PLAIN_QUARANTINE.test(name)) found.push(path.join('quarantine', name));
  }
  for (const day of await fs.readdir(path.join(vaultDir, 'backups')).catch(() => [] as string[])) {
    if (!BACKUP_DAY.test(day)) continue;
    for (const name of await fs.readdir(path.join(vaultDir, 'backups', day, 'families')).catch(() => [] as string[])) {
      if (PLAIN_BACKUP.test(name)) found.push(path.join('backups', day, 'families', name));
    }
  }
  return found;
}

export async function migratePlainVault(vaultDir: string, codec: RecordCodec, now: Date): Promise<PlainMigrationReport | undefined> {
  if (codec.name === plainCodec.name) return undefined;
  const plain = await findPlainFiles(vaultDir);
  if (plain.length === 0) return undefined;

  // 1. A copy of everything, before anything is changed.
  const backupName = `pre-encryption-backup-${now.toISOString().replace(/[:.]/g, '-')}`;
  const backupDir = path.join(vaultDir, backupName);
  for (const rel of plain) {
    await fs.mkdir(path.dirname(path.join(backupDir, rel)), { recursive: true, mode: 0o700 });
    await fs.copyFile(path.join(vaultDir, rel), path.join(backupDir, rel));
  }
  await fsyncDir(path.join(backupDir, 'families')).catch(() => undefined);
  await fsyncDir(backupDir);

  const failed: { id: string; problem: string }[] = [];
  const leftInPlace: string[] = [];
  const removable: string[] = ['index.json', 'index.json.bak'].filter((n) => plain.includes(n));
  const usedPrevious: string[] = [];
  let moved = 0;
  const stamp = now.toISOString().replace(/[:.]/g, '-');

  // 2. Each family: read the plain file (or its previous copy), write it encrypted, read it back.
  const ids = [...new Set(plain.filter((p) => p.startsWith('families')).map((p) => PLAIN_FAMILY.exec(path.basename(p))![1]))];
  for (const id of ids) {
    const jsonFile = path.join(vaultDir, 'families', `${id}.json`);
    const mainBytes = await fs.readFile(jsonFile).catch(() => undefined);
    const bakBytes = await fs.readFile(`${jsonFile}.bak`).catch(() => undefined);
    const main = mainBytes ? decodeFamily(plainCodec, id, mainBytes) : undefined;
    const bak = bakBytes ? decodeFamily(plainCodec, id, bakBytes) : undefined;
    const best = main?.ok ? main : bak?.ok ? bak : undefined;
    const rels = [`${id}.json`, `${id}.json.bak`].map((n) => path.join('families', n)).filter((r) => plain.includes(r));
    if (!best?.ok) {
      // Keep the damaged bytes inside the vault, locked, and in the kept backup.
      const problem = main && !main.ok ? main.problem : bak && !bak.ok ? bak.problem : 'The file could not be read.';
      try {
        for (const rel of rels) {
          const bytes = await fs.readFile(path.join(vaultDir, rel));
          await lockedCopy(codec, id, bytes, path.join(vaultDir, 'quarantine', `${id}.${stamp}.${rel.endsWith('.bak') ? 'previous' : 'latest'}.tac`));
        }
        removable.push(...rels);
      } catch {
        leftInPlace.push(...rels);
      }
      failed.push({ id, problem });
      continue;
    }
    try {
      const target = path.join(vaultDir, 'families', `${id}.tac`);
      const existing = await fs.readFile(target).catch(() => undefined);
      const already = existing ? decodeFamily(codec, id, existing) : undefined;
      if (mainBytes && !main?.ok) {
        await lockedCopy(codec, id, mainBytes, path.join(vaultDir, 'quarantine', `${id}.${stamp}.latest.tac`));
        usedPrevious.push(id);
      }
      if (bakBytes && !bak?.ok) await lockedCopy(codec, id, bakBytes, path.join(vaultDir, 'quarantine', `${id}.${stamp}.previous.tac`));
      const keepExisting = already?.ok && already.record.revision >= best.record.revision;
      if (!keepExisting) {
        await writeFileAtomic(target, codec.encode(id, JSON.stringify(best.record)));
        if (main?.ok && bak?.ok) await writeFileAtomic(`${target}.bak`, codec.encode(id, JSON.stringify(bak.record)));
      }
      // 3. Check: it reads back, validates, and matches the original.
      const check = decodeFamily(codec, id, await fs.readFile(target));
      if (!check.ok) throw new Error(check.problem);
      if (!keepExisting && JSON.stringify(check.record) !== JSON.stringify(best.record)) throw new Error('The locked copy does not match the original.');
      removable.push(...rels);
      moved++;
    } catch (err) {
      leftInPlace.push(...rels);
      failed.push({ id, problem: `It could not be moved to the locked format (${(err as Error).message}). Its plain file was left where it was and will be tried again next time.` });
    }
  }

  // Quarantined plain copies from before: keep them, locked.
  for (const rel of plain.filter((p) => p.startsWith('quarantine'))) {
    const name = path.basename(rel);
    const id = PLAIN_QUARANTINE.exec(name)![1];
    try {
      const bytes = await fs.readFile(path.join(vaultDir, rel));
      await lockedCopy(codec, id, bytes, path.join(vaultDir, 'quarantine', name.replace(/\.json$/, '.tac')));
      removable.push(rel);
    } catch {
      leftInPlace.push(rel);
    }
  }

  // Daily backups from before: keep them, locked, where they were.
  for (const rel of plain.filter((p) => p.startsWith('backups'))) {
    const id = PLAIN_BACKUP.exec(path.basename(rel))![1];
    try {
      const bytes = await fs.readFile(path.join(vaultDir, rel));
      await lockedCopy(codec, id, bytes, path.join(vaultDir, rel.replace(/\.json$/, '.tac')));
      removable.push(rel);
    } catch {
      leftInPlace.push(rel);
    }
  }

  // 4. Remove the plain files that are now safely locked; then the copy, if nothing went wrong.
  for (const rel of removable) await fs.rm(path.join(vaultDir, rel), { force: true });
  await fsyncDir(path.join(vaultDir, 'families'));
  const allGood = failed.length === 0 && leftInPlace.length === 0;
  const previous = usedPrevious.length
    ? ` For ${usedPrevious.length} ${usedPrevious.length === 1 ? 'family' : 'families'} the latest save was damaged, so the copy saved before it was used: check the most recent changes. The damaged file is kept, locked, in the quarantine folder.`
    : '';
  if (allGood) {
    await fs.rm(backupDir, { recursive: true, force: true });
    return { moved, failed, usedPrevious, message: `Your records are now locked on this computer: ${moved} ${moved === 1 ? 'family was' : 'families were'} moved to the locked format and checked.${previous}` };
  }
  return {
    moved,
    failed,
    usedPrevious,
    keptBackup: backupName,
    message:
      `${moved} ${moved === 1 ? 'family was' : 'families were'} moved to the locked format and checked, but ${failed.length} could not be. ` +
      `Nothing was deleted: a copy of the records as they were is kept in the folder “${backupName}” inside the vault. ` +
      'That copy is not locked, so ask your IT support or data protection officer to check it and then keep it somewhere safe or delete it.' +
      previous,
  };
}

/** Write bytes encrypted and check they read back exactly. */
async function lockedCopy(codec: RecordCodec, id: string, bytes: Buffer, target: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await writeFileAtomic(target, codec.encodeBytes(id, bytes));
  const back = codec.decodeBytes(id, await fs.readFile(target));
  if (!back.equals(bytes)) throw new Error('The locked copy does not match.');
}
