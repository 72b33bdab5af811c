// The composition root both hosts share: open the vault, build the services, return one
// dispatch function. Electron and the browser host differ only in how calls reach `dispatch`.
import path from 'node:path';
import { Vault } from './storage/vault';
import type { RecordCodec } from './storage/codec';
import { FamilyStore } from './services/family-store';
import { defaultPorts, type ServiceContext } from './services/context';
import { createHandlers } from './services';
import { createDispatcher, type Dispatch } from './dispatch';
import { seedDemo } from './demo/seed';
import { log } from './log';

export interface AppCoreOptions {
  dataDir: string;
  host: 'electron' | 'web';
  codec?: RecordCodec;
  now?: () => Date;
  demo?: boolean;
}

export interface AppCore {
  dispatch: Dispatch;
  vault: Vault;
  store: FamilyStore;
  context: ServiceContext;
  close(): Promise<void>;
}

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  const ports = defaultPorts(options.now);
  const vault = new Vault({ dir: path.join(options.dataDir, 'vault'), codec: options.codec, clock: ports.now });
  await vault.open();
  const store = new FamilyStore(vault, ports.now);
  const context: ServiceContext = {
    ...ports,
    store,
    host: options.host,
    templateProblems: () => [],
  };
  const handlers = createHandlers(context);
  const dispatch = createDispatcher(handlers, {
    onError: (name, code, error) => {
      if (code === 'internal' || code === 'bad-output') log.error(`${name} failed (${code})`, error);
    },
  });
  if (options.demo && vault.list().entries.length === 0 && vault.list().unreadable.length === 0) {
    await seedDemo(context);
    log.info('Added the demo family to an empty vault.');
  }
  return {
    dispatch,
    vault,
    store,
    context,
    async close() {
      await vault.close();
    },
  };
}
