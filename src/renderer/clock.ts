// The renderer's clock: the app's clock (host), never the browser's own date. `syncClock` asks the
// host once at start; after that the browser only measures how much time has passed since.
import { api } from './api-client';
import { londonDate, type IsoDate } from '../core/shared/dates';

let offsetMs = 0;

/** Ask the host what time it is; dates shown and defaulted from then on follow the host's clock. */
export async function syncClock(): Promise<void> {
  const result = await api.app.info();
  if (result.ok) offsetMs = Date.parse(result.value.now) - Date.now();
}

/** Now, by the app's clock. */
export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Today's date in the UK (YYYY-MM-DD), by the app's clock. */
export function appToday(): IsoDate {
  return londonDate(appNow());
}
