// The preload: builds `window.tac` from the contract's method names. Each function calls one
// named IPC channel (`tac:<domain>.<verb>`); no raw channel access is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type TacApi } from '../api';
import type { Result } from '../core/shared/result';

export const CHANNEL_PREFIX = 'tac:';
/** Notices from the main process (the menu's Lock); kept in step with src/main/electron/ipc.ts. */
export const EVENT_CHANNEL = 'tac:event';
export const HOST_EVENTS: readonly string[] = ['lock'];

export function createPreloadApi(invoke: (channel: string, input: unknown) => Promise<unknown>): TacApi {
  return buildApi((name, input) => invoke(CHANNEL_PREFIX + name, input) as Promise<Result<unknown>>);
}

/**
 * Turns a notice from the main process into a plain DOM event (`tac:lock`) the page can listen
 * for, so no IPC object ever reaches the page. Unknown notices are ignored.
 */
export function forwardHostEvents(
  on: (channel: string, listener: (event: unknown, name: unknown) => void) => void,
  dispatch: (eventName: string) => void,
): void {
  on(EVENT_CHANNEL, (_event, name) => {
    if (typeof name === 'string' && HOST_EVENTS.includes(name)) dispatch(`tac:${name}`);
  });
}

contextBridge.exposeInMainWorld('tac', createPreloadApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies TacApi);
forwardHostEvents(
  (channel, listener) => ipcRenderer.on(channel, listener),
  (eventName) => window.dispatchEvent(new Event(eventName)),
);
