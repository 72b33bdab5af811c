// Crash-safe file writes: write a temp file, fsync it, keep the previous version as `.bak`
// (a hard link, so no copy), rename over the target, fsync the folder. Readers see old or new, never half.
import { promises as fs, constants } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const IS_WINDOWS = process.platform === 'win32';

async function retry<T>(fn: () => Promise<T>, attempts = 20): Promise<T> {
  // Windows virus scanners briefly lock freshly written files (EPERM/EBUSY/EACCES).
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (i >= attempts || !['EPERM', 'EBUSY', 'EACCES'].includes(code ?? '')) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function fsyncDir(dir: string): Promise<void> {
  if (IS_WINDOWS) return;
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<file>.bak`. */
  keepPrevious?: boolean;
  /** File mode for a new file (default 0o600: only this user). */
  mode?: number;
  /**
   * fsync the file and folder (default true). 'contents' syncs the new file before it takes the name but
   * not the folder: after a power cut the name holds the old file or the whole new one, never an empty one.
   * false skips both (the derived index).
   */
  durable?: boolean | 'contents';
}

export async function writeFileAtomic(file: string, data: Buffer | string, options: AtomicWriteOptions = {}): Promise<void> {
  const { keepPrevious = false, mode = 0o600, durable = true } = options;
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx', mode);
  try {
    await handle.writeFile(data);
    // A new file: fdatasync also writes the size and blocks needed to read it back.
    if (durable !== false) await handle.datasync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    if (keepPrevious) await keepBackup(file);
    await retry(() => fs.rename(tmp, file));
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  if (durable === true) await fsyncDir(dir);
}

async function keepBackup(file: string): Promise<void> {
  const bak = `${file}.bak`;
  try {
    await fs.rm(bak, { force: true });
    await fs.link(file, bak);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // nothing to keep yet
    // Some file systems refuse hard links: fall back to a copy.
    await fs.copyFile(file, bak).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
}

/** Remove temp files left by a write that was interrupted (crash, power loss). */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      await fs.rm(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
