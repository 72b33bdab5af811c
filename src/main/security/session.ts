// Locked or unlocked: holds the data key while unlocked, opens the vault and audit log with it, and
// on lock overwrites the key, forgets every cached record and closes the vault. Hosts start here.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/shared/result';
import type { Vault, VaultEvent } from '../storage/vault';
import { createAesCodec, DataKey } from './cipher';
import type { AuditLog } from './audit';
import type { AuditEvent } from './audit-entry';
import { KeyringError } from './keyring-error';
import {
  DEFAULT_SCRYPT, describeKeyring, newKeyring, readKeyring, replaceWrapper, unwrapKey, writeKeyring,
  type Keyring, type OsKeyWrapper, type ScryptCost, type Unlocker, type WrapperKind,
} from './keyring';
import { keyFileWarning } from './key-file';
import { PassphraseThrottle } from './throttle';
import { readSettings } from '../storage/vault-files';
import { DEFAULT_LOCK_AFTER_MINUTES } from '../../api/vault';

export type LockState = 'new' | 'locked' | 'unlocked';

const METHOD_WORDS: Record<WrapperKind, string> = {
  passphrase: 'passphrase',
  recovery: 'recovery passphrase',
  'key-file': 'key file',
  safeStorage: 'computer key store',
};

export interface SessionOptions {
  dataDir: string;
  vault: Vault;
  audit: AuditLog;
  /** Forget cached records (FamilyStore.clear). */
  onLock?: () => void;
  /** After every unlock (e.g. add the demo family to an empty vault). */
  afterUnlock?: () => Promise<void>;
  keyFile?: string;
  osKey?: OsKeyWrapper;
  scrypt?: ScryptCost;
  clock?: () => Date;
  /** Lock after this long without an API call (off when undefined). */
  autoLockMs?: number;
  /**
   * The browser host: lock after the user's "lock after" setting (read at each unlock) without an API call,
   * so a host left with no page open drops the key as the Electron app does. `autoLockMs` wins when given.
   */
  autoLockFromSettings?: boolean;
  warn?: (message: string) => void;
}

export interface SessionStatus {
  state: LockState;
  unlockedWith?: WrapperKind;
  hasPassphrase: boolean;
  hasRecovery: boolean;
  hasKeyFile: boolean;
  hasOsKey: boolean;
  /** Seconds to wait before another try, after several wrong passphrases. */
  waitSeconds: number;
  /** A plain sentence when something needs the user's attention (never a secret). */
  problem?: string;
}

export class KeySession {
  private key: DataKey | undefined;
  private keyring: Keyring | undefined;
  private unlockedWith: WrapperKind | undefined;
  private readonly throttle: PassphraseThrottle;
  private problem: string | undefined;
  private queued: VaultEvent[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  private clock: () => Date;
  private busy: Promise<unknown> = Promise.resolve();
  private autoLockMs: number | undefined;

  constructor(private readonly o: SessionOptions) {
    this.clock = o.clock ?? (() => new Date());
    this.autoLockMs = o.autoLockMs;
    this.throttle = new PassphraseThrottle(o.dataDir, this.clock);
  }

  /** The "lock after" setting changed: the host's own idle lock follows it (where it uses the setting). */
  setLockAfterMinutes(minutes: number): void {
    if (this.o.autoLockMs !== undefined || !this.o.autoLockFromSettings) return;
    this.autoLockMs = minutes * 60_000;
    this.touch();
  }

  get state(): LockState {
    if (this.key) return 'unlocked';
    return this.keyring ? 'locked' : 'new';
  }

  get isUnlocked(): boolean {
    return this.key !== undefined && this.o.vault.isOpen;
  }

  status(): SessionStatus {
    const has = describeKeyring(this.keyring);
    return {
      state: this.state,
      unlockedWith: this.unlockedWith,
      hasPassphrase: has.passphrase,
      hasRecovery: has.recovery,
      hasKeyFile: has['key-file'],
      hasOsKey: has.safeStorage,
      waitSeconds: this.throttle.waitSeconds(),
      problem: this.problem,
    };
  }

  /** Read the keyring; unlock unattended with the key file or the computer's key store when there is one. */
  async start(): Promise<void> {
    await this.throttle.load();
    this.keyring = await readKeyring(this.o.dataDir);
    if (!this.keyring && (await this.hasLockedFiles())) {
      this.problem =
        'The vault has locked records but its key list (keyring.json) is missing from the data folder. Restore keyring.json from a backup of the data folder; do not set up a new passphrase.';
      return;
    }
    if (this.o.keyFile) {
      const warning = await keyFileWarning(this.o.keyFile);
      if (warning) this.o.warn?.(warning);
      if (!this.keyring) {
        await this.createWith([{ kind: 'key-file', path: this.o.keyFile }]);
        return;
      }
      if (describeKeyring(this.keyring)['key-file']) {
        // A wrong key file is refused outright: the host should not start half-working.
        const key = await unwrapKey(this.keyring, { kind: 'key-file', path: this.o.keyFile }).catch(async (err) => {
          await this.o.audit.notePending({ action: 'failed unlock', detail: 'key file' });
          throw err;
        });
        return this.openWith(key, 'key-file');
      }
      this.problem = 'This key file is new to this vault. Unlock with the passphrase once; after that the key file will unlock TAC Chair.';
      return;
    }
    if (this.keyring && this.osKeyUsable() && describeKeyring(this.keyring).safeStorage) {
      try {
        return await this.openWith(await unwrapKey(this.keyring, { kind: 'safeStorage', wrapper: this.o.osKey! }), 'safeStorage');
      } catch (err) {
        if (!(err instanceof KeyringError)) throw err;
        await this.o.audit.notePending({ action: 'failed unlock', detail: 'computer key store' });
        this.problem = err.message;
      }
    }
    const has = describeKeyring(this.keyring);
    if (this.keyring && !this.key && !this.problem && !has.passphrase && !has.recovery) {
      this.problem = 'This vault has no passphrase: it is unlocked with its key file. Start TAC Chair with the key file (--key-file PATH).';
    }
  }

  /** First run: make the data key, wrap it with the passphrase (and recovery passphrase, key file, key store). */
  create(passphrase: string, recoveryPassphrase?: string): Promise<void> {
    return this.exclusive(async () => {
      if (this.keyring) throw new AppError('conflict', 'TAC Chair has already been set up. Unlock it with your passphrase.');
      if (await this.hasLockedFiles()) throw new AppError('conflict', this.problem ?? 'The vault already holds locked records.');
      const unlockers: Unlocker[] = [{ kind: 'passphrase', passphrase }];
      if (recoveryPassphrase) unlockers.push({ kind: 'recovery', passphrase: recoveryPassphrase });
      if (this.o.keyFile) unlockers.push({ kind: 'key-file', path: this.o.keyFile });
      if (this.osKeyUsable()) unlockers.push({ kind: 'safeStorage', wrapper: this.o.osKey! });
      await this.createWith(unlockers);
    });
  }

  private async createWith(unlockers: Unlocker[]): Promise<void> {
    const key = DataKey.generate();
    const keyring = await newKeyring(key, unlockers, this.o.scrypt ?? DEFAULT_SCRYPT, this.clock());
    await writeKeyring(this.o.dataDir, keyring);
    this.keyring = keyring;
    await this.openWith(key, unlockers[0].kind, 'set up with a new key');
  }

  /** Unlock with the passphrase (or the recovery passphrase). Wrong → "That passphrase is not right". */
  unlock(unlocker: Extract<Unlocker, { kind: 'passphrase' | 'recovery' }>): Promise<void> {
    return this.exclusive(async () => {
      if (this.key) return;
      if (!this.keyring) throw new AppError('conflict', this.problem ?? 'TAC Chair has not been set up yet. Choose a passphrase first.');
      const keyring = this.keyring;
      const key = await this.throttle.check(() => unwrapKey(keyring, unlocker), isWrongPassphrase).catch(async (err) => {
        if (isWrongPassphrase(err)) await this.o.audit.notePending({ action: 'failed unlock', detail: METHOD_WORDS[unlocker.kind] });
        throw err;
      });
      await this.openWith(key, unlocker.kind);
      // A lost key store or a new key file: wrap the key for them again now the passphrase has opened it.
      if (this.o.keyFile && (this.problem || !describeKeyring(this.keyring)['key-file'])) await this.addWrapper({ kind: 'key-file', path: this.o.keyFile }, 'key file added');
      if (this.osKeyUsable() && (this.problem || !describeKeyring(this.keyring).safeStorage)) await this.addWrapper({ kind: 'safeStorage', wrapper: this.o.osKey! }, 'key store linked');
      this.problem = undefined;
    });
  }

  /** Set (or replace) a wrapper while unlocked: new passphrase, recovery passphrase. */
  async addWrapper(unlocker: Unlocker, detail: string): Promise<void> {
    if (!this.key || !this.keyring) throw new AppError('locked', 'TAC Chair is locked. Unlock it to carry on.');
    this.keyring = await replaceWrapper(this.keyring, this.key, unlocker, this.o.scrypt ?? DEFAULT_SCRYPT, this.clock());
    await writeKeyring(this.o.dataDir, this.keyring);
    await this.auditNow({ action: 'key changed', method: 'vault', detail });
  }

  /** Check the current passphrase without changing anything (for setting a recovery or new passphrase). */
  async confirmPassphrase(passphrase: string | undefined): Promise<void> {
    if (!this.keyring || !describeKeyring(this.keyring).passphrase) return;
    if (!passphrase) throw new KeyringError('wrong-passphrase', 'Enter your current passphrase');
    const keyring = this.keyring;
    const key = await this.throttle.check(() => unwrapKey(keyring, { kind: 'passphrase', passphrase }), isWrongPassphrase);
    key.destroy();
  }

  private async openWith(key: DataKey, method: WrapperKind, detail?: string): Promise<void> {
    const codec = createAesCodec(key);
    try {
      await this.o.vault.open(codec);
      await this.o.audit.open(codec);
    } catch (err) {
      key.destroy();
      await this.o.vault.close().catch(() => undefined);
      throw err;
    }
    this.key = key;
    this.unlockedWith = method;
    await this.auditNow({ action: 'unlocked', method: 'vault', detail: detail ? `${METHOD_WORDS[method]}, ${detail}` : METHOD_WORDS[method] });
    for (const event of this.queued.splice(0)) await this.vaultEvent(event);
    if (this.o.autoLockFromSettings && this.o.autoLockMs === undefined) {
      const settings = await readSettings(this.o.vault.dir).catch(() => ({ lockAfterMinutes: undefined }));
      this.autoLockMs = (settings.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES) * 60_000;
    }
    this.touch();
    await this.o.afterUnlock?.();
  }

  /** Drop the key (overwritten), forget cached records, close the vault and the audit log. */
  lock(reason: 'by the user' | 'after a time without use' | 'app closed' = 'by the user'): Promise<void> {
    return this.exclusive(async () => {
      if (!this.key) return;
      clearTimeout(this.idleTimer);
      await this.auditNow({ action: 'locked', method: 'vault', detail: reason }).catch(() => undefined);
      this.o.onLock?.();
      try {
        await this.o.vault.close();
        await this.o.audit.close();
      } finally {
        this.key.destroy();
        this.key = undefined;
        this.unlockedWith = undefined;
        this.o.onLock?.();
      }
    });
  }

  /** Called on every API call: restarts the idle timer. */
  touch(): void {
    if (!this.autoLockMs || !this.key) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.lock('after a time without use'), this.autoLockMs);
    this.idleTimer.unref?.();
  }

  /** A vault event (quarantine, restore, migration) becomes an audit entry, or waits for the log to open. */
  async vaultEvent(event: VaultEvent): Promise<void> {
    if (!this.o.audit.isOpen) {
      this.queued.push(event);
      return;
    }
    if (event.kind === 'migrated') {
      await this.auditNow({ action: 'migrated', method: 'vault', detail: `${event.moved} moved to the locked format, ${event.failed} could not be` });
    } else {
      const detail = event.kind === 'unreadable' ? 'cannot be opened' : event.kind === 'older' ? 'an older copy was found in its place' : undefined;
      await this.auditNow({ action: event.kind === 'restored' || event.kind === 'older' ? 'restored' : 'quarantined', method: 'vault', familyId: event.familyId, detail });
    }
  }

  /** Record an event in the audit log if it is open (ids and fixed words only). */
  async auditNow(event: AuditEvent): Promise<void> {
    if (this.o.audit.isOpen) await this.o.audit.append(event);
  }

  private osKeyUsable(): boolean {
    return !!this.o.osKey && this.o.osKey.backend !== 'basic_text';
  }

  private async hasLockedFiles(): Promise<boolean> {
    const names = await fs.readdir(path.join(this.o.vault.dir, 'families')).catch(() => [] as string[]);
    return names.some((n) => n.endsWith('.tac'));
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.busy.catch(() => undefined).then(task);
    this.busy = next;
    return next;
  }

  get keyringNow(): Keyring | undefined {
    return this.keyring;
  }
}

function isWrongPassphrase(err: unknown): boolean {
  return err instanceof KeyringError && (err.code === 'wrong-passphrase' || err.code === 'wrong-recovery');
}
