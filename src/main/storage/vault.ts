// The vault: one file per family under `families/`, a small index for the home list, a quarantine for
// files that cannot be read, and daily backups. It is closed (no key, nothing in memory) while TAC Chair is locked.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { familyRecordSchema, type FamilyRecord } from '../../core/families/record';
import { toIndexEntry, type IndexEntry } from '../../core/families/index-entry';
import { AppError } from '../../core/shared/result';
import { retentionFacts, type RetentionFacts } from '../../core/retention/rules';
import { londonDate } from '../../core/shared/dates';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { plainCodec, type RecordCodec } from './codec';
import { decodeFamily } from './family-file';
import { VaultBackups, DEFAULT_KEEP_BACKUPS } from './backups';
import { migratePlainVault, type PlainMigrationReport } from './plain-migration';
import { checkKey, findLastGood, findNewest, quarantineCopy, when } from './recovery';
import { emptyIndex, readSettings, writeSettings, type IndexFile, type Notice, type NoticeKind, type UnreadableFamily } from './vault-files';

export type { Notice, UnreadableFamily } from './vault-files';
export { VaultKeyMismatch } from './recovery';

export const LOCKED_MESSAGE = 'TAC Chair is locked. Unlock it to carry on.';

export class RecordProblem extends Error {
  constructor(public readonly familyId: string, public readonly problem: string) {
    super(problem);
    this.name = 'RecordProblem';
  }
}

/** Things worth an audit entry (ids only). */
export type VaultEvent = { kind: 'quarantined' | 'restored' | 'unreadable' | 'older'; familyId: string } | { kind: 'migrated'; moved: number; failed: number };

const ID_FILE = /^([A-Za-z0-9_-]{6,64})\.(json|tac)$/;
const INDEX_ID = 'vault-index';

export interface VaultOptions {
  dir: string;
  /** Used by `open()` when none is passed to it (the plain codec if neither is given). */
  codec?: RecordCodec;
  clock?: () => Date;
  /** How long to wait before writing the (rebuildable) index after a change. */
  indexDelayMs?: number;
  /** Daily backups to keep when no setting is saved yet (default 7). */
  keepBackups?: number;
  onEvent?: (event: VaultEvent) => void;
}

export class Vault {
  readonly dir: string;
  readonly familiesDir: string;
  readonly quarantineDir: string;
  readonly backups: VaultBackups;
  private defaultCodec: RecordCodec;
  private codec: RecordCodec | undefined;
  private clock: () => Date;
  private index: IndexFile = emptyIndex();
  private indexTimer: NodeJS.Timeout | undefined;
  private indexDelayMs: number;
  private indexWrite: Promise<void> = Promise.resolve();
  private active = 0;
  private closing = false;
  private drained: (() => void)[] = [];
  private onEvent: (event: VaultEvent) => void;

  constructor(options: VaultOptions) {
    this.dir = options.dir;
    this.familiesDir = path.join(options.dir, 'families');
    this.quarantineDir = path.join(options.dir, 'quarantine');
    this.defaultCodec = options.codec ?? plainCodec;
    this.clock = options.clock ?? (() => new Date());
    this.indexDelayMs = options.indexDelayMs ?? 150;
    this.backups = new VaultBackups(options.dir, this.familiesDir, options.keepBackups ?? DEFAULT_KEEP_BACKUPS, () => this.extension);
    this.onEvent = options.onEvent ?? (() => undefined);
  }

  get isOpen(): boolean {
    return this.codec !== undefined && !this.closing;
  }

  get extension(): string {
    return (this.codec ?? this.defaultCodec).name === 'plain' ? 'json' : 'tac';
  }

  familyFile(id: string): string {
    return path.join(this.familiesDir, `${id}.${this.extension}`);
  }

  get indexFile(): string {
    return path.join(this.dir, `index.${this.extension}`);
  }

  /** Refuses (locked) unless the vault is open. */
  private assertOpen(): RecordCodec {
    return this.open_;
  }

  private get open_(): RecordCodec {
    if (!this.codec || this.closing) throw new AppError('locked', LOCKED_MESSAGE);
    return this.codec;
  }

  /**
   * Create the folders, move a plain (pre-encryption) vault to the locked format, read the index and
   * bring it in line with the family files on disk. Refuses (VaultKeyMismatch) a key that is not this vault's.
   */
  async open(codec: RecordCodec = this.defaultCodec): Promise<{ migration?: PlainMigrationReport }> {
    await fs.mkdir(this.familiesDir, { recursive: true, mode: 0o700 });
    await fs.mkdir(this.quarantineDir, { recursive: true, mode: 0o700 });
    await removeStaleTemps(this.familiesDir);
    await removeStaleTemps(this.dir);
    await checkKey(this.dir, this.familiesDir, codec);
    const migration = await migratePlainVault(this.dir, codec, this.clock());
    await this.backups.tidy();
    const settings = await readSettings(this.dir);
    if (settings.keepBackups !== undefined) this.backups.keep = settings.keepBackups;
    await this.backups.prune(); // a stop between a new day's copy and its pruning leaves one too many
    this.codec = codec;
    this.index = await this.readIndex(codec);
    await this.reconcile();
    if (migration) {
      this.addNotice(migration.message, 'moved');
      this.onEvent({ kind: 'migrated', moved: migration.moved, failed: migration.failed.length });
    }
    await this.flushIndex();
    await this.backups.startDay(londonDate(this.clock())); // from the first day on, a copy of every family
    return { migration };
  }

  /** Wait for reads and saves under way, write the index, then forget the key and everything read. */
  async close(): Promise<void> {
    if (!this.codec || this.closing) return;
    this.closing = true;
    try {
      while (this.active > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
      await this.backups.idle();
      await this.flushIndex();
      await this.indexWrite.catch(() => undefined);
    } finally {
      this.codec = undefined;
      this.index = emptyIndex();
      this.closing = false;
    }
  }

  private async guard<T>(task: (codec: RecordCodec) => Promise<T>): Promise<T> {
    const codec = this.open_;
    this.active++;
    try {
      return await task(codec);
    } finally {
      this.active--;
      if (this.active === 0) this.drained.splice(0).forEach((resolve) => resolve());
    }
  }

  private async readIndex(codec: RecordCodec): Promise<IndexFile> {
    try {
      const parsed = JSON.parse(codec.decode(INDEX_ID, await fs.readFile(this.indexFile))) as IndexFile;
      if (parsed?.schemaVersion !== 1 || typeof parsed.entries !== 'object') return emptyIndex();
      return { ...emptyIndex(), ...parsed };
    } catch {
      return emptyIndex(); // the index is derived: rebuilt from the family files below
    }
  }

  /** Check each family file's size and time against the index; re-read only those that changed. */
  private async reconcile(): Promise<void> {
    const seen = new Set<string>();
    for (const name of await fs.readdir(this.familiesDir)) {
      const m = ID_FILE.exec(name);
      if (!m || m[2] !== this.extension) continue;
      const id = m[1];
      seen.add(id);
      const stat = await fs.stat(path.join(this.familiesDir, name));
      const known = this.index.entries[id] ?? this.index.unreadable[id];
      if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) continue;
      await this.readFamily(id).catch((err) => {
        if (!(err instanceof RecordProblem)) throw err;
      });
    }
    // A family the index or the newest backup knows, whose file is gone, is never dropped without a word.
    const known = new Set([...Object.keys(this.index.entries), ...Object.keys(this.index.unreadable), ...(await this.backups.newestFamilies())]);
    for (const id of known) if (!seen.has(id)) await this.recoverMissing(id);
  }

  /**
   * The file holds an older save than this computer last saw (an old copy put back by hand or by a sync
   * client). It is kept — putting back a backup on purpose is allowed — but the user is told, with both
   * dates, and may put back the newest copy still held (see restoreNewest).
   */
  private async noteOlderCopy(record: FamilyRecord, known: { revision: number; updatedAt: string }): Promise<void> {
    this.addNotice(
      `The file of family ${record.reference} is an older copy, saved on ${when(record.updatedAt)}, than the one last seen here, saved on ${when(known.updatedAt)}. ` +
        'If nobody put it back on purpose, put back the newest copy; if it was put back on purpose, you need do nothing.',
      'older',
      record.id,
    );
    this.onEvent({ kind: 'older', familyId: record.id });
  }

  /** Put back the newest good copy held (the previous save or a backup) of a family, if newer than its file. */
  restoreNewest(id: string): Promise<FamilyRecord | undefined> {
    return this.guard(async (codec) => {
      const file = this.familyFile(id);
      const current = await fs.readFile(file).then((b) => decodeFamily(codec, id, b), () => undefined);
      const newest = await findNewest(codec, id, file, this.backups);
      if (!newest || (current?.ok && current.record.revision >= newest.record.revision)) return undefined;
      await writeFileAtomic(file, newest.bytes, { keepPrevious: true });
      this.setEntry(newest.record, await fs.stat(file));
      delete this.index.unreadable[id];
      this.onEvent({ kind: 'restored', familyId: id });
      return newest.record;
    });
  }

  /** Put back the newest good copy of a family whose file is missing, with a notice; with none, list it as missing. */
  private async recoverMissing(id: string): Promise<void> {
    const codec = this.open_;
    const file = this.familyFile(id);
    const reference = this.index.entries[id]?.entry.reference ?? this.index.unreadable[id]?.reference;
    const good = await findLastGood(codec, id, file, this.backups);
    delete this.index.entries[id];
    if (good) {
      await writeFileAtomic(file, good.bytes);
      this.setEntry(good.record, await fs.stat(file));
      delete this.index.unreadable[id];
      this.addNotice(`The file of family ${good.record.reference} was missing from the vault, so we put back ${good.from}. Check the most recent changes to this family.`, 'missing', id);
      this.onEvent({ kind: 'restored', familyId: id });
      return;
    }
    const problem = 'Its file is missing from the vault and no earlier copy of it was found.';
    if (this.index.unreadable[id]?.problem === problem) return;
    this.index.unreadable[id] = { problem, reference, size: 0, mtimeMs: 0 };
    this.addNotice(`The file of family ${reference ?? id} is missing from the vault and no earlier copy of it was found. Ask your IT support whether it can be brought back from their own backups.`, 'missing', id);
    this.onEvent({ kind: 'unreadable', familyId: id });
  }

  list(): { entries: IndexEntry[]; unreadable: UnreadableFamily[]; notices: Notice[] } {
    this.assertOpen();
    return {
      entries: Object.values(this.index.entries).map((e) => e.entry),
      unreadable: Object.entries(this.index.unreadable).map(([id, u]) => ({ id, reference: u.reference, problem: u.problem })),
      notices: [...this.index.notices],
    };
  }

  /** What the retention review needs for each family, from the index (undefined: open the family to find out). */
  retentionFacts(): { id: string; reference: string; facts?: RetentionFacts }[] {
    this.assertOpen();
    return Object.entries(this.index.entries).map(([id, e]) => ({ id, reference: e.entry.reference, facts: e.retention }));
  }

  has(id: string): boolean {
    this.assertOpen();
    return id in this.index.entries || id in this.index.unreadable;
  }

  /**
   * Read and check one family. A damaged file is copied to quarantine untouched and the last good
   * copy (`.bak`, then the daily backups, newest first) restored; with none, the family is marked unreadable.
   * A file saved by a newer app is left exactly as it is.
   */
  readFamily(id: string): Promise<FamilyRecord> {
    return this.guard(async (codec) => {
      const file = this.familyFile(id);
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new RecordProblem(id, 'There is no family with that reference in this vault.');
        throw err;
      }
      const result = decodeFamily(codec, id, bytes);
      if (result.ok) {
        const known = this.index.entries[id]?.entry;
        if (known && result.record.revision < known.revision) await this.noteOlderCopy(result.record, known);
        this.setEntry(result.record, await fs.stat(file));
        return result.record;
      }
      if (result.kind === 'locked') throw new AppError('locked', LOCKED_MESSAGE);
      if (result.kind === 'damaged') {
        await quarantineCopy(this.quarantineDir, id, bytes, this.clock(), this.extension);
        this.onEvent({ kind: 'quarantined', familyId: id });
        const restored = await this.restoreLastGood(codec, id, file, result.problem);
        if (restored) return restored;
      }
      const stat = await fs.stat(file);
      const reference = this.index.entries[id]?.entry.reference ?? this.index.unreadable[id]?.reference;
      delete this.index.entries[id];
      this.index.unreadable[id] = { problem: result.problem, reference, size: stat.size, mtimeMs: stat.mtimeMs };
      this.scheduleIndex();
      this.onEvent({ kind: 'unreadable', familyId: id });
      throw new RecordProblem(id, result.problem);
    });
  }

  private async restoreLastGood(codec: RecordCodec, id: string, file: string, problem: string): Promise<FamilyRecord | undefined> {
    const good = await findLastGood(codec, id, file, this.backups);
    if (!good) return undefined;
    await writeFileAtomic(file, good.bytes);
    this.setEntry(good.record, await fs.stat(file));
    delete this.index.unreadable[id];
    this.addNotice(
      `We could not read the latest save of family ${good.record.reference} (${problem.replace(/\.$/, '')}) ` +
        `and restored ${good.from}. Check the most recent changes to this family. The damaged file is kept in the quarantine folder.`,
      'damaged',
      id,
    );
    this.onEvent({ kind: 'restored', familyId: id });
    return good.record;
  }

  /** Validate and save one family. Only that family's file is written (and, once a day, a backup made first). */
  writeFamily(record: FamilyRecord, options: { alreadyValid?: boolean } = {}): Promise<FamilyRecord> {
    return this.guard(async (codec) => {
      const checked = options.alreadyValid ? record : familyRecordSchema.parse(record);
      const day = londonDate(this.clock());
      const file = this.familyFile(checked.id);
      await this.backups.beforeSave(day, path.basename(file));
      await writeFileAtomic(file, codec.encode(checked.id, JSON.stringify(checked)), { keepPrevious: true });
      await this.backups.afterSave(day, path.basename(file));
      const stat = await fs.stat(file);
      delete this.index.unreadable[checked.id];
      this.setEntry(checked, stat);
      return checked;
    });
  }

  /** Remove a family's file, its previous version and its index entry. */
  deleteFamily(id: string): Promise<void> {
    return this.guard(async () => {
      const file = this.familyFile(id);
      await fs.rm(file, { force: true });
      await fs.rm(`${file}.bak`, { force: true });
      delete this.index.entries[id];
      delete this.index.unreadable[id];
      this.scheduleIndex();
    });
  }

  /** Erasure: the family's file, previous version, quarantined copies and every backup copy. */
  eraseFamily(id: string): Promise<{ backupCopies: number; quarantined: number }> {
    return this.guard(async () => {
      await this.deleteFamily(id);
      let quarantined = 0;
      for (const name of await fs.readdir(this.quarantineDir).catch(() => [] as string[])) {
        if (name.split('.')[0] === id) {
          await fs.rm(path.join(this.quarantineDir, name), { force: true });
          quarantined++;
        }
      }
      const backupCopies = await this.backups.erase(id);
      await this.flushIndex();
      return { backupCopies, quarantined };
    });
  }

  async setKeepBackups(keep: number): Promise<void> {
    this.assertOpen();
    this.backups.keep = keep;
    await writeSettings(this.dir, { keepBackups: keep });
    await this.backups.prune();
  }

  /** The audit chain's anchor, kept in the encrypted index (undefined while locked or before the first entry). */
  readonly auditAnchor = {
    read: (): { seq: number; hash: string } | undefined => (this.codec ? this.index.auditAnchor : undefined),
    write: (anchor: { seq: number; hash: string }): void => {
      if (!this.codec) return;
      this.index.auditAnchor = anchor;
      this.scheduleIndex();
    },
  };

  dismissNotice(noticeId: string): boolean {
    this.assertOpen();
    const before = this.index.notices.length;
    this.index.notices = this.index.notices.filter((n) => n.id !== noticeId);
    if (this.index.notices.length !== before) this.scheduleIndex();
    return this.index.notices.length !== before;
  }

  /** Tell the user something on the home page (once: the same words are not shown twice). */
  notify(message: string, kind?: NoticeKind): void {
    this.assertOpen();
    if (!this.index.notices.some((n) => n.message === message)) this.addNotice(message, kind);
  }

  private addNotice(message: string, kind?: NoticeKind, familyId?: string): void {
    const at = this.clock().toISOString();
    this.index.notices.push({ id: `n${Date.now().toString(36)}${this.index.notices.length}`, at, message, ...(kind ? { kind } : {}), ...(familyId ? { familyId } : {}) });
    this.scheduleIndex();
  }

  private setEntry(record: FamilyRecord, stat: { size: number; mtimeMs: number }): void {
    this.index.entries[record.id] = { entry: toIndexEntry(record), size: stat.size, mtimeMs: stat.mtimeMs, retention: retentionFacts(record) };
    this.scheduleIndex();
  }

  /** The index is derived data: it is written shortly after a change, and rebuilt if lost. */
  private scheduleIndex(): void {
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      void this.flushIndex().catch(() => undefined);
    }, this.indexDelayMs);
    this.indexTimer.unref?.();
  }

  async flushIndex(): Promise<void> {
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
    }
    const codec = this.codec;
    if (!codec) return;
    const snapshot = JSON.stringify(this.index);
    const file = this.indexFile;
    this.indexWrite = this.indexWrite
      .catch(() => undefined)
      .then(() => writeFileAtomic(file, codec.encode(INDEX_ID, snapshot), { durable: false }));
    await this.indexWrite;
  }
}
