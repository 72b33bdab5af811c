// vault.*: locking and unlocking TAC Chair — first-run passphrase, unlock, lock, the recovery
// passphrase, changing the passphrase, how many daily backups to keep and when to lock. The only methods open while locked.
import { z } from 'zod';
import { method } from './method';

/** Secrets are taken exactly as typed: never trimmed or cleaned, never logged. */
const secret = (message: string) =>
  z.string({ error: message }).min(1, { error: message }).max(1024, { error: 'That is too long. Use fewer than 1,000 characters.' });

export const vaultStatusSchema = z.object({
  state: z.enum(['new', 'locked', 'unlocked']),
  unlockedWith: z.enum(['passphrase', 'recovery', 'key-file', 'safeStorage']).optional(),
  hasPassphrase: z.boolean(),
  hasRecovery: z.boolean(),
  hasKeyFile: z.boolean(),
  hasOsKey: z.boolean(),
  waitSeconds: z.number().int().min(0),
  problem: z.string().optional(),
  /** Minutes without use before TAC Chair locks itself (the setting; readable while locked). */
  lockAfterMinutes: z.number().int().min(1).optional(),
  /** Electron: why the computer's key store is not used, so the passphrase is asked for instead. */
  keyStoreNote: z.string().optional(),
  /** Only while unlocked. */
  backups: z.object({ keep: z.number().int(), days: z.array(z.object({ date: z.string(), families: z.number().int() })) }).optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

/** Lock after this many minutes without use until the user changes it. */
export const DEFAULT_LOCK_AFTER_MINUTES = 10;
export const MAX_LOCK_AFTER_MINUTES = 60;

export const vaultMethods = {
  status: method({
    summary: 'Whether TAC Chair is new (no passphrase yet), locked or unlocked, and how it can be unlocked.',
    input: z.object({}).strict().default({}),
    output: vaultStatusSchema,
  }),
  create: method({
    summary: 'First run: choose the passphrase (and optionally a recovery passphrase); the records are locked with a new key.',
    input: z.object({ passphrase: secret('Choose a passphrase'), recoveryPassphrase: secret('Choose a recovery passphrase').optional() }).strict(),
    output: vaultStatusSchema,
  }),
  unlock: method({
    summary: 'Unlock with the passphrase.',
    input: z.object({ passphrase: secret('Enter your passphrase') }).strict(),
    output: vaultStatusSchema,
  }),
  unlockWithRecovery: method({
    summary: 'Unlock with the recovery passphrase when the passphrase is forgotten, and choose a new passphrase.',
    input: z.object({ recoveryPassphrase: secret('Enter the recovery passphrase'), newPassphrase: secret('Choose a new passphrase') }).strict(),
    output: vaultStatusSchema,
  }),
  lock: method({
    summary: 'Lock now: the key is dropped from memory and nothing can be read until it is unlocked again.',
    input: z.object({}).strict().default({}),
    output: vaultStatusSchema,
  }),
  setRecoveryPassphrase: method({
    summary: 'Set or replace the recovery passphrase (needs the current passphrase when there is one).',
    input: z.object({ passphrase: secret('Enter your current passphrase').optional(), recoveryPassphrase: secret('Choose a recovery passphrase') }).strict(),
    output: vaultStatusSchema,
  }),
  changePassphrase: method({
    summary: 'Change the passphrase (needs the current one when there is one).',
    input: z.object({ currentPassphrase: secret('Enter your current passphrase').optional(), newPassphrase: secret('Choose a new passphrase') }).strict(),
    output: vaultStatusSchema,
  }),
  setBackupCount: method({
    summary: 'How many daily backups of the whole vault to keep (0 turns them off).',
    input: z.object({ keep: z.number({ error: 'Enter a number of days' }).int({ error: 'Enter a whole number of days' }).min(0, { error: 'Enter 0 or more' }).max(90, { error: 'Keep at most 90 daily backups' }) }).strict(),
    output: vaultStatusSchema,
  }),
  setLockAfter: method({
    summary: 'How many minutes without use before TAC Chair locks itself (1 to 60).',
    input: z
      .object({
        minutes: z
          .number({ error: 'Enter a number of minutes' })
          .int({ error: 'Enter a whole number of minutes' })
          .min(1, { error: 'Enter 1 minute or more' })
          .max(MAX_LOCK_AFTER_MINUTES, { error: `Lock after ${MAX_LOCK_AFTER_MINUTES} minutes or fewer` }),
      })
      .strict(),
    output: vaultStatusSchema,
  }),
};
