// Dates are stored YYYY-MM-DD and shown the GOV.UK way; impossible dates are refused.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, formatDate, formatTime, isIsoDate, londonDate } from '../../../src/core/shared/dates';

describe('dates a person reads', () => {
  it('shows 4 June 2026 without a leading zero', () => {
    expect(formatDate('2026-06-04')).toBe('4 June 2026');
  });
  it('refuses 30 February and 31 April, accepts 29 February in a leap year', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
  it('works out age on a date', () => {
    expect(ageOn('2016-05-14', '2026-05-13')).toBe(9);
    expect(ageOn('2016-05-14', '2026-05-14')).toBe(10);
  });
  it('shows times the GOV.UK way', () => {
    expect(formatTime('09:30')).toBe('9.30am');
    expect(formatTime('14:00')).toBe('2pm');
    expect(formatTime('12:00')).toBe('midday');
  });
  it('takes the date in London, not UTC, late on a summer evening', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
