// Our chrono-node parsers for school-calendar phrases, read from the council's term dates:
// "before half term", "at half term", "end of term", "the start of next term", "the Christmas holidays".
import type { Parser } from 'chrono-node';
import { addDays, parts, type IsoDate } from '../shared/dates';
import { addWorkingDays, lastWorkingDayOnOrBefore } from './working-days';
import { endOfTerm, nextHalfTerm, schoolBreaks, startOfNextTerm, type Term, type TermDates } from './term-dates';
import { B, E, dated, leadBefore, parser, unclear, type ParserContext } from './natural-parser-kit';

/** The months a term or half term named by season starts in ("February half term", "the summer term"). */
function seasonMonths(word: string | undefined): number[] | undefined {
  const w = (word ?? '').toLowerCase();
  if (/^(oct|october|autumn|christmas|xmas)/.test(w)) return [9, 10, 11, 12];
  if (/^(feb|february|spring|easter)/.test(w)) return [1, 2, 3, 4];
  if (/^(may|whitsun|summer)/.test(w)) return [4, 5, 6, 7];
  return undefined;
}

/** The terms not yet over on a date, in order. */
function termsFrom(terms: TermDates, from: IsoDate): Term[] {
  return [...terms.terms].sort((a, b) => (a.start < b.start ? -1 : 1)).filter((t) => t.end >= from);
}

/** The school-calendar parsers; each says it is unclear when there are no term dates for the time. */
export function schoolParsers(ctx: ParserContext): Parser[] {
  const meeting = ctx.meetingDate;
  const H = ctx.holidays;

  const halfTerm = parser(
    `${B}(?:the\\s+)?(?:(?<which>october|oct|february|feb|may|whitsun|autumn|spring|summer|next)\\s+)?half[\\s-]?terms?(?:\\s+(?:break|holidays?))?${E}`,
    (c, m) => {
      const terms = ctx.terms;
      if (!terms) return unclear(c, m, 'no-terms');
      const months = seasonMonths(m.groups?.which);
      let from = meeting;
      let term = nextHalfTerm(from, terms);
      while (term && months && !months.includes(parts(term.halfTermStart).month)) {
        from = term.halfTermStart;
        term = nextHalfTerm(from, terms);
      }
      if (!term) return unclear(c, m, 'no-terms');
      const lead = leadBefore(c, m.index ?? 0);
      if (lead === 'during') return dated(c, m, lastWorkingDayOnOrBefore(term.halfTermEnd, H));
      if (lead === 'start') return dated(c, m, addWorkingDays(term.halfTermEnd, 1, H));
      return dated(c, m, lastWorkingDayOnOrBefore(addDays(term.halfTermStart, -1), H));
    },
  );

  const termEnd = parser(
    `${B}(?:the\\s+)?(?:end|last\\s+day)\\s+of\\s+(?:the\\s+|this\\s+)?(?<next>next\\s+)?(?:(?<season>autumn|spring|summer|christmas|easter)\\s+)?term${E}`,
    (c, m) => {
      if (!ctx.terms) return unclear(c, m, 'no-terms');
      const upcoming = termsFrom(ctx.terms, meeting);
      const months = seasonMonths(m.groups?.season);
      const pick = months ? upcoming.find((t) => months.includes(parts(t.start).month)) : upcoming[m.groups?.next ? 1 : 0];
      return dated(c, m, pick ? endOfTerm(pick.start, ctx.terms, H) : undefined);
    },
  );

  const termStart = parser(
    `${B}(?:(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the\\s+)?(?:next|new)\\s+term|(?:the\\s+)?first\\s+day\\s+(?:back|of\\s+(?:the\\s+)?(?:next|new)\\s+term))${E}`,
    (c, m) => (ctx.terms ? dated(c, m, startOfNextTerm(meeting, ctx.terms, H)) : unclear(c, m, 'no-terms')),
  );

  const schoolBreak = parser(`${B}(?:the\\s+)?(?<season>christmas|xmas|easter|summer)\\s+(?:holidays?|hols|break)${E}`, (c, m) => {
    if (!ctx.terms) return unclear(c, m, 'no-terms');
    const season = (m.groups?.season ?? '').toLowerCase().replace('xmas', 'christmas');
    const found = schoolBreaks(ctx.terms).find((b) => b.end >= meeting && b.name.toLowerCase().startsWith(season));
    if (!found) return unclear(c, m, 'no-terms');
    const lead = leadBefore(c, m.index ?? 0);
    if (lead === 'during') return dated(c, m, lastWorkingDayOnOrBefore(found.end, H));
    if (lead === 'start') return dated(c, m, found.termAfter.start);
    return found.start > meeting ? dated(c, m, lastWorkingDayOnOrBefore(found.termBefore.end, H)) : unclear(c, m, 'rough');
  });

  return [termEnd, termStart, schoolBreak, halfTerm];
}
