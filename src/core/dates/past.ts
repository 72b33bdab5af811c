// A date in the past read from words as people say them ("3 November", "last Monday", "2 weeks
// ago", "4/11/2026"): for since when an action has been waiting. The meeting's date is the reference.
import * as chrono from 'chrono-node';
import { toIso, type IsoDate } from '../shared/dates';

export interface PastDate {
  date?: IsoDate;
  problem?: string;
}

/** The day a line of words names, on or before `meetingDate`; a problem in plain words when it cannot. */
export function readPastDate(text: string, meetingDate: IsoDate): PastDate {
  const words = text.trim().replace(/^(since|from|on)\s+/i, '');
  if (!words) return {};
  const [y, m, d] = meetingDate.split('-').map(Number);
  // Noon UTC, read in UTC, so the computer's own time zone never moves a day.
  const reference = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  const found = chrono.en.GB.parse(words, reference, { forwardDate: false })[0];
  if (!found) return { problem: 'We could not read a date from that. Try something like “3 November” or “last Monday”.' };
  const c = found.start;
  let date = toIso(c.get('year')!, c.get('month')!, c.get('day')!);
  // "3 December" said in November means last year's, unless a year was given.
  if (date > meetingDate && !c.isCertain('year')) date = toIso(c.get('year')! - 1, c.get('month')!, c.get('day')!);
  if (date > meetingDate) return { date, problem: 'The wait must have begun by the day of this meeting.' };
  return { date };
}
