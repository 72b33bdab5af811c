// The vault: one file per family under `families/`, a small index for the home list, and a
// quarantine for files that cannot be read. A save touches only that family's file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { familyRecordSchema, type FamilyRecord } from '../../core/families/record';
import { toIndexEntry, type IndexEntry } from '../../core/families/index-entry';
import { migrateFamily, NewerVersionError } from '../../core/migrations';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { CodecError, plainCodec, type RecordCodec } from './codec';
import { explainIssues } from '../../core/shared/issues';

export interface Notice {
  id: string;
  at: string;
  message: string;
}

export interface UnreadableFamily {
  id: string;
  reference?: string;
  problem: string;
}

interface IndexFile {
  schemaVersion: 1;
  entries: Record<string, { entry: IndexEntry; size: number; mtimeMs: number }>;
  unreadable: Record<string, { problem: string; reference?: string; size: number; mtimeMs: number }>;
  notices: Notice[];
}

export class RecordProblem extends Error {
  constructor(public readonly familyId: string, public readonly problem: string) {
    super(problem);
    this.name = 'RecordProblem';
  }
}

const ID_FILE = /^([A-Za-z0-9_-]{6,64})\.(json|tac)$/;
const INDEX_ID = 'vault-index';

export interface VaultOptions {
  dir: string;
  codec?: RecordCodec;
  clock?: () => Date;
  /** How long to wait before writing the (rebuildable) index after a change. */
  indexDelayMs?: number;
}

export class Vault {
  readonly dir: string;
  readonly familiesDir: string;
  readonly quarantineDir: string;
  private codec: RecordCodec;
  private clock: () => Date;
  private index: IndexFile = emptyIndex();
  private indexTimer: NodeJS.Timeout | undefined;
  private indexDelayMs: number;
  private indexWrite: Promise<void> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.dir = options.dir;
    this.familiesDir = path.join(options.dir, 'families');
    this.quarantineDir = path.join(options.dir, 'quarantine');
    this.codec = options.codec ?? plainCodec;
    this.clock = options.clock ?? (() => new Date());
    this.indexDelayMs = options.indexDelayMs ?? 150;
  }

  get extension(): string {
    return this.codec.name === 'plain' ? 'json' : 'tac';
  }

  familyFile(id: string): string {
    return path.join(this.familiesDir, `${id}.${this.extension}`);
  }

  get indexFile(): string {
    return path.join(this.dir, `index.${this.extension}`);
  }

  /** Create the folders, read the index and bring it in line with the family files on disk. */
  async open(): Promise<void> {
    await fs.mkdir(this.familiesDir, { recursive: true, mode: 0o700 });
    await fs.mkdir(this.quarantineDir, { recursive: true, mode: 0o700 });
    await removeStaleTemps(this.familiesDir);
    await removeStaleTemps(this.dir);
    this.index = await this.readIndex();
    await this.reconcile();
    await this.flushIndex();
  }

  private async readIndex(): Promise<IndexFile> {
    try {
      const bytes = await fs.readFile(this.indexFile);
      const parsed = JSON.parse(this.codec.decode(INDEX_ID, bytes)) as IndexFile;
      if (parsed?.schemaVersion !== 1 || typeof parsed.entries !== 'object') return emptyIndex();
      return { ...emptyIndex(), ...parsed };
    } catch {
      return emptyIndex(); // the index is derived: rebuilt from the family files below
    }
  }

  /** Check each family file's size and time against the index; re-read only those that changed. */
  private async reconcile(): Promise<void> {
    const names = await fs.readdir(this.familiesDir);
    const seen = new Set<string>();
    for (const name of names) {
      const m = ID_FILE.exec(name);
      if (!m || m[2] !== this.extension) continue;
      const id = m[1];
      seen.add(id);
      const stat = await fs.stat(path.join(this.familiesDir, name));
      const known = this.index.entries[id] ?? this.index.unreadable[id];
      if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) continue;
      try {
        await this.readFamily(id);
      } catch (err) {
        if (!(err instanceof RecordProblem)) throw err;
      }
    }
    for (const id of Object.keys(this.index.entries)) if (!seen.has(id)) delete this.index.entries[id];
    for (const id of Object.keys(this.index.unreadable)) if (!seen.has(id)) delete this.index.unreadable[id];
  }

  list(): { entries: IndexEntry[]; unreadable: UnreadableFamily[]; notices: Notice[] } {
    return {
      entries: Object.values(this.index.entries).map((e) => e.entry),
      unreadable: Object.entries(this.index.unreadable).map(([id, u]) => ({ id, reference: u.reference, problem: u.problem })),
      notices: [...this.index.notices],
    };
  }

  has(id: string): boolean {
    return id in this.index.entries || id in this.index.unreadable;
  }

  /**
   * Read and check one family. If the file is damaged, it is copied to quarantine untouched; the
   * last good copy (`.bak`) is restored when there is one, otherwise the family is marked unreadable.
   */
  async readFamily(id: string): Promise<FamilyRecord> {
    const file = this.familyFile(id);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new RecordProblem(id, 'There is no family with that reference in this vault.');
      }
      throw err;
    }
    const result = this.decodeFamily(id, bytes);
    if (result.ok) {
      const stat = await fs.stat(file);
      this.setEntry(result.record, stat);
      return result.record;
    }
    await this.quarantine(id, bytes);
    const backup = await fs.readFile(`${file}.bak`).catch(() => undefined);
    const restored = backup ? this.decodeFamily(id, backup) : undefined;
    if (restored?.ok) {
      await writeFileAtomic(file, backup!);
      const stat = await fs.stat(file);
      this.setEntry(restored.record, stat);
      this.addNotice(
        `We could not read the latest save of family ${restored.record.reference} (${result.problem}) ` +
          `and restored the copy saved before it, from ${restored.record.updatedAt.slice(0, 16).replace('T', ' at ')}. ` +
          'Check the most recent changes to this family. The damaged file is kept in the quarantine folder.',
      );
      return restored.record;
    }
    const stat = await fs.stat(file);
    const reference = this.index.entries[id]?.entry.reference ?? this.index.unreadable[id]?.reference;
    delete this.index.entries[id];
    this.index.unreadable[id] = { problem: result.problem, reference, size: stat.size, mtimeMs: stat.mtimeMs };
    this.scheduleIndex();
    throw new RecordProblem(id, result.problem);
  }

  private decodeFamily(id: string, bytes: Buffer): { ok: true; record: FamilyRecord } | { ok: false; problem: string } {
    if (bytes.length === 0) return { ok: false, problem: 'The file is empty. This can happen if the computer lost power while saving.' };
    let text: string;
    try {
      text = this.codec.decode(id, bytes);
    } catch (err) {
      const why = err instanceof CodecError ? err.message : 'it could not be unlocked';
      return { ok: false, problem: `The file could not be unlocked: ${why}` };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'The file is damaged or incomplete. This can happen if the computer lost power while saving.' };
    }
    let migrated: unknown;
    try {
      migrated = migrateFamily(raw);
    } catch (err) {
      if (err instanceof NewerVersionError) return { ok: false, problem: err.message };
      return { ok: false, problem: `The file could not be brought up to date: ${(err as Error).message}` };
    }
    const parsed = familyRecordSchema.safeParse(migrated);
    if (!parsed.success) {
      return { ok: false, problem: `The file does not hold a valid family record (${explainIssues(parsed.error.issues)}).` };
    }
    if (parsed.data.id !== id) {
      return { ok: false, problem: 'The file holds a different family’s record, so it was not opened.' };
    }
    return { ok: true, record: parsed.data };
  }

  /** Validate and save one family. Only that family's file is written. */
  async writeFamily(record: FamilyRecord): Promise<FamilyRecord> {
    const checked = familyRecordSchema.parse(record);
    const file = this.familyFile(checked.id);
    await writeFileAtomic(file, this.codec.encode(checked.id, JSON.stringify(checked)), { keepPrevious: true });
    const stat = await fs.stat(file);
    delete this.index.unreadable[checked.id];
    this.setEntry(checked, stat);
    return checked;
  }

  /** Remove a family's file, its previous version and its index entry. */
  async deleteFamily(id: string): Promise<void> {
    const file = this.familyFile(id);
    await fs.rm(file, { force: true });
    await fs.rm(`${file}.bak`, { force: true });
    delete this.index.entries[id];
    delete this.index.unreadable[id];
    this.scheduleIndex();
  }

  dismissNotice(noticeId: string): boolean {
    const before = this.index.notices.length;
    this.index.notices = this.index.notices.filter((n) => n.id !== noticeId);
    if (this.index.notices.length !== before) this.scheduleIndex();
    return this.index.notices.length !== before;
  }

  private addNotice(message: string): void {
    const at = this.clock().toISOString();
    this.index.notices.push({ id: `n${Date.now().toString(36)}${this.index.notices.length}`, at, message });
    this.scheduleIndex();
  }

  private async quarantine(id: string, bytes: Buffer): Promise<void> {
    const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
    const target = path.join(this.quarantineDir, `${id}.${stamp}.${this.extension}`);
    await fs.writeFile(target, bytes, { mode: 0o600, flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }

  private setEntry(record: FamilyRecord, stat: { size: number; mtimeMs: number }): void {
    const entry = toIndexEntry(record);
    this.index.entries[record.id] = { entry, size: stat.size, mtimeMs: stat.mtimeMs };
    this.scheduleIndex();
  }

  /** The index is derived data: it is written shortly after a change, and rebuilt if lost. */
  private scheduleIndex(): void {
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      void this.flushIndex();
    }, this.indexDelayMs);
    this.indexTimer.unref?.();
  }

  async flushIndex(): Promise<void> {
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
    }
    const snapshot = JSON.stringify(this.index);
    this.indexWrite = this.indexWrite
      .catch(() => undefined)
      .then(() => writeFileAtomic(this.indexFile, this.codec.encode(INDEX_ID, snapshot), { durable: false }));
    await this.indexWrite;
  }

  async close(): Promise<void> {
    await this.flushIndex();
  }
}

function emptyIndex(): IndexFile {
  return { schemaVersion: 1, entries: {}, unreadable: {}, notices: [] };
}
