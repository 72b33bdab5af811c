// The preload: builds `window.tac` from the contract's method names. Each function calls one
// named IPC channel (`tac:<domain>.<verb>`); no raw channel access is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type TacApi } from '../api';
import type { Result } from '../core/shared/result';

export const CHANNEL_PREFIX = 'tac:';

export function createPreloadApi(invoke: (channel: string, input: unknown) => Promise<unknown>): TacApi {
  return buildApi((name, input) => invoke(CHANNEL_PREFIX + name, input) as Promise<Result<unknown>>);
}

contextBridge.exposeInMainWorld('tac', createPreloadApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies TacApi);
