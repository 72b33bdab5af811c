// Plain warnings about a due date: a weekend, a bank holiday (named), before the meeting, or in the
// school holidays. Advice only — the person can keep the date.
import { formatDate, isIsoDate, weekdayName, type IsoDate } from '../shared/dates';
import type { HolidayLookup } from './working-days';
import { schoolHolidayOn, type TermDates } from './term-dates';

export interface DueDateContext {
  meetingDate: IsoDate;
  /** A Map of date → name gives named warnings ("Christmas Day"); a Set gives "a bank holiday". */
  holidays: HolidayLookup | ReadonlyMap<IsoDate, string>;
  terms?: TermDates;
}

function holidayName(holidays: DueDateContext['holidays'], date: IsoDate): string | undefined {
  const get = (holidays as { get?: (d: IsoDate) => unknown }).get;
  if (typeof get !== 'function') return undefined;
  const name = get.call(holidays, date);
  return typeof name === 'string' && name ? name : undefined;
}

/** "Christmas Day, a bank holiday"; "the Spring bank holiday"; "a bank holiday for the coronation …". */
function describeHoliday(name: string | undefined): string {
  if (!name) return 'a bank holiday';
  const forWhat = /^bank holiday (for .*)$/i.exec(name);
  if (forWhat) return `a bank holiday ${forWhat[1]}`;
  if (/bank holiday/i.test(name)) return `the ${name}`;
  return `${name}, a bank holiday`;
}

export function dueDateWarnings(date: IsoDate, context: DueDateContext): string[] {
  if (!isIsoDate(date)) return [];
  const warnings: string[] = [];
  const shown = formatDate(date);
  if (date < context.meetingDate) {
    warnings.push(`${shown} is before the meeting on ${formatDate(context.meetingDate)}. Check the date.`);
  }
  const day = weekdayName(date);
  if (day === 'Saturday' || day === 'Sunday') {
    warnings.push(`${shown} is a ${day}. Most services are closed at weekends.`);
  }
  if (context.holidays.has(date)) {
    const name = holidayName(context.holidays, date);
    warnings.push(`${shown} is ${describeHoliday(name)}.`);
  }
  if (context.terms && day !== 'Saturday' && day !== 'Sunday') {
    const holiday = schoolHolidayOn(date, context.terms);
    if (holiday) {
      const what = holiday.kind === 'half-term' ? `in the ${holiday.name}` : `in the school ${holiday.name.replace(/^school /, '')}`;
      warnings.push(`${shown} is ${what}, so school staff may not be there. Check with the school if this needs them.`);
    }
  }
  return warnings;
}
