// Working days on calendar dates ('YYYY-MM-DD'): Monday to Friday, minus the bank holidays passed in.
// Pure: the holiday list comes in as an argument (a Set of dates, or a Map of date → name).
import { addDays, compareDates, dayOfWeek, daysInMonth, isWeekend, parts, toIso, type IsoDate } from '../shared/dates';

/** Anything that can say whether a date is a holiday: a Set of dates or a Map of date → name. */
export interface HolidayLookup {
  has(date: IsoDate): boolean;
}

const NO_HOLIDAYS: HolidayLookup = { has: () => false };

/** Longest run of non-working days we will step through before deciding the holiday list is broken. */
const MAX_GAP_DAYS = 400;

export function isWorkingDay(date: IsoDate, holidays: HolidayLookup = NO_HOLIDAYS): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative). The start day itself
 * is never counted, so adding 1 to a Friday gives the Monday (or the Tuesday after a bank
 * holiday Monday), and adding 0 gives the date back unchanged. Matches date-fns addBusinessDays
 * when there are no holidays.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays: HolidayLookup = NO_HOLIDAYS): IsoDate {
  if (!Number.isInteger(n)) throw new Error(`Working days must be a whole number, not ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  let gap = 0;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, holidays)) {
      remaining -= 1;
      gap = 0;
    } else if (++gap > MAX_GAP_DAYS) {
      throw new Error('The holiday list leaves no working days to count');
    }
  }
  return current;
}

/**
 * Working days from `a` to `b`: those after `a`, up to and including `b`. Negative when `b` is
 * before `a`. So workingDaysBetween(a, addWorkingDays(a, n)) === n.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, holidays: HolidayLookup = NO_HOLIDAYS): number {
  const order = compareDates(a, b);
  if (order === 0) return 0;
  const [from, to, sign] = order < 0 ? [a, b, 1] : [b, a, -1];
  // Step through the days with plain numbers (no Date objects): years of days stay quick.
  let { year, month, day } = parts(from);
  let dow = dayOfWeek(from);
  let count = 0;
  for (;;) {
    day += 1;
    dow = (dow + 1) % 7;
    if (day > daysInMonth(year, month)) {
      day = 1;
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    }
    const iso = toIso(year, month, day);
    if (iso > to) break;
    if (dow !== 0 && dow !== 6 && !holidays.has(iso)) count += 1;
  }
  return sign * count;
}

/** The date itself when it is a working day, otherwise the next working day after it. */
export function nextWorkingDayOnOrAfter(date: IsoDate, holidays: HolidayLookup = NO_HOLIDAYS): IsoDate {
  return isWorkingDay(date, holidays) ? date : addWorkingDays(date, 1, holidays);
}

/** The date itself when it is a working day, otherwise the last working day before it. */
export function lastWorkingDayOnOrBefore(date: IsoDate, holidays: HolidayLookup = NO_HOLIDAYS): IsoDate {
  return isWorkingDay(date, holidays) ? date : addWorkingDays(date, -1, holidays);
}
