// The composition root both hosts share: open the vault, build the services, return one
// dispatch function. Electron and the browser host differ only in how calls reach `dispatch`.
import path from 'node:path';
import { LOCKED_MESSAGE, Vault } from './storage/vault';
import { FamilyStore } from './services/family-store';
import { defaultPorts, shiftedClock, type ServiceContext } from './services/context';
import type { IsoDate } from '../core/shared/dates';
import { createHandlers } from './services';
import { createDispatcher, type Dispatch } from './dispatch';
import { seedDemo } from './demo/seed';
import { log } from './log';
import { defaultTemplatesDir } from './templates/load';
import { loadTemplates, type TemplateSet } from './templates/registry';
import { fileURLToPath } from 'node:url';
import { getMethod } from '../api';
import { AppError, fail } from '../core/shared/result';
import { DEFAULT_RETENTION, retentionPolicySchema } from '../core/retention/rules';
import { loadTemplate } from './templates/load';
import { AuditLog } from './security/audit';
import { KeySession } from './security/session';
import type { OsKeyWrapper, ScryptCost } from './security/keyring';
import { auditCall } from './services/audit';
import { APP_VERSION } from './version';

/** The only methods answered while TAC Chair is locked. */
export const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set(['app.info', 'vault.status', 'vault.create', 'vault.unlock', 'vault.unlockWithRecovery', 'vault.lock']);

export interface AppCoreOptions {
  dataDir: string;
  host: 'electron' | 'web';
  now?: () => Date;
  /** Run as if today were this date (London), the time of day still running: tests and demos (`--today`). */
  today?: IsoDate;
  /** Browser host, tests and scripts: unlock unattended with this key file (created, mode 0600, if absent). */
  keyFile?: string;
  /** Electron: the data key wrapped by the OS key store (safeStorage); unlocks at start when it can. */
  osKey?: OsKeyWrapper;
  /** Electron: why the OS key store is not used (shown on the passphrase pages through vault.status). */
  osKeyProblem?: string;
  /** scrypt cost for new passphrases (tests may lower it; the default is about 128 MB and a fraction of a second). */
  scrypt?: ScryptCost;
  /** Daily backups to keep until the user changes the setting (default 7). */
  keepBackups?: number;
  /** Lock after this many minutes without an API call (the browser host otherwise follows the user's setting). */
  autoLockMinutes?: number;
  demo?: boolean;
  /** Folder of templates (agendas, prompts, glossary, themes…); defaults to the repository's. */
  templatesDir?: string;
}

export interface AppCore {
  dispatch: Dispatch;
  vault: Vault;
  store: FamilyStore;
  context: ServiceContext;
  templates: TemplateSet;
  /** Locked or unlocked; holds the data key while unlocked. */
  session: KeySession;
  audit: AuditLog;
  close(): Promise<void>;
}

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  const ports = defaultPorts(options.now ?? shiftedClock(options.today));
  const vault = new Vault({
    dir: path.join(options.dataDir, 'vault'),
    clock: ports.now,
    keepBackups: options.keepBackups,
    onEvent: (event) => void session.vaultEvent(event).catch((err) => log.error('The audit log could not record a storage event', err)),
  });
  const store = new FamilyStore(vault, ports.now);
  const templates = loadTemplates(options.templatesDir ?? defaultTemplatesDir(path.dirname(fileURLToPath(import.meta.url))));
  const retention = loadTemplate(templates.dir, 'retention.json', retentionPolicySchema, DEFAULT_RETENTION);
  if (retention.problem) templates.problems.push(retention.problem);
  for (const problem of templates.problems) log.warn(problem);
  const context: ServiceContext = {
    ...ports,
    store,
    host: options.host,
    templates,
    templateProblems: () => templates.problems,
  };
  const audit = new AuditLog({ vaultDir: vault.dir, host: options.host, appVersion: APP_VERSION, clock: ports.now, anchor: vault.auditAnchor });
  const session: KeySession = new KeySession({
    dataDir: options.dataDir,
    vault,
    audit,
    onLock: () => store.clear(),
    afterUnlock: async () => {
      // A damaged or shortened audit log is told at start, not only on the audit page (checked in the background).
      void audit.verify().then((verdict) => {
        if (!verdict.intact && vault.isOpen) vault.notify(verdict.message, 'audit');
      }, (err) => {
        if (!(err instanceof AppError)) log.error('The audit log could not be checked', err); // locked again meanwhile: nothing to say
      });
      if (options.demo && vault.list().entries.length === 0 && vault.list().unreadable.length === 0) {
        await seedDemo(context);
        log.info('Added the demo family to an empty vault.');
      }
    },
    keyFile: options.keyFile,
    osKey: options.osKey,
    scrypt: options.scrypt,
    clock: ports.now,
    autoLockMs: options.autoLockMinutes ? options.autoLockMinutes * 60_000 : undefined,
    autoLockFromSettings: options.host === 'web',
    warn: (message) => log.warn(message),
  });
  await session.start();
  const handlers = createHandlers(context, { session, vault, audit, retention: { policy: retention.value, problem: retention.problem }, keyStoreNote: options.osKeyProblem });
  const inner = createDispatcher(handlers, {
    onError: (name, code, error) => {
      if (code === 'internal' || code === 'bad-output') log.error(`${name} failed (${code})`, error);
    },
  });
  const dispatch: Dispatch = async (name, input) => {
    if (!session.isUnlocked && !OPEN_WHILE_LOCKED.has(name) && getMethod(name)) return fail('locked', LOCKED_MESSAGE);
    session.touch();
    const result = await inner(name, input);
    if (result.ok) await auditCall(audit, name, input, result.value).catch((err) => log.error(`The audit log could not record ${name}`, err));
    return result;
  };
  return {
    dispatch,
    vault,
    store,
    context,
    templates,
    session,
    audit,
    async close() {
      await session.lock('app closed');
      await vault.close();
    },
  };
}
