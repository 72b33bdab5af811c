// Since when an action has been waiting, read from words as people say them: always on or before the meeting.
import { describe, expect, it } from 'vitest';
import { readPastDate } from '../../../src/core/dates/past';

const MEETING = '2026-11-25'; // a Wednesday

describe('reading since when', () => {
  it('reads a day and month as the last one on or before the meeting', () => {
    expect(readPastDate('3 November', MEETING)).toEqual({ date: '2026-11-03' });
    expect(readPastDate('since 3 November', MEETING)).toEqual({ date: '2026-11-03' });
    expect(readPastDate('10 December', MEETING)).toEqual({ date: '2025-12-10' });
  });

  it('reads "last Monday", "a fortnight ago" and a written date', () => {
    expect(readPastDate('last Monday', MEETING).date).toBe('2026-11-23');
    expect(readPastDate('2 weeks ago', MEETING).date).toBe('2026-11-11');
    expect(readPastDate('4/11/2026', MEETING).date).toBe('2026-11-04');
    expect(readPastDate('the meeting day', MEETING).problem).toBeDefined();
  });

  it('refuses a date after the meeting when a year says so, and reads nothing from nothing', () => {
    expect(readPastDate('3 January 2027', MEETING)).toMatchObject({ date: '2027-01-03', problem: 'The wait must have begun by the day of this meeting.' });
    expect(readPastDate('  ', MEETING)).toEqual({});
    expect(readPastDate('soon', MEETING).problem).toMatch(/could not read/);
  });
});
