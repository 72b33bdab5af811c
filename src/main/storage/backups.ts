// Rotating copies of the whole vault: on the first save of each day, every family file (already
// encrypted) is copied to backups/<date>/; the newest N days are kept. Erasure rewrites them.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsyncDir } from './atomic-write';

export const DEFAULT_KEEP_BACKUPS = 7;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = '.partial-';

export interface BackupInfo {
  date: string;
  families: number;
}

export class VaultBackups {
  readonly dir: string;
  private lastDay: string | undefined;
  private running: Promise<void> | undefined;

  constructor(
    vaultDir: string,
    private readonly familiesDir: string,
    public keep: number = DEFAULT_KEEP_BACKUPS,
  ) {
    this.dir = path.join(vaultDir, 'backups');
  }

  /** Remove half-made copies left by a crash (they are copies; the originals are untouched). */
  async tidy(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    for (const name of await fs.readdir(this.dir)) {
      if (name.startsWith(PARTIAL)) await fs.rm(path.join(this.dir, name), { recursive: true, force: true });
    }
  }

  /** Newest first. */
  async days(): Promise<string[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => DAY.test(n)).sort().reverse();
  }

  async list(): Promise<BackupInfo[]> {
    const out: BackupInfo[] = [];
    for (const date of await this.days()) {
      const files = await fs.readdir(path.join(this.dir, date, 'families')).catch(() => [] as string[]);
      out.push({ date, families: files.filter((f) => !f.startsWith('.')).length });
    }
    return out;
  }

  /** Called before a save: the first save of `day` first copies the vault as it stands. */
  async beforeSave(day: string, extension: string): Promise<void> {
    if (this.keep <= 0 || this.lastDay === day) return;
    if (this.running) return this.running;
    this.running = this.snapshot(day, extension).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async snapshot(day: string, extension: string): Promise<void> {
    const target = path.join(this.dir, day);
    if (await exists(target)) {
      this.lastDay = day;
      return;
    }
    const partial = path.join(this.dir, `${PARTIAL}${day}`);
    await fs.rm(partial, { recursive: true, force: true });
    const families = path.join(partial, 'families');
    await fs.mkdir(families, { recursive: true, mode: 0o700 });
    const suffix = `.${extension}`;
    for (const name of await fs.readdir(this.familiesDir)) {
      if (name.startsWith('.') || !name.endsWith(suffix)) continue;
      await linkOrCopy(path.join(this.familiesDir, name), path.join(families, name));
    }
    await fsyncDir(families);
    await fs.rename(partial, target);
    await fsyncDir(this.dir);
    this.lastDay = day;
    await this.prune();
  }

  /** Keep the newest `keep` days; older copies are removed. */
  async prune(): Promise<void> {
    const days = await this.days();
    for (const old of days.slice(Math.max(this.keep, 0))) {
      await fs.rm(path.join(this.dir, old), { recursive: true, force: true });
    }
  }

  /** Every backed-up copy of one family's file, newest first (for restoring a damaged record). */
  async copiesOf(fileName: string): Promise<{ date: string; file: string }[]> {
    const out: { date: string; file: string }[] = [];
    for (const date of await this.days()) {
      const file = path.join(this.dir, date, 'families', fileName);
      if (await exists(file)) out.push({ date, file });
    }
    return out;
  }

  /** Erasure: remove every copy of one family from every backup (and any half-made backup). */
  async erase(familyId: string): Promise<number> {
    let removed = 0;
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      const families = path.join(this.dir, name, 'families');
      for (const file of await fs.readdir(families).catch(() => [] as string[])) {
        if (file.split('.')[0] === familyId) {
          await fs.rm(path.join(families, file), { force: true });
          removed++;
        }
      }
      if (removed) await fsyncDir(families).catch(() => undefined);
    }
    return removed;
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * Saves never write a file in place (always temp file + rename), so a hard link is a safe, instant
 * copy: the backup keeps the old contents when the family is next saved. Falls back to a real copy.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    await fs.copyFile(from, to).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
}
