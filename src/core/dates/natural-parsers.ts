// Our chrono-node parsers for the British phrases chrono's en-GB mode misses: "Monday week", "in a
// fortnight", "6/52", "by the 21st", "by Christmas", "10 working days" (school phrases: natural-school-parsers.ts).
import type { Parser } from 'chrono-node';
import { addDays, addMonths, dayOfWeek, daysInMonth, endOfMonth, isRealDate, parts, toIso, type IsoDate } from '../shared/dates';
import { easterSunday } from './bank-holidays';
import { addWorkingDays, lastWorkingDayOnOrBefore } from './working-days';
import { schoolHolidayOn } from './term-dates';
import {
  COUNT_PATTERN, DATE_WORD_BEFORE, MONTH_PATTERN, WEEKDAY_PATTERN, endOfWeekend, endOfWorkingWeek, readCount, readWeekday, weekdayAfter, weekdayNextWeek,
} from './natural-words';
import { B, E, dated, ignored, leadBefore, parser, unclear, type ParserContext } from './natural-parser-kit';
import { schoolParsers } from './natural-school-parsers';

export { TAG_DATE, TAG_IGNORE, TAG_UNCLEAR, type ParserContext, type UnclearReason } from './natural-parser-kit';

/** Plurals ("Tuesdays") are read from full names only: "weds" is Wednesday, not many "wed"s. */
const FULL_WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** "Monday 14th December": leave the weekday to chrono, which reads it with the date. */
const NOT_BEFORE_A_DATE = `(?!,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b|\\s*[/.]\\d))`;
/** What may follow "by the 21st": the end, a mark, or a joining word — not "the 2nd floor". */
const ENDS_PHRASE = '(?=\\s*(?:$|[,.;:!?)–—-]|(?:and|or|at|so|then|latest|when|to|with|for|please|if|because|but|as|unless)\\b))';

/** The next date on or after `from` with this day of the month (skipping months too short for it). */
function nextDayOfMonth(from: IsoDate, day: number): IsoDate | undefined {
  const p = parts(from);
  for (let i = 0; i < 24; i++) {
    const y = p.year + Math.floor((p.month - 1 + i) / 12);
    const m = ((p.month - 1 + i) % 12) + 1;
    if (day <= daysInMonth(y, m)) {
      const d = toIso(y, m, day);
      if (d >= from) return d;
    }
  }
  return undefined;
}

/** The next occurrence of a fixed day of the year on or after the meeting. */
function nextAnnual(from: IsoDate, month: number, day: number): IsoDate {
  const { year } = parts(from);
  const thisYear = toIso(year, month, day);
  return thisYear >= from ? thisYear : toIso(year + 1, month, day);
}

export function buildParsers(ctx: ParserContext): Parser[] {
  const meeting = ctx.meetingDate;
  const H = ctx.holidays;

  const weekday = parser(
    `${B}(?:(?<mod>next|this|coming|last|past)\\s+)?(?:(?<pre>next|this)\\s+week\\s+(?:on\\s+)?)?(?:(?<lead>a\\s+week|a\\s+fortnight)\\s+(?:on\\s+|this\\s+|next\\s+)?)?(?:the\\s+)?(?<wd>${WEEKDAY_PATTERN})(?:\\s+(?<after>after\\s+next)|\\s+(?<suffix>week|fortnight)|\\s+(?:of\\s+)?(?<post>next|this)\\s+week|,?\\s+(?:the\\s+)?(?<dom>\\d{1,2})(?:st|nd|rd|th)(?!\\s*(?:of\\s+)?(?:${MONTH_PATTERN})\\b))?${E}${NOT_BEFORE_A_DATE}`,
    (c, m) => {
      const g = m.groups ?? {};
      const wd = readWeekday(g.wd, !!g.mod || DATE_WORD_BEFORE.test(c.text.slice(0, m.index)));
      if (wd === undefined) return null;
      const mod = (g.mod ?? '').toLowerCase();
      if (mod === 'last' || mod === 'past') return ignored(c, m);
      if (g.dom) {
        // "Friday 4th": the next 4th, if it is a Friday; otherwise the words do not add up.
        const onDay = nextDayOfMonth(meeting, Number(g.dom));
        return onDay && dayOfWeek(onDay) === wd ? dated(c, m, onDay) : unclear(c, m, 'wrong-weekday');
      }
      const next = mod === 'next' || /next/i.test(g.pre ?? '') || /next/i.test(g.post ?? '');
      let date = next ? weekdayNextWeek(meeting, wd) : weekdayAfter(meeting, wd);
      const extra = `${g.lead ?? ''} ${g.suffix ?? ''} ${g.after ?? ''}`.toLowerCase();
      if (/fortnight/.test(extra)) date = addDays(date, 14);
      else if (/week|after/.test(extra)) date = addDays(date, 7);
      return dated(c, m, date);
    },
  );

  const fortnight = parser(`${B}(?<n>a|one|two|three|\\d)\\s+fortnights?(?:\\s+(?:today|from\\s+(?:today|now)))?${E}`, (c, m) =>
    dated(c, m, addDays(meeting, 14 * (readCount(m.groups?.n ?? '') ?? 1))),
  );

  // Health shorthand: "6/52" is six weeks. (x/12 months and x/7 days are not read: "3/12" is 3 December.)
  const weeks52 = parser(`(?<![\\w/])(?<n>\\d{1,2})\\s*\\/\\s*52(?![\\w/])`, (c, m) => dated(c, m, addDays(meeting, 7 * Number(m.groups?.n))));

  const ordinal = parser(
    `(?<=\\b(?:by|before|on|until|till|for|latest|than)\\s+)(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(?<which>this|next|the)\\s+month)?(?!\\s*(?:of\\s+)?(?:${MONTH_PATTERN})\\b)${E}${ENDS_PHRASE}`,
    (c, m) => {
      const day = Number(m.groups?.d);
      if (day < 1 || day > 31) return null;
      const which = (m.groups?.which ?? '').toLowerCase();
      const { year, month } = parts(meeting);
      if (which === 'this' || which === 'the') return isRealDate(year, month, day) ? dated(c, m, toIso(year, month, day)) : null;
      if (which === 'next') {
        const first = addMonths(toIso(year, month, 1), 1);
        const p = parts(first);
        return isRealDate(p.year, p.month, day) ? dated(c, m, toIso(p.year, p.month, day)) : null;
      }
      return dated(c, m, nextDayOfMonth(meeting, day));
    },
  );

  const weekEnd = parser(
    `${B}(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(?<next>next\\s+|the\\s+following\\s+)?(?:working\\s+)?week|(?<by>by|before)\\s+the\\s+weekend|(?<when>this|next|the)\\s+weekend)${E}`,
    (c, m) => {
      const g = m.groups ?? {};
      if (g.by) return dated(c, m, endOfWorkingWeek(meeting));
      if (g.when) return dated(c, m, endOfWeekend(meeting, g.when.toLowerCase() === 'next' ? 1 : 0));
      return dated(c, m, endOfWorkingWeek(meeting, g.next ? 1 : 0));
    },
  );

  const relativePeriod = parser(`${B}(?<which>this|next|the\\s+following)\\s+(?<unit>week|month)${E}`, (c, m) => {
    const lead = leadBefore(c, m.index ?? 0);
    const before = c.text.slice(0, m.index);
    const next = !/^this/i.test(m.groups?.which ?? '');
    const unit = (m.groups?.unit ?? '').toLowerCase();
    if (/\b(?:with)?in\s+(?:the\s+)?$/i.test(before) && next) return dated(c, m, unit === 'week' ? addDays(meeting, 7) : addMonths(meeting, 1));
    if (lead === 'deadline' && next) return unclear(c, m, 'by-next-period');
    if (unit === 'week') return dated(c, m, endOfWorkingWeek(meeting, next ? 1 : 0));
    return dated(c, m, endOfMonth(next ? addMonths(toIso(parts(meeting).year, parts(meeting).month, 1), 1) : meeting));
  });

  const yearEnd = parser(`${B}(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(?<next>next\\s+)?(?:calendar\\s+)?year${E}`, (c, m) =>
    dated(c, m, toIso(parts(meeting).year + (m.groups?.next ? 1 : 0), 12, 31)),
  );

  const sameDayOn = parser(
    `${B}(?:this\\s+time\\s+next\\s+(?<unit1>week|month)|(?<n>a|one|two|three|four|six)\\s+(?<unit2>weeks?|months?)\\s+(?<from>today|tomorrow))${E}`,
    (c, m) => {
      const g = m.groups ?? {};
      const unit = (g.unit1 ?? g.unit2 ?? '').toLowerCase();
      const n = g.unit1 ? 1 : readCount(g.n ?? '') ?? 1;
      const base = g.from?.toLowerCase() === 'tomorrow' ? addDays(meeting, 1) : meeting;
      return dated(c, m, unit.startsWith('week') ? addDays(base, 7 * n) : addMonths(base, n));
    },
  );

  const monthEnd = parser(`${B}(?:the\\s+)?end\\s+of\\s+(?<month>${MONTH_PATTERN})\\.?${E}`, (c, m) => {
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf((m.groups?.month ?? '').slice(0, 3).toLowerCase()) + 1;
    if (month < 1) return null;
    const { year } = parts(meeting);
    const thisYear = endOfMonth(toIso(year, month, 1));
    return dated(c, m, thisYear >= meeting ? thisYear : endOfMonth(toIso(year + 1, month, 1)));
  });

  const endOfDay = parser(`${B}(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day|close\\s+of\\s+(?:play|business)|end\\s+of\\s+play)${E}`, (c, m) => dated(c, m, meeting));

  const dotted = parser(`(?<![\\w.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})(?![\\w.])`, (c, m) => {
    const g = m.groups ?? {};
    const year = g.y.length === 2 ? 2000 + Number(g.y) : Number(g.y);
    return isRealDate(year, Number(g.m), Number(g.d)) ? dated(c, m, toIso(year, Number(g.m), Number(g.d))) : null;
  });

  const workingDays = parser(`${B}(?<n>${COUNT_PATTERN})\\s+(?:clear\\s+)?(?<kind>working|work|business|school)\\s+days?${E}`, (c, m) => {
    const n = readCount(m.groups?.n ?? '');
    if (n === undefined || n > 400) return null;
    if (/school/i.test(m.groups?.kind ?? '') && ctx.terms) {
      const terms = ctx.terms;
      const schoolDay = { has: (d: IsoDate) => !!H?.has(d) || !!schoolHolidayOn(d, terms) };
      return dated(c, m, addWorkingDays(meeting, n, schoolDay));
    }
    return dated(c, m, addWorkingDays(meeting, n, H));
  });

  const nextMeeting = parser(
    `${B}(?:(?:the\\s+)?(?:(?:next|following)\\s+(?:(?:tac|taf|tac\\/taf|team\\s+around\\s+the\\s+(?:child|family))\\s+)?(?:meeting|review(?:\\s+meeting)?)|review\\s+meeting|next\\s+time\\s+we\\s+meet|(?:next|following)\\s+(?:tac|taf|tac\\/taf)(?=\\s*(?:$|[,.;:!?)]|(?:and|or|on|in|at)\\b)))(?!\\s+(?:agenda|minutes|notes|date|dates|invitations?|invites?|papers?|room|venue|time|letter|report|paperwork|plan|chair|slot))|(?<=\\b(?:by|before|at|for|until|to)\\s+)the\\s+review(?=\\s*(?:$|[,.;:!?)]|and\\b|or\\b)))${E}`,
    (c, m) => (ctx.nextMeetingDate ? dated(c, m, ctx.nextMeetingDate) : unclear(c, m, 'no-next-meeting')),
  );

  const feastDays = parser(
    `${B}(?:(?<xmas>christmas|xmas)(?:\\s+(?<part>eve|day))?|(?<easter>easter)(?:\\s+(?<epart>sunday|monday))?|good\\s+friday|boxing\\s+day|new\\s+year(?:['’]?s)?(?:\\s+(?<npart>eve|day))?|the\\s+new\\s+year)${E}`,
    (c, m) => {
      const g = m.groups ?? {};
      const text = m[0].toLowerCase();
      const lead = leadBefore(c, m.index ?? 0);
      if (g.part) return dated(c, m, nextAnnual(meeting, 12, g.part.toLowerCase() === 'eve' ? 24 : 25));
      if (/boxing/.test(text)) return dated(c, m, nextAnnual(meeting, 12, 26));
      if (g.npart) return dated(c, m, g.npart.toLowerCase() === 'eve' ? nextAnnual(meeting, 12, 31) : nextAnnual(addDays(meeting, 1), 1, 1));
      const easterFrom = (from: IsoDate) => {
        const e = easterSunday(parts(from).year);
        return e >= from ? e : easterSunday(parts(from).year + 1);
      };
      if (/good\s+friday/.test(text)) return dated(c, m, addDays(easterFrom(addDays(meeting, 2)), -2));
      if (g.epart) return dated(c, m, g.epart.toLowerCase() === 'monday' ? addDays(easterFrom(addDays(meeting, -1)), 1) : easterFrom(meeting));
      // "Christmas", "Easter", "the new year" on their own: a deadline only after "by" or "before".
      if (lead === 'none') return null;
      if (lead !== 'deadline') return unclear(c, m, 'rough');
      if (g.xmas) return dated(c, m, lastWorkingDayOnOrBefore(addDays(nextAnnual(meeting, 12, 25), -1), H));
      if (g.easter) return dated(c, m, lastWorkingDayOnOrBefore(addDays(easterFrom(addDays(meeting, 3)), -3), H));
      return dated(c, m, lastWorkingDayOnOrBefore(nextAnnual(meeting, 12, 31), H));
    },
  );

  const vague = parser(
    `${B}(?:soon|asap|a\\.s\\.a\\.p\\.?|as\\s+soon\\s+as\\s+(?:possible|poss|(?:s?he|they|we|you|i)\\s+can)|when(?:ever)?\\s+(?:possible|able|available|ready|convenient|(?:s?he|they|we|you|i)\\s+(?:can|get\\s+a\\s+chance|are\\s+able|is\\s+able))|at\\s+some\\s+point|in\\s+due\\s+course|on-?going|straight\\s+away|right\\s+away|immediately|urgently|shortly|before\\s+long|later(?:\\s+(?:on|this\\s+(?:week|month|year|term)))?|(?:(?:in|within|over|for)\\s+)?(?:(?:the\\s+(?:next|coming)\\s+)?(?:a\\s+)?few|several)\\s+(?:days|weeks|months)|(?:(?:in|within)\\s+)?a\\s+(?:day|week|month)\\s+or\\s+two|in\\s+the\\s+coming\\s+(?:days|weeks|months)|(?:in|by|before|during)\\s+the\\s+(?:spring|summer|autumn|winter)(?:\\s+term)?(?!\\s+(?:half|holidays?|hols|break))|(?:this|next)\\s+(?:term|year)|as\\s+(?:and\\s+when\\s+)?(?:needed|required)|if\\s+needed|when\\s+needed|tbc|to\\s+be\\s+confirmed|tba)${E}`,
    (c, m) => unclear(c, m, 'vague'),
  );

  const repeats = parser(
    `${B}(?:(?:every|each)\\s+(?:other\\s+|single\\s+|(?:${COUNT_PATTERN})\\s+)?(?:day|morning|afternoon|evening|night|lunchtime|week(?:day|end)?s?|fortnight|month|term|half[\\s-]?term|visit|session|(?:${WEEKDAY_PATTERN})s?)|(?:on\\s+)?(?:${FULL_WEEKDAYS})s|(?:${WEEKDAY_PATTERN})\\s+(?:mornings|afternoons|evenings|nights|lunchtimes)|(?:once|twice|(?:${COUNT_PATTERN})\\s+times)\\s+(?:a|per|each)\\s+(?:day|week|fortnight|month|term)|daily|weekly|fortnightly|monthly|termly)${E}`,
    (c, m) => ignored(c, m),
  );

  // Earlier in this list wins when two readings cover the same words.
  return [repeats, vague, sameDayOn, weekEnd, yearEnd, monthEnd, endOfDay, ...schoolParsers(ctx), nextMeeting, workingDays, fortnight, weeks52, ordinal, feastDays, weekday, relativePeriod, dotted];
}
