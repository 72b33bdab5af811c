// Recovering from a damaged family file: keep the damaged bytes in quarantine, find the last good
// copy (the save before it, then the daily backups, newest first), and check a key is this vault's.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FamilyRecord } from '../../core/families/record';
import { formatDate, londonDate, londonTime } from '../../core/shared/dates';
import { CodecError, plainCodec, type RecordCodec } from './codec';
import { decodeFamily } from './family-file';
import { sha256, type VaultBackups } from './backups';

/** The vault's files were locked with another key: nothing is opened or changed. */
export class VaultKeyMismatch extends Error {
  constructor() {
    super('This vault was locked with a different key from the one given, so it was not opened. Nothing was changed.');
    this.name = 'VaultKeyMismatch';
  }
}

/** Refuse a key whose id differs from the one in the index (or, with no index, the first family file). */
export async function checkKey(vaultDir: string, familiesDir: string, codec: RecordCodec): Promise<void> {
  if (codec.name === plainCodec.name) return;
  let sample = await fs.readFile(path.join(vaultDir, 'index.tac')).catch(() => undefined);
  if (!sample) {
    const first = (await fs.readdir(familiesDir)).find((n) => n.endsWith('.tac'));
    if (first) sample = await fs.readFile(path.join(familiesDir, first)).catch(() => undefined);
  }
  if (!sample) return;
  try {
    codec.decodeBytes('vault-index', sample); // only the key id in the header matters here
  } catch (err) {
    if (err instanceof CodecError && err.problem === 'wrong-key') throw new VaultKeyMismatch();
  }
}

/** Keep the unreadable bytes exactly as found, once: never overwrite an earlier copy, never keep the same bytes twice. */
export async function quarantineCopy(quarantineDir: string, id: string, bytes: Buffer, now: Date, extension: string): Promise<void> {
  for (const name of await fs.readdir(quarantineDir).catch(() => [] as string[])) {
    if (!name.startsWith(`${id}.`)) continue;
    const kept = await fs.readFile(path.join(quarantineDir, name)).catch(() => undefined);
    if (kept?.equals(bytes)) return;
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(quarantineDir, `${id}.${stamp}.${extension}`);
  await fs.writeFile(target, bytes, { mode: 0o600, flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
}

export interface GoodCopy {
  bytes: Buffer;
  record: FamilyRecord;
  /** Where it came from, in words: "the copy saved before it, from 23 November 2026 at 09:00". */
  from: string;
}

export async function findLastGood(codec: RecordCodec, id: string, file: string, backups: VaultBackups): Promise<GoodCopy | undefined> {
  const candidates: { read: () => Promise<Buffer | undefined>; from: (r: FamilyRecord) => string }[] = [
    { read: () => fs.readFile(`${file}.bak`).catch(() => undefined), from: (r) => `the copy saved before it, from ${when(r.updatedAt)}` },
    ...(await backups.copiesOf(path.basename(file))).map((c) => ({
      // A copy whose checksum no longer matches was damaged on disk since: skipped.
      read: () => fs.readFile(c.file).then((b) => (c.sha256 && sha256(b) !== c.sha256 ? undefined : b), () => undefined),
      from: () => `the daily backup of ${formatDate(c.date)}`,
    })),
  ];
  for (const candidate of candidates) {
    const bytes = await candidate.read();
    const decoded = bytes ? decodeFamily(codec, id, bytes) : undefined;
    if (bytes && decoded?.ok) return { bytes, record: decoded.record, from: candidate.from(decoded.record) };
  }
  return undefined;
}

/** The good copy with the highest revision among the previous save and the daily backups. */
export async function findNewest(codec: RecordCodec, id: string, file: string, backups: VaultBackups): Promise<GoodCopy | undefined> {
  let best: GoodCopy | undefined;
  const bak = await fs.readFile(`${file}.bak`).catch(() => undefined);
  const candidates = [...(bak ? [{ bytes: bak, from: 'the copy saved before it' }] : [])];
  for (const c of await backups.copiesOf(path.basename(file))) {
    const bytes = await fs.readFile(c.file).catch(() => undefined);
    if (bytes && (!c.sha256 || sha256(bytes) === c.sha256)) candidates.push({ bytes, from: `the daily backup of ${formatDate(c.date)}` });
  }
  for (const c of candidates) {
    const decoded = decodeFamily(codec, id, c.bytes);
    if (decoded.ok && (!best || decoded.record.revision > best.record.revision)) best = { bytes: c.bytes, record: decoded.record, from: c.from };
  }
  return best;
}

/** "23 November 2026 at 09:00" in UK time. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'earlier' : `${formatDate(londonDate(d))} at ${londonTime(d)}`;
}
