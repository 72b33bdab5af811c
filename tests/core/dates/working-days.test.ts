// Working days: weekends and England and Wales bank holidays are skipped, matching date-fns when
// there are no holidays, and counted correctly over Christmas, Easter and the one-off days of 2022–23.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addBusinessDays, differenceInBusinessDays } from 'date-fns';
import { addDays, isWeekend, toIso } from '../../../src/core/shared/dates';
import { addWorkingDays, isWorkingDay, workingDaysBetween, nextWorkingDayOnOrAfter, lastWorkingDayOnOrBefore } from '../../../src/core/dates/working-days';
import { BUILT_IN_BANK_HOLIDAYS, bankHolidayCalendar } from '../../../src/core/dates/bank-holidays';

const holidays = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS);
const none = new Set<string>();

/** A calendar date between 2018 and 2030, as 'YYYY-MM-DD'. */
const anyDate = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2018-01-01', n));
const toLocal = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
};
const fromLocal = (d: Date) => toIso(d.getFullYear(), d.getMonth() + 1, d.getDate());

describe('working days with no holidays agree with date-fns', () => {
  it('adds the same number of business days as addBusinessDays, forwards and backwards', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -80, max: 80 }), (date, n) => {
        expect(addWorkingDays(date, n, none)).toBe(fromLocal(addBusinessDays(toLocal(date), n)));
      }),
      { numRuns: 3000 },
    );
  });
  it('counts the same days between two weekdays as differenceInBusinessDays', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -800, max: 800 }), (a, offset) => {
        const b = addDays(a, offset);
        fc.pre(!isWeekend(a) && !isWeekend(b));
        expect(workingDaysBetween(a, b, none)).toBe(differenceInBusinessDays(toLocal(b), toLocal(a)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('working days with bank holidays', () => {
  it('counting back the days added gives the same number (with holidays)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 60 }), (date, n) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n, holidays), holidays)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it('never lands on a weekend or a bank holiday when adding at least one day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), fc.boolean(), (date, n, back) => {
        expect(isWorkingDay(addWorkingDays(date, back ? -n : n, holidays), holidays)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('skips Christmas Day and the Boxing Day substitute in 2026', () => {
    // Christmas Eve 2026 is a Thursday; 25th Friday (bank holiday), 28th Monday (Boxing Day substitute).
    expect(addWorkingDays('2026-12-24', 1, holidays)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-24', 1, none)).toBe('2026-12-25');
  });
  it('counts 10 working days from 16 December 2026 to 4 January 2027', () => {
    expect(addWorkingDays('2026-12-16', 10, holidays)).toBe('2027-01-04');
    expect(workingDaysBetween('2026-12-16', '2027-01-04', holidays)).toBe(10);
  });
  it('skips both substitute days when Christmas 2027 falls on a Saturday', () => {
    expect(addWorkingDays('2027-12-24', 1, holidays)).toBe('2027-12-29');
    expect(workingDaysBetween('2027-12-24', '2028-01-04', holidays)).toBe(4); // 29, 30, 31 Dec; 3 Jan is a substitute day
  });
  it('skips Good Friday and Easter Monday 2027', () => {
    expect(addWorkingDays('2027-03-25', 1, holidays)).toBe('2027-03-30');
    expect(addWorkingDays('2027-03-30', -1, holidays)).toBe('2027-03-25');
  });
  it('skips the one-off days: the Platinum Jubilee, the state funeral and the coronation', () => {
    expect(addWorkingDays('2022-06-01', 1, holidays)).toBe('2022-06-06');
    expect(addWorkingDays('2022-09-16', 1, holidays)).toBe('2022-09-20');
    expect(addWorkingDays('2023-05-05', 1, holidays)).toBe('2023-05-09');
  });
  it('counts backwards over a bank holiday Monday', () => {
    expect(workingDaysBetween('2027-06-01', '2027-05-28', holidays)).toBe(-1); // 31 May is the spring bank holiday
  });
  it('gives the date back when adding none, and finds the nearest working day either side', () => {
    expect(addWorkingDays('2026-12-25', 0, holidays)).toBe('2026-12-25');
    expect(nextWorkingDayOnOrAfter('2026-12-25', holidays)).toBe('2026-12-29');
    expect(lastWorkingDayOnOrBefore('2026-12-28', holidays)).toBe('2026-12-24');
    expect(nextWorkingDayOnOrAfter('2026-12-24', holidays)).toBe('2026-12-24');
  });
  it('refuses part days and a holiday list with no working days at all', () => {
    expect(() => addWorkingDays('2026-11-25', 1.5, holidays)).toThrow();
    expect(() => addWorkingDays('2026-11-25', 1, { has: () => true })).toThrow(/no working days/);
  });
});
