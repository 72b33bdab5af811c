// The renderer's TacApi: `window.tac` from the Electron preload when present, otherwise an HTTP
// client of the same type talking to the browser host. The rest of the UI cannot tell which.
import { buildApi, type TacApi } from '../api';
import type { Result } from '../core/shared/result';

declare global {
  interface Window {
    tac?: TacApi;
  }
}

export function createHttpApi(base = ''): TacApi {
  return buildApi(async (name, input) => {
    try {
      const res = await fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      const body = (await res.json()) as Result<unknown>;
      if (res.status === 401 && !body.ok) window.dispatchEvent(new CustomEvent('tac:unauthorised'));
      return body;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'TAC Chair is not answering. Check it is still running, then try again.' },
      };
    }
  });
}

export const api: TacApi = typeof window !== 'undefined' && window.tac ? window.tac : createHttpApi();
