// A date and clock time as said in England ("23 November, 14:30") turned into an instant, and back:
// British Summer Time is allowed for, so a copy sent at 9am in June is kept as 08:00 UTC.
import { londonDate, londonTime, isIsoDate, isTime, type IsoDate } from '../shared/dates';

/**
 * The ISO instant of a London wall-clock date and time. In the hour the clocks go back the first
 * (summer) one is taken; a time skipped when they go forward is taken as an hour later.
 */
export function londonInstant(date: IsoDate, time: string): string {
  if (!isIsoDate(date) || !isTime(time)) throw new Error(`Not a date and time: ${date} ${time}`);
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // London is UTC or UTC+1: try the summer offset first, then winter.
  for (const offsetHours of [1, 0]) {
    const guess = new Date(wall - offsetHours * 3_600_000);
    if (londonDate(guess) === date && londonTime(guess) === time) return guess.toISOString();
  }
  return new Date(wall).toISOString();
}

/** "23 November 2026 at 2.30pm" parts: the London date and time of an instant. */
export function londonParts(iso: string): { date: IsoDate; time: string } {
  const instant = new Date(iso);
  return { date: londonDate(instant), time: londonTime(instant) };
}
