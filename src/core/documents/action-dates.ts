// How documents say an action's date and what happened to it at a meeting: "was due 5 October 2026,
// now by 18 December 2026", "was due … — no new date agreed", and waits with their days so far.
import { FATE_LABELS, type AccountedAction, type PlanItem } from '../actions/meeting-account';
import { formatDate } from '../shared/dates';
import { timesWord } from '../agenda/build';
import { text } from './context';

/** "by 18 December 2026", "was due 5 October 2026, now by 18 December 2026", "was due 5 October 2026, no new date agreed yet". */
export function dueWords(item: Pick<PlanItem, 'dueDate' | 'wasDue' | 'overdue'>, none = 'no date set yet'): string {
  if (item.wasDue && item.dueDate) return `was due ${formatDate(item.wasDue)}, now by ${formatDate(item.dueDate)}`;
  if (item.overdue && item.dueDate) return `was due ${formatDate(item.dueDate)}, no new date agreed yet`;
  return item.dueDate ? `by ${formatDate(item.dueDate)}` : none;
}

/** The same for a table's "By when" column, starting with a capital. */
export function dueCell(item: Pick<PlanItem, 'dueDate' | 'wasDue' | 'overdue'>): string {
  if (!item.wasDue && !item.overdue && item.dueDate) return formatDate(item.dueDate);
  const words = dueWords(item, 'No date set');
  return words[0].toUpperCase() + words.slice(1);
}

/** "Waiting since 3 October 2026 (65 days so far); expected to start 1 January 2027". */
export function waitingWords(waiting: NonNullable<AccountedAction['waiting']>): string {
  const days = `${waiting.days} ${waiting.days === 1 ? 'day' : 'days'} so far`;
  return `Waiting since ${formatDate(waiting.since)} (${days})${waiting.expectedStart ? `; expected to start ${formatDate(waiting.expectedStart)}` : '; no start date known yet'}`;
}

/** The review table's "what happened" and the detail under it (reason, wait, new date, carry-overs). */
export function fateCells(a: AccountedAction): { what: string; detail: string[] } {
  const detail: string[] = [];
  if (text(a.review?.reason)) detail.push(text(a.review?.reason));
  if (a.waiting) detail.push(waitingWords(a.waiting));
  if (a.stillOpen) {
    const due = dueWords(a, '');
    if (a.wasDue || a.overdue) detail.push(due[0].toUpperCase() + due.slice(1));
  }
  if (a.carriedOver > 0) detail.push(`Carried over ${timesWord(a.carriedOver)} before this meeting`);
  return { what: FATE_LABELS[a.fate], detail };
}
