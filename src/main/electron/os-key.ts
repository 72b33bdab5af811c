// Wraps the vault's data key with the operating system's keychain (Electron safeStorage), in the
// shape the keyring expects. Refuses when the "keychain" would be a hard-coded password (Linux basic_text).
import type { SafeStorage } from 'electron';

export interface SafeStorageKeyWrapper {
  kind: 'safeStorage';
  encrypt(plain: Buffer): Buffer;
  decrypt(wrapped: Buffer): Buffer;
  /** safeStorage's backend on Linux (e.g. gnome_libsecret, kwallet5); the keyring refuses basic_text too. */
  backend?: string;
}

export type OsKeyCheck = { available: true; wrapper: SafeStorageKeyWrapper } | { available: false; reason: string };

/** Call after the app is ready: before that safeStorage cannot say whether it works. */
export function safeStorageKeyWrapper(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
    Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>,
  platform: NodeJS.Platform = process.platform,
): OsKeyCheck {
  if (!safeStorage.isEncryptionAvailable()) {
    return { available: false, reason: 'This computer’s keychain is not available, so TAC Chair needs its passphrase.' };
  }
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  if (backend === 'basic_text') {
    return {
      available: false,
      reason: 'This computer has no secure keychain (such as GNOME Keyring or KWallet), so TAC Chair needs its passphrase.',
    };
  }
  return {
    available: true,
    wrapper: {
      kind: 'safeStorage',
      ...(backend ? { backend } : {}),
      encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
      decrypt: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
    },
  };
}
