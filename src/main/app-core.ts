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
import { defaultTemplatesDir } from './templates/load';
import { loadTemplates, type TemplateSet } from './templates/registry';
import { fileURLToPath } from 'node:url';

export interface AppCoreOptions {
  dataDir: string;
  host: 'electron' | 'web';
  codec?: RecordCodec;
  now?: () => Date;
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
  close(): Promise<void>;
}

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  const ports = defaultPorts(options.now);
  const vault = new Vault({ dir: path.join(options.dataDir, 'vault'), codec: options.codec, clock: ports.now });
  await vault.open();
  const store = new FamilyStore(vault, ports.now);
  const templates = loadTemplates(options.templatesDir ?? defaultTemplatesDir(path.dirname(fileURLToPath(import.meta.url))));
  for (const problem of templates.problems) log.warn(problem);
  const context: ServiceContext = {
    ...ports,
    store,
    host: options.host,
    templates,
    templateProblems: () => templates.problems,
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
    templates,
    async close() {
      await vault.close();
    },
  };
}
