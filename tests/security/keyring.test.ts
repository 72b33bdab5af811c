// The data key is only ever stored wrapped: by a passphrase (scrypt), a key file, the OS key store
// and a recovery passphrase. keyring.json holds no secret in clear; wrong secrets get plain answers.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DataKey } from '../../src/main/security/cipher';
import {
  DEFAULT_SCRYPT, keyringPath, newKeyring, readKeyring, replaceWrapper, unwrapKey, writeKeyring, type Keyring,
} from '../../src/main/security/keyring';
import { KeyringError } from '../../src/main/security/keyring-error';
import { FAST_SCRYPT, mockKeyStore, tempDir } from './support';

async function reason(promise: Promise<unknown>): Promise<KeyringError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(KeyringError);
  return err as KeyringError;
}

describe('keyring', () => {
  it('unwraps the same data key with the passphrase, and keyring.json holds no key in clear', async () => {
    const dir = tempDir();
    const key = DataKey.generate();
    await writeKeyring(dir, await newKeyring(key, [{ kind: 'passphrase', passphrase: 'kettle harbour tulip' }], FAST_SCRYPT));
    const text = await fs.readFile(keyringPath(dir), 'utf8');
    const raw = key.use();
    expect(text).not.toContain(raw.toString('base64'));
    expect(text).not.toContain(raw.toString('hex'));
    expect(text).not.toContain('kettle');
    const again = await unwrapKey((await readKeyring(dir))!, { kind: 'passphrase', passphrase: 'kettle harbour tulip' });
    expect(again.use().equals(raw)).toBe(true);
    expect(again.keyId).toBe(key.keyId);
  });

  it('answers a wrong passphrase with "That passphrase is not right"', async () => {
    const keyring = await newKeyring(DataKey.generate(), [{ kind: 'passphrase', passphrase: 'kettle harbour tulip' }], FAST_SCRYPT);
    const err = await reason(unwrapKey(keyring, { kind: 'passphrase', passphrase: 'kettle harbour tulips' }));
    expect(err.message).toBe('That passphrase is not right');
    expect(err.code).toBe('wrong-passphrase');
  });

  it('refuses a passphrase that is too short to protect children’s records', async () => {
    const err = await reason(newKeyring(DataKey.generate(), [{ kind: 'passphrase', passphrase: 'short' }], FAST_SCRYPT));
    expect(err.code).toBe('weak-passphrase');
    expect(err.message).toMatch(/at least 10 characters/);
  });

  it('uses the recommended scrypt cost by default, with a random salt per wrapper', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    const key = DataKey.generate();
    const a = await newKeyring(key, [{ kind: 'passphrase', passphrase: 'kettle harbour tulip' }, { kind: 'recovery', passphrase: 'lantern meadow copper' }], FAST_SCRYPT);
    const salts = a.wrappers.map((w) => ('kdf' in w ? w.kdf.salt : ''));
    expect(new Set(salts).size).toBe(2);
  });

  it('creates a missing key file with mode 0600 and unlocks with it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'keys', 'tac.key');
    const key = DataKey.generate();
    const keyring = await newKeyring(key, [{ kind: 'key-file', path: file }], FAST_SCRYPT);
    const stat = await fs.stat(file);
    expect(stat.size).toBe(32);
    if (process.platform !== 'win32') expect(stat.mode & 0o777).toBe(0o600);
    expect((await unwrapKey(keyring, { kind: 'key-file', path: file })).use().equals(key.use())).toBe(true);
  });

  it('refuses the wrong key file, a missing one and one too short to be a key', async () => {
    const dir = tempDir();
    const keyring = await newKeyring(DataKey.generate(), [{ kind: 'key-file', path: path.join(dir, 'right.key') }], FAST_SCRYPT);
    await fs.writeFile(path.join(dir, 'wrong.key'), Buffer.alloc(32, 7));
    expect((await reason(unwrapKey(keyring, { kind: 'key-file', path: path.join(dir, 'wrong.key') }))).message).toMatch(/does not unlock this vault/);
    expect((await reason(unwrapKey(keyring, { kind: 'key-file', path: path.join(dir, 'missing.key') }))).message).toMatch(/no key file at that path/);
    await fs.writeFile(path.join(dir, 'short.key'), 'abc');
    expect((await reason(newKeyring(DataKey.generate(), [{ kind: 'key-file', path: path.join(dir, 'short.key') }]))).message).toMatch(/too short/);
  });

  it('wraps with the OS key store (safeStorage) and fails plainly when the keychain is lost', async () => {
    const store = mockKeyStore();
    const key = DataKey.generate();
    const keyring = await newKeyring(key, [{ kind: 'safeStorage', wrapper: store }], FAST_SCRYPT);
    expect((await unwrapKey(keyring, { kind: 'safeStorage', wrapper: store })).use().equals(key.use())).toBe(true);
    store.broken = true;
    const err = await reason(unwrapKey(keyring, { kind: 'safeStorage', wrapper: store }));
    expect(err.message).toMatch(/Unlock it with your passphrase instead/);
    // Another computer's key store returns a different key: the check value catches it.
    const other = mockKeyStore();
    expect((await reason(unwrapKey(keyring, { kind: 'safeStorage', wrapper: other }))).code).toBe('os-key-failed');
  });

  it('a recovery passphrase opens the vault when the key store is lost', async () => {
    const store = mockKeyStore();
    const key = DataKey.generate();
    const keyring = await newKeyring(key, [{ kind: 'safeStorage', wrapper: store }, { kind: 'recovery', passphrase: 'lantern meadow copper' }], FAST_SCRYPT);
    store.broken = true;
    const recovered = await unwrapKey(keyring, { kind: 'recovery', passphrase: 'lantern meadow copper' });
    expect(recovered.use().equals(key.use())).toBe(true);
    expect((await reason(unwrapKey(keyring, { kind: 'recovery', passphrase: 'kettle harbour tulip' }))).message).toBe('That recovery passphrase is not right');
  });

  it('a changed passphrase replaces the old one: the old passphrase no longer opens it', async () => {
    const key = DataKey.generate();
    let keyring = await newKeyring(key, [{ kind: 'passphrase', passphrase: 'kettle harbour tulip' }], FAST_SCRYPT);
    keyring = await replaceWrapper(keyring, key, { kind: 'passphrase', passphrase: 'orchard velvet candle' }, FAST_SCRYPT);
    expect(keyring.wrappers.filter((w) => w.kind === 'passphrase')).toHaveLength(1);
    await unwrapKey(keyring, { kind: 'passphrase', passphrase: 'orchard velvet candle' });
    expect((await reason(unwrapKey(keyring, { kind: 'passphrase', passphrase: 'kettle harbour tulip' }))).code).toBe('wrong-passphrase');
  });

  it('refuses a keyring whose scrypt cost was tampered with (no memory blow-up), and falls back to the previous copy', async () => {
    const dir = tempDir();
    const key = DataKey.generate();
    const keyring = await newKeyring(key, [{ kind: 'passphrase', passphrase: 'kettle harbour tulip' }], FAST_SCRYPT);
    await writeKeyring(dir, keyring);
    await writeKeyring(dir, keyring); // keeps keyring.json.bak
    const tampered = JSON.parse(await fs.readFile(keyringPath(dir), 'utf8')) as Keyring;
    (tampered.wrappers[0] as { kdf: { N: number } }).kdf.N = 2 ** 30;
    await fs.writeFile(keyringPath(dir), JSON.stringify(tampered));
    const read = await readKeyring(dir);
    expect(read).toEqual(keyring); // the previous copy
    await fs.writeFile(`${keyringPath(dir)}.bak`, 'not json');
    await expect(readKeyring(dir)).rejects.toThrow(/keyring\.json.*cannot be read/);
  });
});
