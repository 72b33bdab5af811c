// England and Wales bank holidays: the table a local authority can extend (templates/bank-holidays.json,
// in GOV.UK's feed shape), the calendar built from it, the usual rules for later years, and how far it reaches.
import { z } from 'zod';
import { addDays, dayOfWeek, formatDate, isoDate, parts, toIso, type IsoDate } from '../shared/dates';
import { BUILT_IN_BANK_HOLIDAYS } from './bank-holiday-data';

export { BUILT_IN_BANK_HOLIDAYS };

/** The template file a local authority edits; the built-in default is BUILT_IN_BANK_HOLIDAYS. */
export const BANK_HOLIDAYS_FILE = 'bank-holidays.json';

export const bankHolidayEventSchema = z.object({
  title: z.string({ error: 'Enter the name of the bank holiday' }).trim().min(1, { error: 'Enter the name of the bank holiday' }).max(200),
  date: isoDate('Enter the bank holiday date as YYYY-MM-DD, for example 2027-05-03'),
  notes: z.string().max(200).default(''),
  bunting: z.boolean().default(true),
});
export type BankHolidayEvent = z.infer<typeof bankHolidayEventSchema>;

/** One division of GOV.UK's bank-holidays.json, plus where it came from and when it was checked. */
const bankHolidaysObject = z.object({
  division: z.literal('england-and-wales', { error: 'Only England and Wales bank holidays are used' }).default('england-and-wales'),
  source: z.string().max(300).default('https://www.gov.uk/bank-holidays'),
  lastChecked: isoDate('Enter the date the list was last checked, for example 2026-11-23').optional(),
  /** The last year whose bank holidays are all listed. Worked out from the events when missing. */
  lastFullYear: z.number().int().min(2000).max(2200).optional(),
  events: z.array(bankHolidayEventSchema).min(1, { error: 'List at least one bank holiday' }).max(2000),
});

/** The template's schema. GOV.UK's whole feed, saved as it is, is read too: its England and Wales part is used. */
export const bankHolidaysSchema = z.preprocess(
  (raw) => (raw && typeof raw === 'object' && 'england-and-wales' in raw ? (raw as Record<string, unknown>)['england-and-wales'] : raw),
  bankHolidaysObject,
);
export type BankHolidayTable = z.infer<typeof bankHolidaysObject>;

/** "Boxing Day (substitute day)" — the title, with GOV.UK's note when it is a substitute day. */
export function bankHolidayLabel(event: Pick<BankHolidayEvent, 'title' | 'notes'>): string {
  return /substitute/i.test(event.notes) ? `${event.title} (substitute day)` : event.title;
}

/** Easter Sunday (Gregorian calendar; anonymous algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  let d = toIso(year, month, 1);
  while (dayOfWeek(d) !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: number): IsoDate {
  let d = addDays(toIso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  while (dayOfWeek(d) !== 1) d = addDays(d, -1);
  return d;
}

/**
 * The bank holidays England and Wales usually has in a year, by the standing rules (substitute
 * days for weekends included). One-off days, such as a jubilee or a state funeral, cannot be
 * foreseen: they are only in the table.
 */
export function expectedBankHolidays(year: number): BankHolidayEvent[] {
  const ev = (date: IsoDate, title: string, notes = ''): BankHolidayEvent => ({ title, date, notes, bunting: title !== 'Good Friday' });
  const sub = 'Substitute day';
  const events: BankHolidayEvent[] = [];
  const newYear = toIso(year, 1, 1);
  const nyDow = dayOfWeek(newYear);
  events.push(nyDow === 6 ? ev(addDays(newYear, 2), 'New Year’s Day', sub) : nyDow === 0 ? ev(addDays(newYear, 1), 'New Year’s Day', sub) : ev(newYear, 'New Year’s Day'));
  const easter = easterSunday(year);
  events.push(ev(addDays(easter, -2), 'Good Friday'), ev(addDays(easter, 1), 'Easter Monday'));
  events.push(ev(firstMonday(year, 5), 'Early May bank holiday'), ev(lastMonday(year, 5), 'Spring bank holiday'));
  events.push(ev(lastMonday(year, 8), 'Summer bank holiday'));
  const christmas = toIso(year, 12, 25);
  switch (dayOfWeek(christmas)) {
    case 5: // Friday: Boxing Day falls on Saturday
      events.push(ev(christmas, 'Christmas Day'), ev(addDays(christmas, 3), 'Boxing Day', sub));
      break;
    case 6: // Saturday
      events.push(ev(addDays(christmas, 2), 'Christmas Day', sub), ev(addDays(christmas, 3), 'Boxing Day', sub));
      break;
    case 0: // Sunday
      events.push(ev(addDays(christmas, 1), 'Boxing Day'), ev(addDays(christmas, 2), 'Christmas Day', sub));
      break;
    default:
      events.push(ev(christmas, 'Christmas Day'), ev(addDays(christmas, 1), 'Boxing Day'));
  }
  return events;
}

/** The years the table fully covers: from its first year to `lastFullYear` (or the last year with at least six days listed). */
export function coveredYears(table: BankHolidayTable): { first: number; last: number } {
  const perYear = new Map<number, number>();
  for (const e of table.events) {
    const y = parts(e.date).year;
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  const years = [...perYear.keys()].sort((a, b) => a - b);
  const full = years.filter((y) => (perYear.get(y) ?? 0) >= 6);
  const first = (full[0] ?? years[0]);
  const last = table.lastFullYear ?? full[full.length - 1] ?? years[years.length - 1];
  return { first, last };
}

/**
 * Date → name of every bank holiday in the table. Years after the table's last full year are
 * filled in from the standing rules up to `projectToYear` (default: two years on), so counting
 * working days never silently ignores Christmas; the coverage warning tells the user to update.
 */
export function bankHolidayCalendar(table: BankHolidayTable, options: { projectToYear?: number } = {}): ReadonlyMap<IsoDate, string> {
  const calendar = new Map<IsoDate, string>();
  const sorted = [...table.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of sorted) calendar.set(e.date, bankHolidayLabel(e));
  const { last } = coveredYears(table);
  const until = options.projectToYear ?? last + 2;
  for (let y = last + 1; y <= until; y++) {
    for (const e of expectedBankHolidays(y)) if (!calendar.has(e.date)) calendar.set(e.date, bankHolidayLabel(e));
  }
  return calendar;
}

/** The name of the bank holiday on a date, if it is one. */
export function bankHolidayName(calendar: ReadonlyMap<IsoDate, string>, date: IsoDate): string | undefined {
  return calendar.get(date);
}

export interface CoverageReport {
  lastYear: number;
  /** ok: covers this year and next; ending: this is the last year covered; passed: today is after it. */
  status: 'ok' | 'ending' | 'passed';
  /** A plain sentence for the person who looks after the app, when it needs updating. */
  message?: string;
}

/** Whether the bank holiday list still reaches far enough, and what to do when it does not. */
export function bankHolidayCoverage(table: BankHolidayTable, today: IsoDate): CoverageReport {
  const { last } = coveredYears(table);
  const year = parts(today).year;
  const how = 'Add the new dates from gov.uk/bank-holidays to templates/bank-holidays.json.';
  if (year > last) {
    return {
      lastYear: last,
      status: 'passed',
      message: `The bank holiday list stops at the end of ${last}, and it is now ${formatDate(today)}. Working days are being counted from the usual pattern of bank holidays, which misses any extra ones. ${how}`,
    };
  }
  if (year === last) {
    return {
      lastYear: last,
      status: 'ending',
      message: `The bank holiday list stops at the end of ${last}. Dates after that use the usual pattern of bank holidays. ${how}`,
    };
  }
  return { lastYear: last, status: 'ok' };
}
