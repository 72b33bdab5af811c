// Suggesting the next meeting: six weeks on by default, moved to a working day so the review is not
// late, using whatever calendar of working days the caller passes in.
import { describe, expect, it } from 'vitest';
import { suggestNextMeeting } from '../../../src/core/meetings/next-meeting';
import { isWeekend } from '../../../src/core/shared/dates';

// England and Wales bank holidays over Christmas 2026 (Boxing Day falls on a Saturday).
const HOLIDAYS = new Set(['2026-12-25', '2026-12-28', '2027-01-01']);
const workingDay = (d: string) => !isWeekend(d) && !HOLIDAYS.has(d);

describe('the next meeting date', () => {
  it('is six weeks on, on the same weekday, when that is a working day', () => {
    expect(suggestNextMeeting('2026-11-24', { intervalWeeks: 6, isWorkingDay: workingDay })).toBe('2027-01-05');
  });

  it('moves to the working day before a bank holiday, so the review is not late', () => {
    // Six weeks after Monday 16 November is Monday 28 December, the Boxing Day holiday.
    expect(suggestNextMeeting('2026-11-16', { intervalWeeks: 6, isWorkingDay: workingDay })).toBe('2026-12-24');
  });

  it('uses the local review interval', () => {
    expect(suggestNextMeeting('2026-11-24', { intervalWeeks: 8, isWorkingDay: workingDay })).toBe('2027-01-19');
  });

  it('goes to the first working day after when the whole week before is closed', () => {
    const closed = (d: string) => workingDay(d) && !(d >= '2026-12-21' && d <= '2027-01-01');
    expect(suggestNextMeeting('2026-11-16', { intervalWeeks: 6, isWorkingDay: closed })).toBe('2027-01-04');
  });

  it('never suggests a date on or before the meeting itself', () => {
    const onlyAfter = (d: string) => d >= '2026-12-03';
    expect(suggestNextMeeting('2026-11-24', { intervalWeeks: 1, isWorkingDay: onlyAfter })).toBe('2026-12-03');
  });

  it('falls back to six weeks when the interval is nonsense', () => {
    expect(suggestNextMeeting('2026-11-24', { intervalWeeks: 0, isWorkingDay: workingDay })).toBe('2027-01-05');
  });
});
