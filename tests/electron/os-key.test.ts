// The keychain wrapper for the vault's data key: a key wrapped and unwrapped comes back the same,
// and a Linux machine whose "keychain" is a hard-coded password is refused, with a plain reason.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { safeStorageKeyWrapper } from '../../src/main/electron/os-key';

vi.mock('electron', () => import('./support/fake-electron'));

function fakeSafeStorage(backend = 'gnome_libsecret', available = true) {
  return {
    isEncryptionAvailable: vi.fn(() => available),
    encryptString: vi.fn((s: string) => Buffer.from(s, 'utf8').reverse()),
    decryptString: vi.fn((b: Buffer) => Buffer.from(b).reverse().toString('utf8')),
    getSelectedStorageBackend: vi.fn(() => backend as never),
  };
}

describe('wrapping the data key with the keychain', () => {
  it('gives back exactly the key it wrapped, and the wrapped form is not the key', () => {
    const check = safeStorageKeyWrapper(fakeSafeStorage(), 'linux');
    expect(check.available).toBe(true);
    if (!check.available) return;
    const key = randomBytes(32);
    const wrapped = check.wrapper.encrypt(key);
    expect(wrapped.includes(key)).toBe(false);
    expect(check.wrapper.decrypt(wrapped)).toEqual(key);
    expect(check.wrapper.kind).toBe('safeStorage');
  });

  it('refuses a Linux machine with no real keychain (basic_text), saying a passphrase is needed', () => {
    const check = safeStorageKeyWrapper(fakeSafeStorage('basic_text'), 'linux');
    expect(check).toEqual({ available: false, reason: expect.stringMatching(/no secure keychain.*passphrase/) });
  });

  it('refuses when the keychain is not available at all', () => {
    const check = safeStorageKeyWrapper(fakeSafeStorage('unknown', false), 'win32');
    expect(check.available).toBe(false);
  });

  it('uses the keychain on Windows and macOS without asking for a Linux backend', () => {
    const storage = fakeSafeStorage('basic_text');
    expect(safeStorageKeyWrapper(storage, 'win32').available).toBe(true);
    expect(safeStorageKeyWrapper(storage, 'darwin').available).toBe(true);
  });
});
