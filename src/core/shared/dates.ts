// Calendar dates as `YYYY-MM-DD` strings: checking, showing ("4 June 2026") and simple arithmetic.
// Pure: no clock. Date objects are built at noon UTC only inside these helpers, so no BST off-by-one.
import { z } from 'zod';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** zod schema for a stored calendar date, with a plain-English message. */
export function isoDate(message = 'Enter a real date') {
  return z.string({ error: message }).refine(isIsoDate, { error: message });
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtc(date: IsoDate): Date {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function fromUtc(d: Date): IsoDate {
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "4 June 2026" — GOV.UK style, no leading zero. */
export function formatDate(date: IsoDate | undefined | null): string {
  if (!date || !isIsoDate(date)) return '';
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Thursday 4 June 2026". */
export function formatDateWithDay(date: IsoDate | undefined | null): string {
  if (!date || !isIsoDate(date)) return '';
  return `${WEEKDAYS[dayOfWeek(date)]} ${formatDate(date)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[dayOfWeek(date)];
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toIso(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole days from a to b (b later gives a positive number). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return toIso(year, month, daysInMonth(year, month));
}

// Made once: building an Intl formatter costs far more than using one.
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false });

/** The date part of an ISO timestamp in UK local time (Europe/London). */
export function londonDate(instant: Date): IsoDate {
  const [day, month, year] = LONDON_DATE.format(instant).split('/');
  return `${year}-${month}-${day}`;
}

/** "14:05" in UK local time. */
export function londonTime(instant: Date): string {
  return LONDON_TIME.format(instant);
}

/** Age in whole years on a given date. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const b = parts(dateOfBirth);
  const o = parts(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** "10:30" → "10.30am", "14:00" → "2pm" (GOV.UK style). */
export function formatTime(time: string | undefined | null): string {
  if (!time || !isTime(time)) return '';
  const [h, m] = time.split(':').map(Number);
  if (h === 12 && m === 0) return 'midday';
  if (h === 0 && m === 0) return 'midnight';
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour}${suffix}` : `${hour}.${String(m).padStart(2, '0')}${suffix}`;
}
