// Word lists for reading dates the British way: weekday and number words, and the rules for which
// weekday "Friday", "next Friday" and "Friday week" mean. Pure; used by natural-parsers.ts.
import { addDays, dayOfWeek, type IsoDate } from '../shared/dates';

/** Weekday words → 0 (Sunday) … 6 (Saturday). Short forms count only when written with a capital. */
export const WEEKDAY_WORDS: Record<string, number> = {
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tues: 2, tue: 2,
  wednesday: 3, weds: 3, wed: 3,
  thursday: 4, thurs: 4, thur: 4, thu: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

/** Regular-expression source matching any weekday word (longest first). */
export const WEEKDAY_PATTERN = Object.keys(WEEKDAY_WORDS).sort((a, b) => b.length - a.length).join('|');

export const MONTH_PATTERN = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, 'twenty-one': 21, 'twenty one': 21, 'twenty-five': 25, 'twenty five': 25, thirty: 30,
};

/** Regular-expression source for a count: digits or a number word. */
export const COUNT_PATTERN = `\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')}`;

export function readCount(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}

/**
 * A weekday word as written. A short form in lower case ("sat", "wed") counts only straight after
 * a date word ("by fri", "on weds"), so "Pat sat with Jay" is not a Saturday.
 */
export function readWeekday(word: string, afterDateWord = false): number | undefined {
  const lower = word.toLowerCase();
  const value = WEEKDAY_WORDS[lower];
  if (value === undefined) return undefined;
  if (!lower.endsWith('day') && word[0] === word[0].toLowerCase() && !afterDateWord) return undefined;
  return value;
}

/** Words after which a lower-case short weekday is taken as a day: "by fri", "next tues". */
export const DATE_WORD_BEFORE = /\b(?:by|on|before|until|till|next|this|from|coming|latest)\s+$/i;

/** The first given weekday strictly after the meeting: said on a Wednesday, "Friday" is two days on, "Wednesday" a week on. */
export function weekdayAfter(meetingDate: IsoDate, weekday: number): IsoDate {
  const gap = ((weekday - dayOfWeek(meetingDate) + 7) % 7) || 7;
  return addDays(meetingDate, gap);
}

/**
 * "next Friday": the Friday of the week after the meeting's week (weeks run Monday to Sunday, as
 * in en-GB). Said on Wednesday 25 November 2026 it is Friday 4 December, not Friday 27 November.
 */
export function weekdayNextWeek(meetingDate: IsoDate, weekday: number): IsoDate {
  const monday = addDays(meetingDate, -((dayOfWeek(meetingDate) + 6) % 7));
  return addDays(monday, 7 + ((weekday + 6) % 7));
}

/** The Friday ending the meeting's working week (the next Friday when the meeting is at a weekend). */
export function endOfWorkingWeek(meetingDate: IsoDate, weeksOn = 0): IsoDate {
  const dow = dayOfWeek(meetingDate);
  const friday = dow === 6 || dow === 0 ? weekdayAfter(meetingDate, 5) : addDays(meetingDate, 5 - dow);
  return addDays(friday, 7 * weeksOn);
}

/** The Sunday ending the meeting's weekend ("at the weekend"). */
export function endOfWeekend(meetingDate: IsoDate, weeksOn = 0): IsoDate {
  const dow = dayOfWeek(meetingDate);
  return addDays(meetingDate, (dow === 0 ? 0 : 7 - dow) + 7 * weeksOn);
}
