// Rotating copies of the whole vault: each day's first open or save copies every (encrypted) family
// file to backups/<date>/ — real copies, synced, with a checksum each — and the newest N days are kept.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsyncDir } from './atomic-write';

export const DEFAULT_KEEP_BACKUPS = 7;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = '.partial-';
const CHECKSUMS = 'checksums.json';

export interface BackupInfo {
  date: string;
  families: number;
}

/** One backed-up copy of a family file, with the checksum taken when it was copied (if known). */
export interface BackupCopy {
  date: string;
  file: string;
  sha256?: string;
}

/** Today's copy while it is being made: which files are copied, with their checksums. */
interface Snapshot {
  day: string;
  dir: string;
  sums: Record<string, string>;
  copying: Map<string, Promise<void>>;
  /** Set once the last copy is in: later saves add to the finished day instead. */
  closed: boolean;
  done: Promise<void>;
}

export class VaultBackups {
  readonly dir: string;
  private lastDay: string | undefined;
  private current: Snapshot | undefined;
  private starting: Promise<void> | undefined;
  private adding: Promise<void> = Promise.resolve();
  private readonly later = new Set<Promise<void>>();

  constructor(
    vaultDir: string,
    private readonly familiesDir: string,
    public keep: number = DEFAULT_KEEP_BACKUPS,
    /** The family files' extension (it depends on whether the vault is encrypted). */
    private readonly extension: () => string = () => 'tac',
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
    await this.idle();
    const out: BackupInfo[] = [];
    for (const date of await this.days()) {
      const files = await fs.readdir(path.join(this.dir, date, 'families')).catch(() => [] as string[]);
      out.push({ date, families: files.filter((f) => !f.startsWith('.')).length });
    }
    return out;
  }

  /**
   * Make sure `day` has its copy of the vault. It is made in the background: saves go on meanwhile,
   * each family's file copied just before its own save, so the copy is the vault as it stood.
   */
  async startDay(day: string): Promise<void> {
    if (this.keep <= 0) return;
    while (this.starting) await this.starting;
    if (this.lastDay === day || this.current?.day === day) return;
    this.starting = this.start(day).finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async start(day: string): Promise<void> {
    if (await exists(path.join(this.dir, day))) {
      this.lastDay = day;
      return;
    }
    if (this.current) await this.current.done; // yesterday's copy still being made
    this.current = await this.begin(day);
  }

  /** Before saving `fileName`: today's copy takes the file as it stands first. */
  async beforeSave(day: string, fileName: string): Promise<void> {
    await this.startDay(day);
    const s = this.current;
    if (s?.day === day) await this.copyIn(s, fileName);
  }

  /** After saving `fileName`: a family new since today's copy was made is copied in, so it has one. */
  async afterSave(day: string, fileName: string): Promise<void> {
    const s = this.current;
    if (s?.day === day) return this.copyIn(s, fileName);
    if (this.keep > 0 && this.lastDay === day) return this.addToDay(day, fileName);
  }

  /** Add a family's file to a finished day's copy if it has none (one at a time: the checksums file is shared). */
  private addToDay(day: string, fileName: string): Promise<void> {
    const add = async () => {
      const dayDir = path.join(this.dir, day);
      const target = path.join(dayDir, 'families', fileName);
      if (!(await exists(path.join(dayDir, 'families'))) || (await exists(target))) return;
      const sum = await copyFile(path.join(this.familiesDir, fileName), target);
      if (sum) await writeChecksums(dayDir, { ...(await readChecksums(dayDir)), [fileName]: sum });
    };
    this.adding = this.adding.then(add, add);
    return this.adding;
  }

  /** Wait for today's copy to be finished (close, tests, the bench). */
  async idle(): Promise<void> {
    while (this.current) await this.current.done;
    await Promise.all(this.later);
    await this.adding;
  }

  private async begin(day: string): Promise<Snapshot> {
    const dir = path.join(this.dir, `${PARTIAL}${day}`);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(path.join(dir, 'families'), { recursive: true, mode: 0o700 });
    const s: Snapshot = { day, dir, sums: {}, copying: new Map(), closed: false, done: Promise.resolve() };
    s.done = this.finish(s)
      .catch(async () => {
        // The copy could not be made (a full disk, a folder removed): nothing live is touched; tried again at the next open or day.
        await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
      })
      .finally(() => {
        if (this.current === s) this.current = undefined;
      });
    return s;
  }

  private async finish(s: Snapshot): Promise<void> {
    await Promise.resolve(); // let the caller record the snapshot first
    for (const name of await this.familyFiles()) await this.copyIn(s, name);
    let count: number;
    do {
      count = s.copying.size;
      await Promise.all(s.copying.values());
    } while (s.copying.size !== count);
    s.closed = true;
    await syncFiles(path.join(s.dir, 'families'));
    await writeChecksums(s.dir, s.sums);
    await fs.rename(s.dir, path.join(this.dir, s.day));
    await fsyncDir(this.dir);
    this.lastDay = s.day;
    await this.prune();
  }

  /** Copy one family file into the snapshot, once. */
  private copyIn(s: Snapshot, name: string): Promise<void> {
    let copying = s.copying.get(name);
    if (!copying && s.closed) {
      // A family new since the last copy went in: added once the day is finished, without holding up its save.
      const later = s.done.then(() => this.addToDay(s.day, name)).catch(() => undefined);
      this.later.add(later);
      void later.finally(() => this.later.delete(later));
      return Promise.resolve();
    }
    if (!copying) {
      copying = copyFile(path.join(this.familiesDir, name), path.join(s.dir, 'families', name), false).then((sum) => {
        if (sum) s.sums[name] = sum;
        else s.copying.delete(name); // not there yet (a new family): copied after its first save
      });
      s.copying.set(name, copying);
    }
    return copying;
  }

  private async familyFiles(): Promise<string[]> {
    const suffix = `.${this.extension()}`;
    return (await fs.readdir(this.familiesDir)).filter((n) => !n.startsWith('.') && n.endsWith(suffix));
  }

  /** Keep the newest `keep` days; older copies are removed. */
  async prune(): Promise<void> {
    const days = await this.days();
    for (const old of days.slice(Math.max(this.keep, 0))) {
      await fs.rm(path.join(this.dir, old), { recursive: true, force: true });
    }
  }

  /** The ids of the families in the newest finished backup. */
  async newestFamilies(): Promise<string[]> {
    const [newest] = await this.days();
    if (!newest) return [];
    const suffix = `.${this.extension()}`;
    const names = await fs.readdir(path.join(this.dir, newest, 'families')).catch(() => [] as string[]);
    return names.filter((n) => !n.startsWith('.') && n.endsWith(suffix)).map((n) => n.slice(0, -suffix.length));
  }

  /** Every backed-up copy of one family's file, newest first (for restoring a damaged record). */
  async copiesOf(fileName: string): Promise<BackupCopy[]> {
    const out: BackupCopy[] = [];
    for (const date of await this.days()) {
      const file = path.join(this.dir, date, 'families', fileName);
      if (await exists(file)) out.push({ date, file, sha256: (await readChecksums(path.join(this.dir, date)))[fileName] });
    }
    return out;
  }

  /** Erasure: remove every copy of one family from every backup (and any half-made backup). */
  async erase(familyId: string): Promise<number> {
    await this.idle();
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

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A real copy (never a link: damage to the live file must not reach it); its checksum, or undefined if
 * gone. Synced at once when `sync` (a single copy), else by `syncFiles` once the day's copies are written.
 */
async function copyFile(from: string, to: string, sync = true): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(from);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const tmp = path.join(path.dirname(to), `.${path.basename(to)}.tmp`);
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    if (sync) await handle.datasync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, to); // a stop half-way leaves a temp file, never a half copy under the family's name
  return sha256(bytes);
}

/** Sync every copy in a folder, then the folder: one pass at the end, so saves meanwhile do not queue behind each copy's sync. */
async function syncFiles(dir: string): Promise<void> {
  for (const name of await fs.readdir(dir)) {
    const handle = await fs.open(path.join(dir, name), 'r');
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }
  await fsyncDir(dir);
}

async function readChecksums(dayDir: string): Promise<Record<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(dayDir, CHECKSUMS), 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

async function writeChecksums(dayDir: string, sums: Record<string, string>): Promise<void> {
  const tmp = path.join(dayDir, `.${CHECKSUMS}.tmp`);
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(sums));
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, path.join(dayDir, CHECKSUMS));
  await fsyncDir(dayDir);
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}
