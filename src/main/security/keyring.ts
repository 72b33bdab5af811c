// The keyring: the vault's data key, stored only wrapped — by a passphrase (scrypt), a key file,
// the operating system's key store (safeStorage) and a recovery passphrase. keyring.json holds no secret in clear.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHmac, hkdf, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';
import { DataKey, KEY_BYTES } from './cipher';
import { readKeyFile } from './key-file';
import { KeyringError, type KeyringProblemCode } from './keyring-error';

export { KeyringError, type KeyringProblemCode };

export const KEYRING_FILE = 'keyring.json';

/** What the Electron shell implements with safeStorage; another host may implement it another way. */
export interface OsKeyWrapper {
  kind: 'safeStorage';
  encrypt(plain: Buffer): Buffer | Promise<Buffer>;
  decrypt(wrapped: Buffer): Buffer | Promise<Buffer>;
  /** safeStorage.getSelectedStorageBackend(): 'basic_text' means no real protection, so it is not used. */
  backend?: string;
}

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
/** OWASP's recommended scrypt cost: about 128 MB and a fraction of a second per try. */
export const DEFAULT_SCRYPT: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

export type Unlocker =
  | { kind: 'passphrase'; passphrase: string }
  | { kind: 'recovery'; passphrase: string }
  | { kind: 'key-file'; path: string }
  | { kind: 'safeStorage'; wrapper: OsKeyWrapper };
export type WrapperKind = Unlocker['kind'];

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(4096);
const scryptParams = z.object({
  N: z.number().int().refine((n) => n >= 2 ** 10 && n <= 2 ** 22 && (n & (n - 1)) === 0, 'N must be a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: b64,
});
const gcmWrap = { nonce: b64, wrapped: b64, addedAt: z.string() };
const wrapperSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), kdf: scryptParams, ...gcmWrap }),
  z.object({ kind: z.literal('recovery'), kdf: scryptParams, ...gcmWrap }),
  z.object({ kind: z.literal('key-file'), salt: b64, ...gcmWrap }),
  z.object({ kind: z.literal('safeStorage'), blob: b64, addedAt: z.string() }),
]);
export type KeyWrapper = z.infer<typeof wrapperSchema>;

export const keyringSchema = z.object({
  format: z.literal('tac-chair-keyring'),
  version: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** HMAC of a fixed label under the data key: proves an unwrapped key is the right one. */
  check: b64,
  createdAt: z.string(),
  wrappers: z.array(wrapperSchema).max(20),
});
export type Keyring = z.infer<typeof keyringSchema>;

export const MIN_PASSPHRASE = 10;
export function passphraseProblem(passphrase: string): string | undefined {
  if ([...passphrase].length < MIN_PASSPHRASE) {
    return `Use at least ${MIN_PASSPHRASE} characters. Three random words, like “kettle harbour tulip”, work well.`;
  }
  return undefined;
}

function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('tac-chair key check v1').digest().subarray(0, 16).toString('base64');
}

function wrapAad(kind: WrapperKind, keyId: string): Buffer {
  return Buffer.from(`tac-chair keyring v1|${kind}|${keyId}`, 'utf8');
}

function scryptKey(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r + 16 * 1024 * 1024 }, (err, key) => {
      secret.fill(0);
      if (err) reject(err);
      else resolve(key);
    }),
  );
}

function hkdfKey(ikm: Buffer, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    hkdf('sha256', ikm, salt, 'tac-chair key file v1', 32, (err, key) => (err ? reject(err) : resolve(Buffer.from(key)))),
  );
}

function seal(kek: Buffer, kind: WrapperKind, keyId: string, dek: Buffer): { nonce: string; wrapped: string } {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(wrapAad(kind, keyId));
  const wrapped = Buffer.concat([cipher.update(dek), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), wrapped: wrapped.toString('base64') };
}

function open(kek: Buffer, kind: WrapperKind, keyId: string, w: { nonce: string; wrapped: string }): Buffer | undefined {
  const data = Buffer.from(w.wrapped, 'base64');
  if (data.length !== KEY_BYTES + 16) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.nonce, 'base64'));
  decipher.setAAD(wrapAad(kind, keyId));
  decipher.setAuthTag(data.subarray(KEY_BYTES));
  try {
    return Buffer.concat([decipher.update(data.subarray(0, KEY_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** Wrap the data key for one way of unlocking. */
export async function wrapKey(key: DataKey, unlocker: Unlocker, cost: ScryptCost = DEFAULT_SCRYPT, now = new Date()): Promise<KeyWrapper> {
  const addedAt = now.toISOString();
  const dek = key.use();
  switch (unlocker.kind) {
    case 'passphrase':
    case 'recovery': {
      const problem = passphraseProblem(unlocker.passphrase);
      if (problem) throw new KeyringError('weak-passphrase', problem);
      const salt = randomBytes(16);
      const kek = await scryptKey(unlocker.passphrase, salt, cost);
      const sealed = seal(kek, unlocker.kind, key.keyId, dek);
      kek.fill(0);
      return { kind: unlocker.kind, kdf: { ...cost, salt: salt.toString('base64') }, ...sealed, addedAt };
    }
    case 'key-file': {
      const salt = randomBytes(16);
      const material = await readKeyFile(unlocker.path, { create: true });
      const kek = await hkdfKey(material, salt);
      material.fill(0);
      const sealed = seal(kek, 'key-file', key.keyId, dek);
      kek.fill(0);
      return { kind: 'key-file', salt: salt.toString('base64'), ...sealed, addedAt };
    }
    case 'safeStorage': {
      const blob = await unlocker.wrapper.encrypt(Buffer.from(dek));
      return { kind: 'safeStorage', blob: Buffer.from(blob).toString('base64'), addedAt };
    }
  }
}

const WRONG: Record<WrapperKind, [KeyringProblemCode, string]> = {
  passphrase: ['wrong-passphrase', 'That passphrase is not right'],
  recovery: ['wrong-recovery', 'That recovery passphrase is not right'],
  'key-file': ['wrong-key-file', 'This key file does not unlock this vault. Check you gave the right file.'],
  safeStorage: ['os-key-failed', 'The computer’s key store could not unlock TAC Chair. Unlock it with your passphrase instead.'],
};

const NONE: Record<WrapperKind, string> = {
  passphrase: 'This vault has no passphrase set. Unlock it another way.',
  recovery: 'No recovery passphrase has been set for this vault.',
  'key-file': 'This vault cannot be unlocked with a key file yet. Unlock it with the passphrase first.',
  safeStorage: 'This vault is not yet linked to this computer’s key store. Unlock it with your passphrase.',
};

/** Unwrap the data key with one unlocker. Throws KeyringError with a plain reason. */
export async function unwrapKey(keyring: Keyring, unlocker: Unlocker): Promise<DataKey> {
  const candidates = keyring.wrappers.filter((w) => w.kind === unlocker.kind);
  if (candidates.length === 0) throw new KeyringError('no-wrapper', NONE[unlocker.kind]);
  const [code, message] = WRONG[unlocker.kind];
  for (const w of candidates) {
    let dek: Buffer | undefined;
    if (w.kind === 'passphrase' || w.kind === 'recovery') {
      if (unlocker.kind !== 'passphrase' && unlocker.kind !== 'recovery') continue;
      const kek = await scryptKey(unlocker.passphrase, Buffer.from(w.kdf.salt, 'base64'), w.kdf);
      dek = open(kek, w.kind, keyring.keyId, w);
      kek.fill(0);
    } else if (w.kind === 'key-file' && unlocker.kind === 'key-file') {
      const material = await readKeyFile(unlocker.path, { create: false });
      const kek = await hkdfKey(material, Buffer.from(w.salt, 'base64'));
      material.fill(0);
      dek = open(kek, 'key-file', keyring.keyId, w);
      kek.fill(0);
    } else if (w.kind === 'safeStorage' && unlocker.kind === 'safeStorage') {
      try {
        dek = Buffer.from(await unlocker.wrapper.decrypt(Buffer.from(w.blob, 'base64')));
      } catch {
        dek = undefined;
      }
    }
    if (dek && dek.length === KEY_BYTES && checkMatches(dek, keyring.check)) {
      const key = new DataKey(dek, keyring.keyId);
      dek.fill(0);
      return key;
    }
    dek?.fill(0);
  }
  throw new KeyringError(code, message);
}

function checkMatches(dek: Buffer, expected: string): boolean {
  const a = Buffer.from(keyCheck(dek), 'base64');
  const b = Buffer.from(expected, 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A new keyring for a new data key, wrapped for each unlocker given. */
export async function newKeyring(key: DataKey, unlockers: Unlocker[], cost?: ScryptCost, now = new Date()): Promise<Keyring> {
  const wrappers: KeyWrapper[] = [];
  for (const u of unlockers) wrappers.push(await wrapKey(key, u, cost, now));
  return { format: 'tac-chair-keyring', version: 1, keyId: key.keyId, check: keyCheck(key.use()), createdAt: now.toISOString(), wrappers };
}

/** Replace every wrapper of one kind with a new one (e.g. a changed passphrase). */
export async function replaceWrapper(keyring: Keyring, key: DataKey, unlocker: Unlocker, cost?: ScryptCost, now = new Date()): Promise<Keyring> {
  const fresh = await wrapKey(key, unlocker, cost, now);
  return { ...keyring, wrappers: [...keyring.wrappers.filter((w) => w.kind !== unlocker.kind), fresh] };
}

export function keyringPath(dataDir: string): string {
  return path.join(dataDir, KEYRING_FILE);
}

/** Read keyring.json (or its previous copy if it is damaged). Undefined when there is none yet. */
export async function readKeyring(dataDir: string): Promise<Keyring | undefined> {
  const file = keyringPath(dataDir);
  let firstProblem: string | undefined;
  for (const candidate of [file, `${file}.bak`]) {
    let text: string;
    try {
      text = await fs.readFile(candidate, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    try {
      const parsed = keyringSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      firstProblem ??= 'it is not in the expected form';
    } catch {
      firstProblem ??= 'it is damaged';
    }
  }
  if (firstProblem) {
    throw new KeyringError('damaged', `The key file list (keyring.json) in the data folder cannot be read: ${firstProblem}. Restore it from a backup of the data folder.`);
  }
  return undefined;
}

export async function writeKeyring(dataDir: string, keyring: Keyring): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(keyringPath(dataDir), JSON.stringify(keyring, null, 2), { keepPrevious: true });
}

export function describeKeyring(keyring: Keyring | undefined): Record<WrapperKind, boolean> {
  const has = (k: WrapperKind) => !!keyring?.wrappers.some((w) => w.kind === k);
  return { passphrase: has('passphrase'), recovery: has('recovery'), 'key-file': has('key-file'), safeStorage: has('safeStorage') };
}
