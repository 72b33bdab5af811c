// The one-line action reader: "Sarah (school nurse) to refer Jay to CAMHS by next Friday" becomes a
// draft action — what, who, by when — and a list of what it could not work out, for the person to fill.
import type { IsoDate } from '../shared/dates';
import { cleanLine } from '../shared/text';
import type { HolidayLookup } from '../dates/working-days';
import type { TermDates } from '../dates/term-dates';
import { readDatePhrases, type DateReading } from '../dates/natural';
import { dueDateWarnings } from '../dates/due-date-warnings';
import { matchOwner, type OwnerRecord } from './owners';

export interface ActionDraft {
  /** What will be done, in plain words, with the owner and the date words taken out. */
  text: string;
  ownerId?: string;
  /** The matched person's name, or the name as said for someone not on the record ("Uncle Dave"). */
  ownerName: string;
  /** The owner's service, from the team; or the service said when no person was named. */
  agency: string;
  dueDate?: IsoDate;
  /** The date words as said ("by next Friday"), to show next to the date for confirming. */
  dateText?: string;
  /** The owner words as said ("the school nurse"), when there were any. */
  ownerText?: string;
  /** What could not be worked out, in plain words: leave the field empty and say why. */
  problems: string[];
  /** Advice about the date found (a weekend, a bank holiday, the school holidays). */
  dateWarnings: string[];
}

export interface ReadActionOptions {
  record: OwnerRecord;
  meetingDate: IsoDate;
  holidays?: HolidayLookup;
  terms?: TermDates;
  /** For "by the next meeting"; found from the record when not given. */
  nextMeetingDate?: IsoDate;
}

// "Sarah to", "Sarah will", "Sarah agreed to", "Sarah said she would" … (first one wins).
const CONNECTOR =
  /\s+(?:to|will|shall|'ll|can|could|should|must|(?:is|are|was|were)\s+(?:going\s+)?to|(?:has|have)\s+(?:agreed|offered|said\s+(?:s?he|they)\s+will)\s+to|(?:has|have)\s+to|needs?\s+to|(?:kindly\s+)?(?:agreed|offered|promised|volunteered)\s+to|said\s+(?:that\s+)?(?:s?he|they)\s*(?:would|will|'d|'ll)|(?:s?he|they)\s+will)\s+/i;
const OWNER_THEN_COLON = /^([^:–—]{1,60}?)\s*(?::|\s[–—-]\s)\s*(.+)$/;
const OWNER_AT_END = /^(.+?)\s*(?:\s[–—-]\s*|\()\s*([^()–—]{1,60}?)\)?\s*$/;
const LEADING_DATE = /^((?:by|before|on|within|in|next|this|end|at|from|no\s+later\s+than|over|during)\b[^,]{0,50}),\s*/i;

/** Words a line starts with when it is an instruction, not a person: "Refer Jay to …", "Talk to Mum …". */
const VERBS = new Set(
  ('refer ask arrange attend book bring buy call chase check collect complete contact continue consider discuss do drop email '
    + 'explore find follow get give go help invite keep let liaise look make meet monitor offer organise pass phone pick plan provide put '
    + 'read register remind request review ring see send set share show sign speak start support take talk tell text update visit write '
    + 'apply agree encourage ensure escalate fill identify inform investigate join obtain post prepare raise record replace report '
    + 'research seek sort source speak submit think try use work walk wake attend arrange please').split(' '),
);

function ownerLike(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words.length > 8) return false;
  const first = words[0].toLowerCase().replace(/[^a-z']/g, '');
  if (!first || VERBS.has(first)) return false;
  return true;
}

function nextMeetingFrom(record: OwnerRecord, meetingDate: IsoDate): IsoDate | undefined {
  const meetings = record.meetings ?? [];
  const here = meetings.find((m) => m.date === meetingDate && m.status !== 'cancelled');
  if (here?.nextMeeting?.date && here.nextMeeting.date > meetingDate) return here.nextMeeting.date;
  const later = meetings.filter((m) => m.date > meetingDate && m.status !== 'cancelled').map((m) => m.date).sort();
  return later[0];
}

/** Take spans out of a line and tidy what is left into a plain sentence. */
function tidy(text: string, cut: { start: number; end: number }[]): string {
  let out = text;
  for (const span of [...cut].sort((a, b) => b.start - a.start)) out = `${out.slice(0, span.start)} ${out.slice(span.end)}`;
  out = out
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^(?:\s|[,;:–—-])+/, '')
    .replace(/(?:[\s,;:–—-]|\b(?:and|by|on|before|within|in|for|from|until|at|to|the|latest|or))+$/i, '')
    .replace(/[.!]+$/, '')
    .replace(/^please\s+/i, '')
    .trim();
  return out ? out[0].toUpperCase() + out.slice(1) : '';
}

interface Split {
  ownerStart: number;
  ownerEnd: number;
  restStart: number;
  restEnd: number;
}

/** Where the owner words are in the line, if a person (or service) seems to be named. */
function findOwner(line: string): Split | undefined {
  const lead = LEADING_DATE.exec(line);
  const offset = lead ? lead[0].length : 0;
  const body = line.slice(offset);
  const conn = CONNECTOR.exec(body);
  if (conn && conn.index > 0 && ownerLike(body.slice(0, conn.index))) {
    return { ownerStart: offset, ownerEnd: offset + conn.index, restStart: offset + conn.index + conn[0].length, restEnd: line.length };
  }
  const colon = OWNER_THEN_COLON.exec(body);
  if (colon && ownerLike(colon[1])) {
    return { ownerStart: offset, ownerEnd: offset + colon[1].length, restStart: line.length - colon[2].length, restEnd: line.length };
  }
  return undefined;
}

export function readActionLine(line: string, options: ReadActionOptions): ActionDraft {
  const { record, meetingDate } = options;
  const cleaned = cleanLine(line)
    .replace(/^(?:[-*•·–]|\d{1,2}[.)]|\(?[a-z]\))\s+/i, '')
    .replace(/^action(?:\s+point)?\s*\d*\s*[:–—-]\s*/i, '');
  const problems: string[] = [];
  const draft: ActionDraft = { text: '', ownerName: '', agency: '', problems, dateWarnings: [] };
  if (!cleaned) {
    problems.push('The line is empty. Write who will do what, by when.');
    return draft;
  }

  let split = findOwner(cleaned);
  let ownerWords = split ? cleaned.slice(split.ownerStart, split.ownerEnd) : '';
  let owner = ownerWords ? matchOwner(ownerWords, record, { meetingDate }) : undefined;
  if (owner?.kind === 'not-a-name') {
    // "Pat sat with Jay to read…": the words before "to" are not a person; read the whole line as what.
    split = undefined;
    owner = undefined;
    ownerWords = '';
  }
  // "Refer Jay to CAMHS – Sarah" / "(Sarah)": an owner named at the end counts only if they are on the record.
  if (!split) {
    const tail = OWNER_AT_END.exec(cleaned);
    const tailOwner = tail ? matchOwner(tail[2], record, { meetingDate }) : undefined;
    if (tail && tailOwner && tailOwner.kind === 'person') {
      split = { ownerStart: tail[1].length, ownerEnd: cleaned.length, restStart: 0, restEnd: tail[1].length };
      ownerWords = tail[2];
      owner = tailOwner;
    }
  }

  // Read the dates with the owner's words blanked out, so "June to ring school" is not a month.
  const masked = split ? cleaned.slice(0, split.ownerStart) + ' '.repeat(split.ownerEnd - split.ownerStart) + cleaned.slice(split.ownerEnd) : cleaned;
  const reading: DateReading = readDatePhrases(masked, {
    meetingDate,
    holidays: options.holidays,
    terms: options.terms,
    nextMeetingDate: options.nextMeetingDate ?? nextMeetingFrom(record, meetingDate),
  });

  // What: the rest of the line, less the date words (repeats like "every Friday" stay).
  // "bring the book to the next meeting": the date words are also where it happens, so they stay.
  const isPlace = (span: { start: number }) => /\bto\s+$/i.test(masked.slice(0, span.start));
  const cut = [
    ...(reading.due ? [reading.due] : []),
    ...reading.unclear.filter((u) => !/says when this starts/.test(u.reason)),
  ].filter((span) => !isPlace(span));
  const restStart = split ? split.restStart : 0;
  const restEnd = split ? split.restEnd : cleaned.length;
  const inRest = cut
    .filter((s) => s.end > restStart && s.start < restEnd)
    .map((s) => ({ start: Math.max(s.start, restStart) - restStart, end: Math.min(s.end, restEnd) - restStart }));
  draft.text = tidy(cleaned.slice(restStart, restEnd), inRest);

  if (owner) {
    draft.ownerText = ownerWords.trim();
    draft.ownerName = owner.ownerName;
    draft.agency = owner.agency;
    if (owner.ownerId) draft.ownerId = owner.ownerId;
    if (owner.problem) problems.push(owner.problem);
  } else {
    problems.push('No one is named to do this. Choose who will.');
  }

  if (reading.due) {
    draft.dueDate = reading.due.date;
    draft.dateText = reading.due.text;
    draft.dateWarnings = dueDateWarnings(reading.due.date, { meetingDate, holidays: options.holidays ?? new Set<string>(), terms: options.terms });
  } else if (reading.problem) {
    problems.push(reading.problem);
  } else {
    problems.push('No date was said. Agree a day it will be done by.');
  }

  if (!draft.text) problems.push('Say what will be done.');
  return draft;
}
