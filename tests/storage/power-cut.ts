// A simulated power cut for the storage tests. While armed, every call through `node:fs` promises is
// counted; at the chosen call the "power goes": that call and every later one never finish, and the disk
// is laid anew from what had been made durable — file contents only as of their last fsync, directory
// entries only as of their directory's last fsync (a file whose name was synced but not its data is empty).
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/** A file or folder: its inode number and which life of that number (the file system reuses numbers). */
type Key = string;
type Entry = { key: Key; dir: boolean };

interface DurableImage {
  rootKey: Key;
  /** Directory → its names as of its last fsync. */
  dirs: Map<Key, Map<string, Entry>>;
  /** File → its contents as of its last fsync. */
  data: Map<Key, Buffer>;
  /** The life each inode number is in now. */
  lives: Map<number, number>;
}

const keyOf = (image: DurableImage, ino: number): Key => `${ino}:${image.lives.get(ino) ?? 0}`;
/** Calls that may bring a new file or folder into being at the path in their first (or, for copyFile, second) argument. */
const BIRTHS: Partial<Record<string, number>> = { open: 0, writeFile: 0, appendFile: 0, copyFile: 1, mkdir: 0 };

const real = { ...fs };
type FsName = keyof typeof fs;
const COUNTED: FsName[] = ['open', 'writeFile', 'appendFile', 'rename', 'rm', 'unlink', 'link', 'copyFile', 'mkdir', 'truncate', 'readFile', 'readdir', 'stat'];

/** Take the whole tree under `root` as durable (the state before the experiment). */
async function scan(root: string, image: DurableImage, dir = root): Promise<Key> {
  const st = await real.stat(dir);
  const names = new Map<string, Entry>();
  for (const name of await real.readdir(dir)) {
    const full = path.join(dir, name);
    const s: Stats = await real.stat(full);
    if (s.isDirectory()) names.set(name, { key: await scan(root, image, full), dir: true });
    else {
      names.set(name, { key: keyOf(image, s.ino), dir: false });
      image.data.set(keyOf(image, s.ino), await real.readFile(full));
    }
  }
  image.dirs.set(keyOf(image, st.ino), names);
  return keyOf(image, st.ino);
}

export interface PowerCut {
  /** Calls counted so far (run once without a cut to learn how many a scenario makes). */
  readonly calls: number;
  /** True once the power has gone. */
  readonly cut: boolean;
  /** Stop counting and put `fs` back. */
  disarm(): void;
  /** Lay out what survived the cut in `target` (a new, empty folder). */
  survivors(target: string): Promise<void>;
}

/** Arm over the tree under `root`; the power goes at call number `cutAt` (never, when undefined). */
export async function armPowerCut(root: string, cutAt?: number): Promise<PowerCut> {
  const image: DurableImage = { rootKey: '', dirs: new Map(), data: new Map(), lives: new Map() };
  image.rootKey = await scan(root, image);
  let calls = 0;
  let cut = false;
  const never = new Promise<never>(() => undefined);
  const gate = () => {
    if (cut) return false;
    calls++;
    if (cutAt !== undefined && calls >= cutAt) {
      cut = true;
      return false;
    }
    return true;
  };

  /** After an fsync: a file's contents, or a directory's names, become durable. */
  const synced = async (file: string) => {
    const s = await real.stat(file).catch(() => undefined);
    if (!s) return;
    if (!s.isDirectory()) {
      image.data.set(keyOf(image, s.ino), await real.readFile(file));
      return;
    }
    const names = new Map<string, Entry>();
    for (const name of await real.readdir(file)) {
      const c = await real.stat(path.join(file, name)).catch(() => undefined);
      if (c) names.set(name, { key: keyOf(image, c.ino), dir: c.isDirectory() });
    }
    image.dirs.set(keyOf(image, s.ino), names);
  };

  const patched: Partial<Record<FsName, unknown>> = {};
  for (const name of COUNTED) {
    const original = real[name] as (...args: unknown[]) => Promise<unknown>;
    patched[name] = async (...args: unknown[]) => {
      if (!gate()) return never;
      const born = BIRTHS[name] === undefined ? undefined : String(args[BIRTHS[name]!]);
      const existed = born === undefined || (await real.stat(born).then(() => true, () => false));
      const result = await original(...args);
      if (!existed) {
        // A new file or folder: if its inode number was used before, this is a new life of it.
        const ino = (await real.stat(born!)).ino;
        image.lives.set(ino, (image.lives.get(ino) ?? 0) + 1);
      }
      if (name !== 'open') return result;
      const handle = result as import('node:fs/promises').FileHandle;
      const file = String(args[0]);
      for (const method of ['sync', 'datasync'] as const) {
        const inner = handle[method].bind(handle);
        handle[method] = async () => {
          if (!gate()) return never;
          await inner();
          await synced(file);
        };
      }
      for (const method of ['write', 'writeFile', 'close'] as const) {
        const inner = (handle[method] as (...a: unknown[]) => Promise<unknown>).bind(handle);
        (handle as unknown as Record<string, unknown>)[method] = async (...a: unknown[]) => (gate() ? inner(...a) : never);
      }
      return handle;
    };
  }
  Object.assign(fs, patched);

  return {
    get calls() {
      return calls;
    },
    get cut() {
      return cut;
    },
    disarm() {
      Object.assign(fs, real);
    },
    async survivors(target: string) {
      const lay = async (key: Key, dir: string) => {
        await real.mkdir(dir, { recursive: true });
        for (const [name, entry] of image.dirs.get(key) ?? new Map<string, Entry>()) {
          const full = path.join(dir, name);
          if (entry.dir) await lay(entry.key, full);
          else await real.writeFile(full, image.data.get(entry.key) ?? Buffer.alloc(0));
        }
      };
      await lay(image.rootKey, target);
    },
  };
}
