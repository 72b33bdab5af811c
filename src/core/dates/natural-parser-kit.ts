// The shared pieces of our chrono-node parsers: the options they read, word-boundary patterns, the
// words before a phrase ("by", "over", "from") and the tagged results chrono passes on to natural.ts.
import type { ParsingContext, Parser, ParsingResult } from 'chrono-node';
import { parts, type IsoDate } from '../shared/dates';
import type { HolidayLookup } from './working-days';
import type { TermDates } from './term-dates';

export interface ParserContext {
  meetingDate: IsoDate;
  holidays?: HolidayLookup;
  terms?: TermDates;
  nextMeetingDate?: IsoDate;
}

/** Tags on results: tac/date, tac/ignore (a repeat like "every Friday", or a past day), tac/unclear:<reason>. */
export const TAG_DATE = 'tac/date';
export const TAG_IGNORE = 'tac/ignore';
export const TAG_UNCLEAR = 'tac/unclear:';

export type UnclearReason = 'vague' | 'no-terms' | 'no-next-meeting' | 'rough' | 'by-next-period' | 'wrong-weekday';

export const B = "(?<![\\w'’])"; // start of a word
export const E = "(?![\\w'’])"; // end of a word
const DEADLINE_LEAD = /\b(?:by|before|until|till|for|ahead\s+of|no\s+later\s+than|not\s+later\s+than|between\s+now\s+and)\s+(?:the\s+)?$/i;
const DURING_LEAD = /\b(?:at|in|during|over|around|across|through|throughout)\s+(?:the\s+)?$/i;
const START_LEAD = /\b(?:after|from|following|starting|beginning|once)\s+(?:the\s+)?$/i;

export type Lead = 'deadline' | 'during' | 'start' | 'none';
export function leadBefore(context: ParsingContext, index: number): Lead {
  const before = context.text.slice(Math.max(0, index - 30), index);
  if (DEADLINE_LEAD.test(before)) return 'deadline';
  if (START_LEAD.test(before)) return 'start';
  if (DURING_LEAD.test(before)) return 'during';
  return 'none';
}

/** A result for chrono's pipeline; unclear and ignored ones carry the meeting date only as a placeholder. */
function result(context: ParsingContext, match: RegExpMatchArray, tag: string, date: IsoDate): ParsingResult {
  const { year, month, day } = parts(date);
  const r = context.createParsingResult(match.index ?? 0, match[0], { year, month, day });
  r.addTag(tag);
  return r;
}
const PLACEHOLDER = '2000-01-01';
export const dated = (c: ParsingContext, m: RegExpMatchArray, date: IsoDate | undefined, missing: UnclearReason = 'no-terms') =>
  date ? result(c, m, TAG_DATE, date) : result(c, m, TAG_UNCLEAR + missing, PLACEHOLDER);
export const unclear = (c: ParsingContext, m: RegExpMatchArray, reason: UnclearReason) => result(c, m, TAG_UNCLEAR + reason, PLACEHOLDER);
export const ignored = (c: ParsingContext, m: RegExpMatchArray) => result(c, m, TAG_IGNORE, PLACEHOLDER);

export function parser(source: string, extract: (c: ParsingContext, m: RegExpMatchArray) => ParsingResult | null): Parser {
  const pattern = new RegExp(source, 'i');
  return { pattern: () => pattern, extract };
}

