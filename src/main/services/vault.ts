// vault.* handlers: first-run passphrase, unlock, lock, recovery passphrase, changing the passphrase
// and the number of daily backups. Wrong passphrases get a plain answer; secrets are never logged.
import type { Handlers } from '../../api';
import { DEFAULT_LOCK_AFTER_MINUTES, type VaultStatus } from '../../api/vault';
import { readSettings, writeSettings } from '../storage/vault-files';
import { AppError } from '../../core/shared/result';
import type { Vault } from '../storage/vault';
import type { AuditLog } from '../security/audit';
import { KeyringError } from '../security/keyring-error';
import { passphraseProblem } from '../security/keyring';
import type { KeySession } from '../security/session';
import type { RetentionPolicy } from '../../core/retention/rules';

/** What the vault, audit and records handlers need besides the ServiceContext. */
export interface SecurityServices {
  session: KeySession;
  vault: Vault;
  audit: AuditLog;
  retention: { policy: RetentionPolicy; problem?: string };
  /** Electron: why the computer's key store is not used (shown on the passphrase pages). */
  keyStoreNote?: string;
}

/** KeyringError → the error value a person sees, with the field to fix. */
export function keyringAppError(err: unknown, field: string): unknown {
  if (!(err instanceof KeyringError)) return err;
  if (err.code === 'wrong-passphrase' || err.code === 'wrong-recovery' || err.code === 'weak-passphrase') {
    return new AppError('invalid-input', err.message, { [field]: err.message });
  }
  return new AppError('conflict', err.message);
}

function checkNew(passphrase: string, field: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new AppError('invalid-input', problem, { [field]: problem });
}

export function notAvailable(): never {
  throw new AppError('conflict', 'Locking records is not set up in this host.');
}

export function vaultHandlers(security: SecurityServices | undefined): Handlers['vault'] {
  const s = () => security ?? notAvailable();

  async function status(): Promise<VaultStatus> {
    const { session, vault, keyStoreNote } = s();
    const settings = await readSettings(vault.dir);
    const base = {
      ...session.status(),
      lockAfterMinutes: settings.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES,
      ...(keyStoreNote ? { keyStoreNote } : {}),
    };
    if (base.state !== 'unlocked') return base;
    return { ...base, backups: { keep: vault.backups.keep, days: await vault.backups.list() } };
  }

  async function guarded(field: string, task: () => Promise<void>): Promise<VaultStatus> {
    try {
      await task();
    } catch (err) {
      throw keyringAppError(err, field);
    }
    return status();
  }

  return {
    status,

    async create({ passphrase, recoveryPassphrase }) {
      checkNew(passphrase, 'passphrase');
      if (recoveryPassphrase !== undefined) {
        checkNew(recoveryPassphrase, 'recoveryPassphrase');
        if (recoveryPassphrase === passphrase) {
          throw new AppError('invalid-input', 'Choose a recovery passphrase that is different from the passphrase', { recoveryPassphrase: 'Choose a recovery passphrase that is different from the passphrase' });
        }
      }
      return guarded('passphrase', () => s().session.create(passphrase, recoveryPassphrase));
    },

    async unlock({ passphrase }) {
      return guarded('passphrase', () => s().session.unlock({ kind: 'passphrase', passphrase }));
    },

    async unlockWithRecovery({ recoveryPassphrase, newPassphrase }) {
      checkNew(newPassphrase, 'newPassphrase');
      return guarded('recoveryPassphrase', async () => {
        const { session } = s();
        await session.unlock({ kind: 'recovery', passphrase: recoveryPassphrase });
        await session.addWrapper({ kind: 'passphrase', passphrase: newPassphrase }, 'passphrase replaced with the recovery passphrase');
      });
    },

    async lock() {
      await s().session.lock('by the user');
      return status();
    },

    async setRecoveryPassphrase({ passphrase, recoveryPassphrase }) {
      checkNew(recoveryPassphrase, 'recoveryPassphrase');
      if (recoveryPassphrase === passphrase) {
        throw new AppError('invalid-input', 'Choose a recovery passphrase that is different from the passphrase', { recoveryPassphrase: 'Choose a recovery passphrase that is different from the passphrase' });
      }
      return guarded('passphrase', async () => {
        await s().session.confirmPassphrase(passphrase);
        await s().session.addWrapper({ kind: 'recovery', passphrase: recoveryPassphrase }, 'recovery passphrase set');
      });
    },

    async changePassphrase({ currentPassphrase, newPassphrase }) {
      checkNew(newPassphrase, 'newPassphrase');
      return guarded('currentPassphrase', async () => {
        await s().session.confirmPassphrase(currentPassphrase);
        await s().session.addWrapper({ kind: 'passphrase', passphrase: newPassphrase }, 'passphrase changed');
      });
    },

    async setBackupCount({ keep }) {
      await s().vault.setKeepBackups(keep);
      return status();
    },

    async setLockAfter({ minutes }) {
      await writeSettings(s().vault.dir, { lockAfterMinutes: minutes });
      s().session.setLockAfterMinutes(minutes);
      await s().session.auditNow({ action: 'changed', method: 'vault.setLockAfter', detail: `lock after ${minutes} minutes` });
      return status();
    },
  };
}
