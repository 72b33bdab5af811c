// Registers one `ipcMain.handle('tac:<domain>.<verb>')` per contract method. Each call's sender is
// checked first; the answer is always a Result value — nothing is ever thrown across IPC.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type Handlers } from '../../api';
import { createDispatcher, type Dispatch } from '../dispatch';
import { fail, type Result } from '../../core/shared/result';
import { log } from '../log';
import { LOCKED_MESSAGE } from '../storage/vault';
import { validateSender } from './security';

export const CHANNEL_PREFIX = 'tac:';
/** Main → renderer notices (for example the menu's Lock); the preload turns them into DOM events. */
export const EVENT_CHANNEL = 'tac:event';
export const HOST_EVENTS = ['lock'] as const;
export type HostEvent = (typeof HOST_EVENTS)[number];

export const REFUSED: Result<never> = fail('unauthorised', 'TAC Chair only answers its own window.');

export function channelFor(name: string): string {
  return CHANNEL_PREFIX + name;
}

type HandleRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;
type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export interface IpcOptions {
  /** Told the method name when a call is refused (never the input). */
  onRefused?: (name: string) => void;
  /** While this says locked, host.* is refused like every other method (the app core checks its own). */
  isLocked?: () => boolean;
}

/**
 * Registers every method in METHOD_NAMES. `host.*` goes to the Electron host handlers, the rest to
 * the app core's dispatch (which checks the input with zod). Returns a function that unregisters.
 */
export function registerIpc(ipcMain: HandleRegistrar, dispatch: Dispatch, hostHandlers: Handlers['host'], options: IpcOptions = {}): () => void {
  const hostDispatch = createDispatcher({ host: hostHandlers } as unknown as Handlers, {
    onError: (name, code, error) => {
      if (code === 'internal' || code === 'bad-output') log.error(`${name} failed (${code})`, error);
    },
  });
  const channels: string[] = [];
  for (const name of METHOD_NAMES) {
    const route: Dispatch = name.startsWith('host.')
      ? (n, input) => (options.isLocked?.() ? Promise.resolve(fail('locked', LOCKED_MESSAGE)) : hostDispatch(n, input))
      : dispatch;
    const channel = channelFor(name);
    ipcMain.handle(channel, (event: SenderEvent, input: unknown) => answer(name, route, event, input, options));
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

async function answer(name: string, route: Dispatch, event: SenderEvent, input: unknown, options: IpcOptions): Promise<Result<unknown>> {
  let allowed = false;
  try {
    allowed = validateSender(event?.senderFrame);
  } catch {
    allowed = false;
  }
  if (!allowed) {
    log.warn(`Refused ${name}: the call did not come from the app's own window.`);
    options.onRefused?.(name);
    return REFUSED;
  }
  try {
    return await route(name, input);
  } catch (error) {
    log.error(`${name} failed (internal)`, error);
    return fail('internal', 'Something went wrong, so that change may not have been saved. Try again, and if it keeps happening, restart the app.');
  }
}
