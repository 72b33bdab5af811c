// Suggesting the next meeting's date: the review interval from local.json (six weeks by default)
// after this meeting, moved to a working day. Which days are working days is passed in.
import { addDays, type IsoDate } from '../shared/dates';

export interface NextMeetingOptions {
  intervalWeeks: number;
  /** True on a working day (not a weekend or bank holiday; the caller decides). */
  isWorkingDay: (date: IsoDate) => boolean;
}

/** How far to look for a working day before giving up (a long closure, or a bad calendar). */
const SEARCH_DAYS = 28;

/**
 * The date `intervalWeeks` after the meeting, or the nearest working day before it so the review
 * is not late; if there is none in the week before (say, over Christmas), the first working day
 * after. Never on or before the meeting date itself.
 */
export function suggestNextMeeting(meetingDate: IsoDate, { intervalWeeks, isWorkingDay }: NextMeetingOptions): IsoDate {
  const weeks = Number.isFinite(intervalWeeks) && intervalWeeks >= 1 ? Math.round(intervalWeeks) : 6;
  const target = addDays(meetingDate, weeks * 7);
  if (isWorkingDay(target)) return target;
  for (let back = 1; back <= 7; back++) {
    const d = addDays(target, -back);
    if (d <= meetingDate) break;
    if (isWorkingDay(d)) return d;
  }
  for (let ahead = 1; ahead <= SEARCH_DAYS; ahead++) {
    const d = addDays(target, ahead);
    if (isWorkingDay(d)) return d;
  }
  return target;
}
