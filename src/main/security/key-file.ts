// The browser host's `--key-file PATH`: random bytes that unlock the vault unattended. Created
// (mode 0600, only this user) when absent; refused when too short to be a key.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fsyncDir } from '../storage/atomic-write';
import { KeyringError } from './keyring-error';

export const KEY_FILE_BYTES = 32;
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** Read the key file's bytes; with `create`, make a new one if there is none. */
export async function readKeyFile(file: string, options: { create: boolean }): Promise<Buffer> {
  const full = path.resolve(file);
  try {
    const stat = await fs.stat(full);
    if (!stat.isFile()) throw new KeyringError('wrong-key-file', 'The key file path is a folder, not a file. Give the path of a file.');
    if (stat.size > MAX_KEY_FILE_BYTES) throw new KeyringError('wrong-key-file', 'The key file is too large to be a key. Check you gave the right file.');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (!options.create) throw new KeyringError('wrong-key-file', 'There is no key file at that path. Check the path, or copy the key file back.');
    await createKeyFile(full);
  }
  const bytes = await fs.readFile(full);
  if (bytes.length < KEY_FILE_BYTES) {
    bytes.fill(0);
    throw new KeyringError('wrong-key-file', `The key file is too short to be a key. Use a file of at least ${KEY_FILE_BYTES} random bytes, or a new path where TAC Chair can make one.`);
  }
  return bytes;
}

async function createKeyFile(full: string): Promise<void> {
  await fs.mkdir(path.dirname(full), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_FILE_BYTES);
  const handle = await fs.open(full, 'wx', 0o600);
  try {
    await handle.writeFile(key);
    await handle.sync();
  } finally {
    key.fill(0);
    await handle.close();
  }
  await fsyncDir(path.dirname(full));
}

/** A plain warning when other users of this computer could read the key file (POSIX only). */
export async function keyFileWarning(file: string): Promise<string | undefined> {
  if (process.platform === 'win32') return undefined;
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat && (stat.mode & 0o077) !== 0) {
    return 'The key file can be read by other users of this computer. Only you should be able to read it (chmod 600).';
  }
  return undefined;
}
