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

/** Fired on window when any call (other than vault.*) is refused because TAC Chair is locked. */
export const LOCKED_ANSWER_EVENT = 'tac:locked';

/** Tells the page (features/security) when an answer says "locked", so it can show the unlock screen. */
export function watchForLocked(inner: TacApi): TacApi {
  return buildApi(async (name, input) => {
    const [domain, verb] = name.split('.');
    const call = (inner as unknown as Record<string, Record<string, (i: unknown) => Promise<Result<unknown>>>>)[domain][verb];
    const result = await call(input);
    if (!result.ok && result.error.code === 'locked' && domain !== 'vault' && typeof window !== 'undefined') {
      window.dispatchEvent(new CustomEvent(LOCKED_ANSWER_EVENT));
    }
    return result;
  });
}

export const api: TacApi = watchForLocked(typeof window !== 'undefined' && window.tac ? window.tac : createHttpApi());
