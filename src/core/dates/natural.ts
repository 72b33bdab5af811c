// Reading due dates the British way ("by next Friday", "6/52", "Monday week", "before half term"),
// relative to the meeting date: chrono-node's en-GB mode plus our own parsers. Never guesses wildly.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { addDays, dayOfWeek, formatDate, isRealDate, toIso, type IsoDate } from '../shared/dates';
import type { HolidayLookup } from './working-days';
import type { TermDates } from './term-dates';
import { TAG_DATE, TAG_IGNORE, TAG_UNCLEAR, buildParsers, type UnclearReason } from './natural-parsers';
import { DATE_WORD_BEFORE, endOfWorkingWeek, readWeekday, weekdayAfter, weekdayNextWeek, WEEKDAY_PATTERN } from './natural-words';

/*
 * How weekdays are read (the UI always shows the date for the chair to confirm):
 * - "Friday", "on Friday", "by Friday", "this Friday": the first Friday after the meeting day.
 *   Said at a Friday meeting, "by Friday" is a week later, never the meeting day itself.
 * - "next Friday": the Friday of next week (weeks run Monday to Sunday). Said on Wednesday 25 November
 *   2026 it is Friday 4 December. Most British speakers mean this; the first Friday is "this Friday".
 * - "Friday week", "a week on Friday", "the Friday after next": a week after "Friday".
 * - "next week" / "this week": the Friday that ends it. "by next week" is unclear and left for the chair.
 */

export interface DateReadingOptions {
  meetingDate: IsoDate;
  /** Bank holidays (a Set of dates or Map of date → name), for "within 10 working days". */
  holidays?: HolidayLookup;
  /** School term dates, for "before half term" and "end of term". */
  terms?: TermDates;
  /** The next meeting's date, for "by the next meeting". */
  nextMeetingDate?: IsoDate;
}

export interface NaturalDate {
  date: IsoDate;
  /** The words read, with a leading "by", "before" or "on" and a trailing "at the latest". */
  text: string;
  start: number;
  end: number;
}

export interface UnclearDate {
  text: string;
  start: number;
  end: number;
  /** A plain sentence saying why no date was taken from these words. */
  reason: string;
}

export interface DateReading {
  /** The due date, when exactly one could be told. */
  due?: NaturalDate;
  /** Every date phrase read as a date. */
  dates: NaturalDate[];
  /** Words about timing that give no date ("soon", "from Monday", "in March"). */
  unclear: UnclearDate[];
  /** Words that repeat ("every Friday", "weekly"): part of what is done, not when it is due. */
  repeats: { text: string; start: number; end: number }[];
  /** Why no due date was chosen, when there were words about timing. */
  problem?: string;
}

const LEAD_BEFORE = /(?:\b(?:(?:at\s+the\s+latest\s+)?by|before|between\s+now\s+and|on|until|till|no\s+later\s+than|not\s+later\s+than|within|in|for|at|over|during|around|from|starting(?:\s+from)?|beginning|after|w\/c|wc|week\s+(?:commencing|beginning))\s+(?:the\s+)?(?:(?:next|coming)\s+)?(?:(?:mid|early|late)[\s-]+|middle\s+of\s+)?|\b(?:mid|early|late)[\s-]+|\b(?:the\s+)?middle\s+of\s+)$/i;
const TRAIL_AFTER = /^(?:(?:['’]s?|s['’])?\s+time\b|,?\s+at\s+the\s+(?:very\s+)?latest\b|\s+latest\b|\s+or\s+(?:sooner|before)\b|\s+(?:of|from|after)\s+(?:the|this|today['’]s)\s+meeting\b)/i;
const DEADLINE = /^(?:(?:at\s+the\s+latest\s+)?by|before|between|until|till|no\s+later|not\s+later|within)\b/i;
const START = /^(?:from|starting|beginning|after)\b/i;
const WEEK_OF = /^(?:w\/c|wc|week\s+(?:commencing|beginning))\b/i;

const REASONS: Record<UnclearReason | 'month' | 'start' | 'past', (words: string) => string> = {
  vague: (w) => `“${w}” does not give a date. Agree a day it will be done by.`,
  rough: (w) => `“${w}” does not say which day. Agree a day it will be done by.`,
  'by-next-period': (w) => `“${w}” could mean the end of this week or some time next week. Choose the day.`,
  'no-terms': (w) => `“${w}” needs the school term dates, which are not set up for these dates. Choose the day.`,
  'no-next-meeting': (w) => `“${w}” — the next meeting has no date yet. Choose the day, or set the next meeting first.`,
  month: (w) => `“${w}” does not say which day. Choose a day, for example the last day of that month.`,
  start: (w) => `“${w}” says when this starts, not when it will be done. Agree a day it will be done by.`,
  past: (w) => `“${w}” is in the past.`,
  'wrong-weekday': (w) => `“${w}” does not add up: the day of the week and the date do not match. Check which is right.`,
};

function dateOf(r: ParsedResult): IsoDate | undefined {
  const y = r.start.get('year'), m = r.start.get('month'), d = r.start.get('day');
  return y !== null && m !== null && d !== null && isRealDate(y, m, d) ? toIso(y, m, d) : undefined;
}

/** chrono's reading of a weekday, redone with the rules above. */
function weekdayDate(r: ParsedResult, meetingDate: IsoDate, before: string): IsoDate | 'past' | undefined {
  const m = new RegExp(`(?:\\b(next|this|last|past)\\s+)?\\b(${WEEKDAY_PATTERN})\\b(?:\\s+(?:of\\s+)?(next|last)\\s+week)?`, 'i').exec(r.text);
  const wd = m ? readWeekday(m[2], !!m[1] || DATE_WORD_BEFORE.test(before + r.text.slice(0, m.index))) : undefined;
  if (!m || wd === undefined) return undefined;
  const mod = (m[1] ?? m[3] ?? '').toLowerCase();
  if (mod === 'last' || mod === 'past') return 'past';
  return mod === 'next' ? weekdayNextWeek(meetingDate, wd) : weekdayAfter(meetingDate, wd);
}

type Classified = { kind: 'date'; date: IsoDate } | { kind: 'unclear'; reason: keyof typeof REASONS } | { kind: 'repeat' } | { kind: 'skip' };

/** A bare length of time ("a 2 year check", "3 years old") is not a date; "in 2 years", "2 weeks' time" are. */
const BARE_DURATION = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*-?\s*(?:days?|weeks?|months?|years?)$/i;
const DURATION_LEAD = /\b(?:in|within|by|for|over|after|before|about|around|inside|next|than)\s+(?:the\s+)?(?:next\s+)?$/i;
const DURATION_TRAIL = /^(?:\s*(?:['’]s?|s['’])?\s+time\b|\s+(?:from\s+(?:now|today)|later|on)\b)/i;

function classify(r: ParsedResult, meetingDate: IsoDate, text: string): Classified {
  const before = text.slice(0, r.index);
  const tags = r.tags();
  if (tags.has(TAG_IGNORE)) return r.text.match(/^(?:last|past)\b/i) ? { kind: 'skip' } : { kind: 'repeat' };
  for (const t of tags) if (t.startsWith(TAG_UNCLEAR)) return { kind: 'unclear', reason: t.slice(TAG_UNCLEAR.length) as UnclearReason };
  if (tags.has(TAG_DATE)) {
    const date = dateOf(r);
    return date ? { kind: 'date', date } : { kind: 'skip' };
  }
  const said = r.text.trim().toLowerCase();
  if (BARE_DURATION.test(said) && !DURATION_LEAD.test(before) && !DURATION_TRAIL.test(text.slice(r.index + r.text.length))) return { kind: 'skip' };
  // chrono reads "now", "a second" and times of day; none is a due date.
  if (/^(?:right\s+)?now$|\b(?:second|seconds|minutes?|mins?|secs?)\b/.test(said)) return { kind: 'skip' };
  const s = r.start;
  if (!s.isCertain('day') && s.isCertain('weekday')) {
    const d = weekdayDate(r, meetingDate, before);
    return d === 'past' ? { kind: 'skip' } : d ? { kind: 'date', date: d } : { kind: 'skip' };
  }
  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/')) || /\b(?:today|tonight|tomorrow)\b/.test(said);
  if (s.isCertain('day') && s.isCertain('weekday')) {
    const date = dateOf(r);
    if (date && dayOfWeek(date) !== s.get('weekday')) return { kind: 'unclear', reason: 'wrong-weekday' };
  }
  if (s.isCertain('day') || (relative && !/\b(?:morning|afternoon|evening|night|noon|midday)\b/.test(said))) {
    const date = dateOf(r);
    return date ? { kind: 'date', date } : { kind: 'skip' };
  }
  if (/\b(?:this\s+(?:morning|afternoon|evening))\b/.test(said)) return { kind: 'date', date: meetingDate };
  if (s.isCertain('month')) return { kind: 'unclear', reason: 'month' };
  return { kind: 'skip' };
}

function chronoFor(options: DateReadingOptions): chrono.Chrono {
  const gb = chrono.en.GB.clone();
  gb.parsers.unshift(...buildParsers(options));
  // Due dates are single days: "every Friday until the next meeting" is not a range from Friday.
  // (Found by what it does, not its class name, which a bundler may shorten.)
  gb.refiners = gb.refiners.filter((r) => {
    const between = (r as { patternBetween?: () => RegExp }).patternBetween;
    return !(typeof between === 'function' && between.call(r).test(' until '));
  });
  return gb;
}

/** Every date phrase in a piece of text, and the due date when exactly one can be told. */
export function readDatePhrases(text: string, options: DateReadingOptions): DateReading {
  const reading: DateReading = { dates: [], unclear: [], repeats: [] };
  if (!text.trim()) return reading;
  const [y, m, d] = options.meetingDate.split('-').map(Number);
  // Noon UTC, read in UTC, so the computer's own time zone and British Summer Time never move a day.
  const reference = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  const results = chronoFor(options).parse(text, reference, { forwardDate: true });
  const deadlines: NaturalDate[] = [];
  for (const r of results) {
    const kind = classify(r, options.meetingDate, text);
    let start = r.index;
    let end = r.index + r.text.length;
    if (kind.kind === 'skip') continue;
    if (kind.kind === 'repeat') {
      reading.repeats.push({ text: r.text, start, end });
      continue;
    }
    const lead = LEAD_BEFORE.exec(text.slice(0, start));
    const leadWords = lead ? lead[0].trim() : '';
    if (lead) start -= lead[0].length;
    while (end > start && /[\s,;:(]/.test(text[end - 1])) end -= 1;
    const trail = TRAIL_AFTER.exec(text.slice(end));
    if (trail) end += trail[0].length;
    const words = text.slice(start, end);
    if (kind.kind === 'unclear') {
      reading.unclear.push({ text: words, start, end, reason: REASONS[kind.reason](words) });
      continue;
    }
    if (START.test(leadWords)) {
      reading.unclear.push({ text: words, start, end, reason: REASONS.start(words) });
      continue;
    }
    const date = WEEK_OF.test(leadWords) ? endOfWorkingWeek(addDays(kind.date, -1)) : kind.date;
    const found = { date, text: words, start, end };
    reading.dates.push(found);
    if (DEADLINE.test(leadWords) || (trail && /latest|sooner|before/i.test(trail[0]))) deadlines.push(found);
  }
  // Timing words inside a date phrase ("in 2 weeks or sooner") are part of it.
  reading.unclear = reading.unclear.filter((u) => !reading.dates.some((f) => u.start < f.end && f.start < u.end));
  const distinct = new Set(reading.dates.map((f) => f.date));
  if (distinct.size === 1) reading.due = reading.dates[reading.dates.length - 1];
  else if (distinct.size > 1 && new Set(deadlines.map((f) => f.date)).size === 1) reading.due = deadlines[deadlines.length - 1];
  else if (distinct.size > 1) {
    reading.problem = `It mentions more than one date (${[...distinct].map((x) => formatDate(x)).join(' and ')}). Choose which one it will be done by.`;
  } else if (reading.unclear.length > 0) {
    reading.problem = reading.unclear[0].reason;
  }
  return reading;
}

/** The due date in a piece of text, or undefined when there is none or it cannot be told. */
export function readDueDate(text: string, options: DateReadingOptions): NaturalDate | undefined {
  return readDatePhrases(text, options).due;
}
