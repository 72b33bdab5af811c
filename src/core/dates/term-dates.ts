// School term dates a local authority keeps up to date (templates/term-dates.json): terms with their
// half terms, where the dates came from and when they were checked. Used for advice and for "before half term".
import { z } from 'zod';
import { addDays, compareDates, formatDate, isoDate, parts, type IsoDate } from '../shared/dates';
import { lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, type HolidayLookup } from './working-days';

/** The template file a local authority edits; the built-in default is BUILT_IN_TERM_DATES. */
export const TERM_DATES_FILE = 'term-dates.json';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const termSchema = z
  .object({
    name: z.string().trim().max(120).default(''),
    /** First day pupils are in. */
    start: isoDate('Enter the first day of term as YYYY-MM-DD, for example 2026-09-03'),
    /** Last day pupils are in. */
    end: isoDate('Enter the last day of term as YYYY-MM-DD, for example 2026-12-18'),
    /** First and last days of the half-term holiday (usually a Monday and a Friday). */
    halfTermStart: isoDate('Enter the first day of half term as YYYY-MM-DD').optional(),
    halfTermEnd: isoDate('Enter the last day of half term as YYYY-MM-DD').optional(),
  })
  .superRefine((t, ctx) => {
    if (t.end < t.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The term must end after it starts' });
    if (!!t.halfTermStart !== !!t.halfTermEnd) {
      ctx.addIssue({ code: 'custom', path: [t.halfTermStart ? 'halfTermEnd' : 'halfTermStart'], message: 'Give both the first and last day of half term' });
    }
    if (t.halfTermStart && t.halfTermEnd) {
      if (t.halfTermEnd < t.halfTermStart) ctx.addIssue({ code: 'custom', path: ['halfTermEnd'], message: 'Half term must end after it starts' });
      if (t.halfTermStart <= t.start || t.halfTermEnd >= t.end) {
        ctx.addIssue({ code: 'custom', path: ['halfTermStart'], message: 'Half term must fall inside the term' });
      }
    }
  });
export type Term = z.infer<typeof termSchema>;

export const termDatesSchema = z
  .object({
    /** Whose dates these are, e.g. "Northshire Council community schools". */
    area: z.string().trim().max(200).default(''),
    /** Where the dates came from: a web page or a letter. */
    source: z.string({ error: 'Say where these term dates came from' }).trim().min(1, { error: 'Say where these term dates came from' }).max(400),
    lastChecked: isoDate('Enter the date the term dates were last checked, for example 2026-09-01'),
    notes: z.string().max(1000).default(''),
    terms: z.array(termSchema).min(1, { error: 'List at least one term' }).max(60),
  })
  .superRefine((table, ctx) => {
    const sorted = [...table.terms].sort((a, b) => compareDates(a.start, b.start));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].start <= sorted[i - 1].end) {
        ctx.addIssue({ code: 'custom', path: ['terms'], message: `Two terms overlap: the one starting ${formatDate(sorted[i].start)} begins before the one before it ends` });
      }
    }
  });
export type TermDates = z.infer<typeof termDatesSchema>;

/** Realistic dates for community schools in a typical English council (fictional "Northshire"). */
export const BUILT_IN_TERM_DATES: TermDates = {
  area: 'Northshire Council community and voluntary-controlled schools (example dates: replace with your council’s)',
  source: 'Typical pattern of English council term dates; check your council’s published term dates page',
  lastChecked: '2026-11-23',
  notes: 'Academies, free schools and many church schools set their own dates, and schools add their own training days. Check with the child’s school.',
  terms: [
    { name: 'Autumn term 2025', start: '2025-09-03', end: '2025-12-19', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31' },
    { name: 'Spring term 2026', start: '2026-01-05', end: '2026-03-27', halfTermStart: '2026-02-16', halfTermEnd: '2026-02-20' },
    { name: 'Summer term 2026', start: '2026-04-13', end: '2026-07-22', halfTermStart: '2026-05-25', halfTermEnd: '2026-05-29' },
    { name: 'Autumn term 2026', start: '2026-09-03', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' },
    { name: 'Spring term 2027', start: '2027-01-04', end: '2027-03-25', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19' },
    { name: 'Summer term 2027', start: '2027-04-12', end: '2027-07-21', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04' },
  ],
};

function sortedTerms(table: TermDates): Term[] {
  return [...table.terms].sort((a, b) => compareDates(a.start, b.start));
}

/** "October half term", named after the month it starts in. */
export function halfTermName(term: Pick<Term, 'halfTermStart'>): string {
  return term.halfTermStart ? `${MONTHS[parts(term.halfTermStart).month - 1]} half term` : 'half term';
}

function breakName(afterEnd: IsoDate): string {
  const month = parts(addDays(afterEnd, 1)).month;
  if (month === 12 || month === 1) return 'Christmas holidays';
  if (month === 3 || month === 4) return 'Easter holidays';
  if (month >= 7 && month <= 9) return 'summer holidays';
  return 'school holidays';
}

export interface SchoolHoliday {
  kind: 'half-term' | 'holidays';
  /** "October half term", "Christmas holidays". */
  name: string;
  start: IsoDate;
  end: IsoDate;
}

/** The school holiday a date falls in, when the table covers it (weekends in term are not holidays). */
export function schoolHolidayOn(date: IsoDate, table: TermDates): SchoolHoliday | undefined {
  const terms = sortedTerms(table);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t.halfTermStart && t.halfTermEnd && date >= t.halfTermStart && date <= t.halfTermEnd) {
      return { kind: 'half-term', name: halfTermName(t), start: t.halfTermStart, end: t.halfTermEnd };
    }
    const next = terms[i + 1];
    if (next && date > t.end && date < next.start) {
      return { kind: 'holidays', name: breakName(t.end), start: addDays(t.end, 1), end: addDays(next.start, -1) };
    }
  }
  return undefined;
}

/** The holidays between one term and the next, in date order. */
export function schoolBreaks(table: TermDates): (SchoolHoliday & { termBefore: Term; termAfter: Term })[] {
  const terms = sortedTerms(table);
  const breaks: (SchoolHoliday & { termBefore: Term; termAfter: Term })[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const start = addDays(terms[i].end, 1);
    const end = addDays(terms[i + 1].start, -1);
    if (end >= start) breaks.push({ kind: 'holidays', name: breakName(terms[i].end), start, end, termBefore: terms[i], termAfter: terms[i + 1] });
  }
  return breaks;
}

/** The term a date falls in (half term included), if any. */
export function termOn(date: IsoDate, table: TermDates): Term | undefined {
  return sortedTerms(table).find((t) => date >= t.start && date <= t.end);
}

/** The term a date is in, or the next one to start after it. */
export function currentOrNextTerm(date: IsoDate, table: TermDates): Term | undefined {
  return sortedTerms(table).find((t) => date <= t.end);
}

/** The next term to start after a date. */
export function nextTermAfter(date: IsoDate, table: TermDates): Term | undefined {
  return sortedTerms(table).find((t) => t.start > date);
}

/** The next half term starting after a date (skipping one the date is already in). */
export function nextHalfTerm(date: IsoDate, table: TermDates): (Term & { halfTermStart: IsoDate; halfTermEnd: IsoDate }) | undefined {
  return sortedTerms(table).find((t): t is Term & { halfTermStart: IsoDate; halfTermEnd: IsoDate } => !!t.halfTermStart && !!t.halfTermEnd && t.halfTermStart > date);
}

/** The last school day before the next half term: the last working day before it starts. */
export function lastSchoolDayBeforeHalfTerm(date: IsoDate, table: TermDates, holidays?: HolidayLookup): IsoDate | undefined {
  const term = nextHalfTerm(date, table);
  return term ? lastWorkingDayOnOrBefore(addDays(term.halfTermStart, -1), holidays) : undefined;
}

/** The last day of the term a date is in, or of the next term when the date is in the holidays. */
export function endOfTerm(date: IsoDate, table: TermDates, holidays?: HolidayLookup): IsoDate | undefined {
  const term = currentOrNextTerm(date, table);
  return term ? lastWorkingDayOnOrBefore(term.end, holidays) : undefined;
}

/** The first school day of the next term. */
export function startOfNextTerm(date: IsoDate, table: TermDates, holidays?: HolidayLookup): IsoDate | undefined {
  const term = nextTermAfter(date, table);
  return term ? nextWorkingDayOnOrAfter(term.start, holidays) : undefined;
}

/** A plain sentence when the term dates run out (after the last term ends, or within 60 days of it). */
export function termDatesCoverageWarning(table: TermDates, today: IsoDate): string | undefined {
  const terms = sortedTerms(table);
  const lastEnd = terms[terms.length - 1].end;
  const how = `Add the next school year's dates to templates/term-dates.json (last checked ${formatDate(table.lastChecked)}).`;
  if (today > lastEnd) return `The school term dates stop at ${formatDate(lastEnd)}, so half terms and school holidays after that are not known. ${how}`;
  if (compareDates(addDays(today, 60), lastEnd) > 0) return `The school term dates stop at ${formatDate(lastEnd)}. ${how}`;
  return undefined;
}
