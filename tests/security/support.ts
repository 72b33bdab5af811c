// Shared test helpers for the security and storage tests: a fast scrypt cost, an app core over a
// temporary data folder, and a mocked OS key store (what Electron's safeStorage does, in memory).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { openAppCore, type AppCore, type AppCoreOptions } from '../../src/main/app-core';
import type { OsKeyWrapper } from '../../src/main/security/keyring';

/** Tests use a small scrypt cost so each unlock is quick; the app's default is 2^17. */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export function tempDir(prefix = 'tac-sec-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openCore(dataDir: string, options: Partial<AppCoreOptions> = {}): Promise<AppCore> {
  process.env.TAC_QUIET = '1';
  return openAppCore({ dataDir, host: 'web', scrypt: FAST_SCRYPT, ...options });
}

/** Call a method and return its value, or throw with the error (for tests that expect success). */
export async function value<T = any>(core: AppCore, name: string, input: unknown = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** An in-memory stand-in for safeStorage: a per-"computer" secret; `broken` simulates a lost keychain. */
export function mockKeyStore(): OsKeyWrapper & { broken: boolean; calls: number } {
  const secret = randomBytes(32);
  const store = {
    kind: 'safeStorage' as const,
    broken: false,
    calls: 0,
    encrypt(plain: Buffer): Buffer {
      store.calls++;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      return Buffer.concat([iv, c.update(plain), c.final(), c.getAuthTag()]);
    },
    decrypt(wrapped: Buffer): Buffer {
      store.calls++;
      if (store.broken) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const d = createDecipheriv('aes-256-gcm', secret, wrapped.subarray(0, 12));
      d.setAuthTag(wrapped.subarray(wrapped.length - 16));
      return Buffer.concat([d.update(wrapped.subarray(12, wrapped.length - 16)), d.final()]);
    },
  };
  return store;
}
