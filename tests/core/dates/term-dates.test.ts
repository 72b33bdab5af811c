// School term dates: the shipped template, what counts as a school holiday, "before half term" and
// "end of term", and a warning when the table runs out.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BUILT_IN_TERM_DATES, TERM_DATES_FILE, endOfTerm, lastSchoolDayBeforeHalfTerm, nextHalfTerm, schoolBreaks, schoolHolidayOn,
  startOfNextTerm, termDatesCoverageWarning, termDatesSchema, termOn,
} from '../../../src/core/dates/term-dates';
import { BUILT_IN_BANK_HOLIDAYS, bankHolidayCalendar } from '../../../src/core/dates/bank-holidays';

const holidays = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS);
const terms = BUILT_IN_TERM_DATES;

describe('the term dates template', () => {
  const raw = JSON.parse(readFileSync(path.resolve(__dirname, '../../../templates', TERM_DATES_FILE), 'utf8'));
  it('is valid and the same as the built-in dates, covering 2025–26 and 2026–27', () => {
    expect(termDatesSchema.parse(raw)).toEqual(BUILT_IN_TERM_DATES);
    expect(terms.terms[0].start).toBe('2025-09-03');
    expect(terms.terms[terms.terms.length - 1].end).toBe('2027-07-21');
  });
  it('says where the dates came from and when they were checked', () => {
    expect(raw.source).toBeTruthy();
    expect(raw.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { source, ...withoutSource } = raw;
    void source;
    expect(termDatesSchema.safeParse(withoutSource).success).toBe(false);
  });
  it('refuses a half term outside its term, and terms that overlap', () => {
    const outside = termDatesSchema.safeParse({ ...raw, terms: [{ start: '2026-09-03', end: '2026-12-18', halfTermStart: '2027-01-04', halfTermEnd: '2027-01-08' }] });
    expect(outside.success).toBe(false);
    expect(outside.error?.issues[0].message).toBe('Half term must fall inside the term');
    const overlap = termDatesSchema.safeParse({ ...raw, terms: [{ start: '2026-09-03', end: '2026-12-18' }, { start: '2026-12-01', end: '2027-03-25' }] });
    expect(overlap.success).toBe(false);
    const halfOnly = termDatesSchema.safeParse({ ...raw, terms: [{ start: '2026-09-03', end: '2026-12-18', halfTermStart: '2026-10-26' }] });
    expect(halfOnly.error?.issues[0].message).toBe('Give both the first and last day of half term');
  });
});

describe('school holidays', () => {
  it('names half terms by their month and the holidays between terms', () => {
    expect(schoolHolidayOn('2026-10-28', terms)?.name).toBe('October half term');
    expect(schoolHolidayOn('2027-02-17', terms)?.name).toBe('February half term');
    expect(schoolHolidayOn('2027-06-02', terms)?.name).toBe('May half term');
    expect(schoolHolidayOn('2026-12-23', terms)).toMatchObject({ kind: 'holidays', name: 'Christmas holidays', start: '2026-12-19', end: '2027-01-03' });
    expect(schoolHolidayOn('2027-04-01', terms)?.name).toBe('Easter holidays');
    expect(schoolHolidayOn('2026-08-10', terms)?.name).toBe('summer holidays');
  });
  it('does not call a term-time day, or a day beyond the table, a holiday', () => {
    expect(schoolHolidayOn('2026-11-25', terms)).toBeUndefined();
    expect(schoolHolidayOn('2027-08-10', terms)).toBeUndefined();
    expect(termOn('2026-11-25', terms)?.name).toBe('Autumn term 2026');
  });
  it('lists the breaks between terms', () => {
    expect(schoolBreaks(terms).map((b) => b.name)).toEqual(['Christmas holidays', 'Easter holidays', 'summer holidays', 'Christmas holidays', 'Easter holidays']);
  });
});

describe('the last school day before half term, and the end of term', () => {
  it('after October half term, the next half term is February and the last day before it is Friday 12 February', () => {
    expect(nextHalfTerm('2026-11-25', terms)?.halfTermStart).toBe('2027-02-15');
    expect(lastSchoolDayBeforeHalfTerm('2026-11-25', terms, holidays)).toBe('2027-02-12');
  });
  it('skips the spring bank holiday: before May half term 2027 is Friday 28 May', () => {
    expect(lastSchoolDayBeforeHalfTerm('2027-05-04', terms, holidays)).toBe('2027-05-28');
  });
  it('gives the last day of this term, or of the next when said in the holidays', () => {
    expect(endOfTerm('2026-11-25', terms, holidays)).toBe('2026-12-18');
    expect(endOfTerm('2026-12-22', terms, holidays)).toBe('2027-03-25');
    expect(startOfNextTerm('2026-11-25', terms, holidays)).toBe('2027-01-04');
  });
});

describe('telling the user when the term dates run out', () => {
  it('says nothing while there is more than two months left', () => {
    expect(termDatesCoverageWarning(terms, '2026-11-23')).toBeUndefined();
  });
  it('warns as the last term nears its end and after it', () => {
    expect(termDatesCoverageWarning(terms, '2027-06-01')).toMatch(/stop at 21 July 2027/);
    expect(termDatesCoverageWarning(terms, '2027-09-06')).toMatch(/templates\/term-dates.json/);
  });
});
