// Warnings a chair sees next to a due date: weekends, named bank holidays, a date before the
// meeting, and school holidays (advice only).
import { describe, expect, it } from 'vitest';
import { dueDateWarnings } from '../../../src/core/dates/due-date-warnings';
import { BUILT_IN_BANK_HOLIDAYS, bankHolidayCalendar } from '../../../src/core/dates/bank-holidays';
import { BUILT_IN_TERM_DATES } from '../../../src/core/dates/term-dates';

const holidays = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS);
const context = { meetingDate: '2026-11-25', holidays, terms: BUILT_IN_TERM_DATES };

describe('due date warnings', () => {
  it('names Christmas Day as a bank holiday, and says it is in the school holidays', () => {
    expect(dueDateWarnings('2026-12-25', context)).toEqual([
      '25 December 2026 is Christmas Day, a bank holiday.',
      '25 December 2026 is in the school Christmas holidays, so school staff may not be there. Check with the school if this needs them.',
    ]);
  });
  it('names a substitute day, Easter Monday 2027 and the late May bank holiday', () => {
    expect(dueDateWarnings('2026-12-28', context)[0]).toBe('28 December 2026 is Boxing Day (substitute day), a bank holiday.');
    expect(dueDateWarnings('2027-03-29', context)[0]).toBe('29 March 2027 is Easter Monday, a bank holiday.');
    expect(dueDateWarnings('2027-05-31', context)).toContain('31 May 2027 is the Spring bank holiday.');
    expect(dueDateWarnings('2023-05-08', { ...context, meetingDate: '2023-05-01' })).toContain('8 May 2023 is a bank holiday for the coronation of King Charles III.');
  });
  it('says "a bank holiday" when only a set of dates is known', () => {
    expect(dueDateWarnings('2026-12-25', { meetingDate: '2026-11-25', holidays: new Set(['2026-12-25']) })).toEqual(['25 December 2026 is a bank holiday.']);
  });
  it('warns about a weekend but not also a school holiday on it', () => {
    expect(dueDateWarnings('2026-11-28', context)).toEqual(['28 November 2026 is a Saturday. Most services are closed at weekends.']);
    expect(dueDateWarnings('2026-12-20', context)).toEqual(['20 December 2026 is a Sunday. Most services are closed at weekends.']);
  });
  it('warns when the date is before the meeting', () => {
    expect(dueDateWarnings('2026-11-20', context)).toEqual(['20 November 2026 is before the meeting on 25 November 2026. Check the date.']);
  });
  it('names half term', () => {
    expect(dueDateWarnings('2027-02-17', context)).toEqual([
      '17 February 2027 is in the February half term, so school staff may not be there. Check with the school if this needs them.',
    ]);
  });
  it('has nothing to say about an ordinary school day, or a day beyond the term table', () => {
    expect(dueDateWarnings('2026-12-04', context)).toEqual([]);
    expect(dueDateWarnings('2027-08-11', context)).toEqual([]);
    expect(dueDateWarnings('2026-12-04', { meetingDate: '2026-11-25', holidays })).toEqual([]);
  });
});
