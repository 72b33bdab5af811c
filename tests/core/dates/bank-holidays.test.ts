// The England and Wales bank holiday list: checked against the date-holidays package, shipped as an
// editable template, extended by a user, and telling the user when it runs out.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Holidays from 'date-holidays';
import { isWeekend } from '../../../src/core/shared/dates';
import {
  BANK_HOLIDAYS_FILE, BUILT_IN_BANK_HOLIDAYS, bankHolidayCalendar, bankHolidayCoverage, bankHolidaysSchema, coveredYears,
  easterSunday, expectedBankHolidays,
} from '../../../src/core/dates/bank-holidays';
import { addWorkingDays } from '../../../src/core/dates/working-days';

const builtIn = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS, { projectToYear: 2028 });

describe('the built-in bank holiday list', () => {
  it('matches the date-holidays package for England, 2018 to 2028, on every weekday', () => {
    const hd = new Holidays('GB', 'ENG');
    for (let year = 2018; year <= 2028; year++) {
      // date-holidays also lists a Christmas that falls on a Saturday; GOV.UK lists only the weekday substitute.
      const theirs = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10))
        .filter((d) => !isWeekend(d))
        .sort();
      const ours = [...builtIn.keys()].filter((d) => d.startsWith(`${year}-`)).sort();
      expect(ours, `bank holidays in ${year}`).toEqual(theirs);
    }
  });

  it('has the one-off days and names them', () => {
    expect(builtIn.get('2022-06-03')).toBe('Platinum Jubilee bank holiday');
    expect(builtIn.get('2022-09-19')).toMatch(/State Funeral of Queen Elizabeth II/);
    expect(builtIn.get('2023-05-08')).toMatch(/coronation of King Charles III/);
    expect(builtIn.get('2020-05-08')).toMatch(/VE day/);
    expect(builtIn.has('2020-05-04')).toBe(false); // moved to Friday 8 May that year
  });

  it('names substitute days', () => {
    expect(builtIn.get('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(builtIn.get('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(builtIn.get('2028-01-03')).toBe('New Year’s Day (substitute day)');
  });

  it('never puts a bank holiday on a weekend and has eight a year (more in the special years)', () => {
    for (const date of builtIn.keys()) expect(isWeekend(date), date).toBe(false);
    for (let year = 2018; year <= 2028; year++) {
      const n = [...builtIn.keys()].filter((d) => d.startsWith(`${year}-`)).length;
      expect(n, String(year)).toBe(year === 2022 ? 10 : year === 2023 ? 9 : 8);
    }
  });

  it('covers at least this year and next', () => {
    expect(coveredYears(BUILT_IN_BANK_HOLIDAYS)).toEqual({ first: 2018, last: 2028 });
    expect(bankHolidayCoverage(BUILT_IN_BANK_HOLIDAYS, '2026-11-23')).toEqual({ lastYear: 2028, status: 'ok' });
  });
});

describe('the usual rules for later years', () => {
  it('give the same days as the list in every ordinary year', () => {
    for (let year = 2018; year <= 2028; year++) {
      const expected = expectedBankHolidays(year).map((e) => e.date).sort();
      const listed = [...builtIn.keys()].filter((d) => d.startsWith(`${year}-`)).sort();
      if (year === 2020) expect(expected.filter((d) => d !== '2020-05-04')).toEqual(listed.filter((d) => d !== '2020-05-08'));
      else if (year === 2022) expect(expected.filter((d) => d !== '2022-05-30')).toEqual(listed.filter((d) => !['2022-06-02', '2022-06-03', '2022-09-19'].includes(d)));
      else if (year === 2023) expect(expected).toEqual(listed.filter((d) => d !== '2023-05-08'));
      else expect(expected, String(year)).toEqual(listed);
    }
  });
  it('know when Easter falls', () => {
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
  it('fill in the years after the list so Christmas 2029 is still skipped', () => {
    const calendar = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS);
    expect(calendar.get('2029-12-25')).toBe('Christmas Day');
    expect(calendar.get('2030-04-22')).toBe('Easter Monday');
    expect(addWorkingDays('2029-12-24', 1, calendar)).toBe('2029-12-27');
  });
});

describe('the template a local authority edits', () => {
  const file = path.resolve(__dirname, '../../../templates', BANK_HOLIDAYS_FILE);
  const raw = JSON.parse(readFileSync(file, 'utf8'));

  it('is valid and the same as the built-in list', () => {
    const parsed = bankHolidaysSchema.parse(raw);
    expect(parsed).toEqual(BUILT_IN_BANK_HOLIDAYS);
  });

  it('takes a newly proclaimed day, which working days then skip', () => {
    const extended = bankHolidaysSchema.parse({
      ...raw,
      events: [...raw.events, { title: 'Bank holiday for a national celebration', date: '2027-06-07' }],
    });
    const calendar = bankHolidayCalendar(extended);
    expect(calendar.get('2027-06-07')).toBe('Bank holiday for a national celebration');
    expect(addWorkingDays('2027-06-04', 1, calendar)).toBe('2027-06-08');
    expect(coveredYears(extended).last).toBe(2028);
  });

  it('accepts GOV.UK’s own england-and-wales section pasted in as it is', () => {
    const govuk = { division: 'england-and-wales', events: [{ title: 'Christmas Day', date: '2029-12-25', notes: '', bunting: true }] };
    expect(bankHolidaysSchema.safeParse(govuk).success).toBe(true);
  });

  it('reads the whole GOV.UK feed saved as it is, using its England and Wales part', () => {
    const feed = {
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Boxing Day', date: '2029-12-26', notes: '', bunting: true }] },
      scotland: { division: 'scotland', events: [{ title: '2nd January', date: '2029-01-02', notes: '', bunting: true }] },
    };
    const parsed = bankHolidaysSchema.parse(feed);
    expect(parsed.events.map((e) => e.date)).toEqual(['2029-12-26']);
  });

  it('refuses an impossible date with a plain message', () => {
    const bad = bankHolidaysSchema.safeParse({ ...raw, events: [{ title: 'Spring bank holiday', date: '2027-02-30' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/YYYY-MM-DD/);
  });
});

describe('telling the user when the list runs out', () => {
  it('warns during the last year covered', () => {
    const report = bankHolidayCoverage(BUILT_IN_BANK_HOLIDAYS, '2028-03-01');
    expect(report.status).toBe('ending');
    expect(report.message).toMatch(/stops at the end of 2028/);
  });
  it('warns plainly once today is past the last year, saying where to add the dates', () => {
    const report = bankHolidayCoverage(BUILT_IN_BANK_HOLIDAYS, '2029-01-02');
    expect(report.status).toBe('passed');
    expect(report.message).toContain('2 January 2029');
    expect(report.message).toContain('gov.uk/bank-holidays');
    expect(report.message).toContain('templates/bank-holidays.json');
  });
});
