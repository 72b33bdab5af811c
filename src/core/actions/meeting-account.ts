// One meeting's account of its actions: every action open when it started, what happened to each
// (reviewed, or not looked at), which are still open afterwards, and their dates as of that meeting.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import { meetingSortKey } from '../meetings/schema';
import { ACTION_REVIEW_KEY } from '../agenda/keys';
import { actionIsFor, agreedBefore, carryOverCounts, isBefore } from '../agenda/carry-over';
import { daysBetween } from '../shared/dates';
import { OPEN_STATUSES, type Action, type ActionReview, type ReviewResult } from './schema';

/** What happened to an action at a meeting: a review result, or not looked at. */
export type ActionFate = ReviewResult | 'not-looked-at';

export const FATE_LABELS: Record<ActionFate, string> = {
  done: 'Done',
  'partly-done': 'Partly done',
  'not-done': 'Not done',
  'no-longer-needed': 'No longer needed',
  'carried-forward': 'Carried forward',
  waiting: 'Waiting',
  'not-looked-at': 'Not looked at in this meeting',
};

const CLOSING: readonly ActionFate[] = ['done', 'no-longer-needed'];

export interface AccountedAction {
  action: Action;
  review?: ActionReview;
  fate: ActionFate;
  /** Still to do after this meeting: partly done, not done, carried forward, waiting or not looked at. */
  stillOpen: boolean;
  /** Waiting for a service to start: since when, days so far at the meeting, expected start if known. */
  waiting?: { since: string; days: number; expectedStart?: string };
  /** The due date before this meeting agreed a new one. */
  wasDue?: string;
  /** The due date after this meeting. */
  dueDate?: string;
  /** Due before the meeting date and no new date agreed. */
  overdue: boolean;
  /** Reviews it had been carried over before this meeting. */
  carriedOver: number;
}

export interface MeetingActionAccount {
  /** Every action open when the meeting started, oldest first. */
  openAtStart: AccountedAction[];
  /** Agreed at this meeting. */
  agreedHere: Action[];
}

type Timed = Pick<Meeting, 'id' | 'date' | 'startTime'>;

/** The action's due date as it stood after `meeting`: later reviews that set a new date keep the one they replaced. */
export function dueDateAfter(record: Pick<FamilyRecord, 'meetings'>, action: Action, meeting: Timed): string | undefined {
  let best: { m: Meeting; date?: string } | undefined;
  for (const m of record.meetings) {
    if (m.status === 'cancelled' || !isBefore(meeting, m)) continue;
    const r = m.actionReviews.find((x) => x.actionId === action.id && x.newDueDate);
    if (r && (!best || isBefore(m, best.m))) best = { m, date: r.previousDueDate };
  }
  return best ? best.date : action.dueDate;
}

/** Whether the last review before this meeting closed the action (done, or no longer needed). */
function closedBefore(record: Pick<FamilyRecord, 'meetings'>, meeting: Timed): Set<string> {
  const last = new Map<string, { m: Meeting; result: ReviewResult }>();
  for (const m of record.meetings) {
    if (m.status !== 'finished' || !isBefore(m, meeting)) continue;
    for (const r of m.actionReviews) {
      const seen = last.get(r.actionId);
      if (!seen || isBefore(seen.m, m)) last.set(r.actionId, { m, result: r.result });
    }
  }
  return new Set([...last].filter(([, v]) => CLOSING.includes(v.result)).map(([id]) => id));
}

/**
 * The actions open when a meeting started: those its agenda listed to review, those reviewed in it,
 * and any other action for its children agreed before it and not closed by an earlier review that is
 * open now or was reviewed at this meeting or later.
 */
export function openAtStart(record: Pick<FamilyRecord, 'meetings' | 'actions'>, meeting: Meeting): Action[] {
  const byId = new Map(record.actions.map((a) => [a.id, a]));
  const meetingsById = new Map(record.meetings.map((m) => [m.id, m]));
  const chosen = new Set<string>();
  for (const item of meeting.agenda) if (item.key === ACTION_REVIEW_KEY && item.actionId && byId.has(item.actionId)) chosen.add(item.actionId);
  for (const r of meeting.actionReviews) if (byId.has(r.actionId)) chosen.add(r.actionId);
  const closed = closedBefore(record, meeting);
  const reviewedFromHere = new Set<string>();
  for (const m of record.meetings) {
    if (m.status === 'cancelled' || (m.id !== meeting.id && !isBefore(meeting, m))) continue;
    for (const r of m.actionReviews) reviewedFromHere.add(r.actionId);
  }
  for (const a of record.actions) {
    if (chosen.has(a.id) || closed.has(a.id) || !actionIsFor(a, meeting) || !agreedBefore(meeting, a, meetingsById)) continue;
    if (OPEN_STATUSES.includes(a.status) || reviewedFromHere.has(a.id)) chosen.add(a.id);
  }
  const order = (a: Action): string => {
    const from = a.createdInMeetingId ? meetingsById.get(a.createdInMeetingId) : undefined;
    return `${from ? meetingSortKey(from) : a.createdAt.slice(0, 16)}|${a.createdAt}|${a.id}`;
  };
  return [...chosen].map((id) => byId.get(id)!).sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
}

/** The whole account of a meeting's actions, as both the meeting record and the family plan tell it. */
export function meetingActionAccount(record: Pick<FamilyRecord, 'meetings' | 'actions'>, meeting: Meeting): MeetingActionAccount {
  const counts = carryOverCounts(record, meeting);
  const reviews = new Map(meeting.actionReviews.map((r) => [r.actionId, r]));
  const reviewedLater = new Set<string>();
  for (const m of record.meetings) {
    if (m.status !== 'cancelled' && isBefore(meeting, m)) for (const r of m.actionReviews) reviewedLater.add(r.actionId);
  }
  const openAtStartList = openAtStart(record, meeting).map((action): AccountedAction => {
    const review = reviews.get(action.id);
    // Closed outside a review (its status changed by hand) and not looked at again since.
    const closedByHand = !review && !OPEN_STATUSES.includes(action.status) && !reviewedLater.has(action.id);
    const fate: ActionFate = review ? review.result : closedByHand ? (action.status === 'no-longer-needed' ? 'no-longer-needed' : 'done') : 'not-looked-at';
    const stillOpen = !CLOSING.includes(fate);
    const dueDate = dueDateAfter(record, action, meeting);
    const wasDue = review?.newDueDate && review.previousDueDate && review.previousDueDate !== dueDate ? review.previousDueDate : undefined;
    // A review that found it waiting says since when as of this meeting; otherwise the action's own wait.
    const waitedSince = review?.result === 'waiting' && review.waitingSince ? review.waitingSince : undefined;
    const waiting = waitedSince && waitedSince <= meeting.date
      ? { since: waitedSince, days: daysBetween(waitedSince, meeting.date), expectedStart: review?.expectedStart }
      : stillOpen && action.status === 'waiting' && action.waitingSince && action.waitingSince <= meeting.date
        ? { since: action.waitingSince, days: daysBetween(action.waitingSince, meeting.date), expectedStart: action.expectedStart }
        : undefined;
    return {
      action, review, fate, stillOpen, waiting, wasDue, dueDate,
      overdue: stillOpen && !!dueDate && dueDate < meeting.date,
      carriedOver: counts.get(action.id) ?? 0,
    };
  });
  const agreedHere = record.actions
    .filter((a) => a.createdInMeetingId === meeting.id)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { openAtStart: openAtStartList, agreedHere };
}

/** One line of "who will do what, by when" after a meeting. */
export interface PlanItem {
  action: Action;
  /** Open before this meeting (carried on), not agreed at it. */
  carried: boolean;
  /** What happened at this meeting, for an action carried on. */
  fate?: ActionFate;
  waiting?: AccountedAction['waiting'];
  dueDate?: string;
  wasDue?: string;
  overdue: boolean;
}

/** Everything still to do after the meeting: what it agreed and everything still open from before. */
export function planAfter(record: Pick<FamilyRecord, 'meetings' | 'actions'>, meeting: Meeting, account = meetingActionAccount(record, meeting)): PlanItem[] {
  const fresh = account.agreedHere.map((action): PlanItem => {
    const dueDate = dueDateAfter(record, action, meeting);
    return { action, carried: false, dueDate, overdue: !!dueDate && dueDate < meeting.date };
  });
  const carried = account.openAtStart.filter((x) => x.stillOpen).map((x): PlanItem => ({
    action: x.action, carried: true, fate: x.fate, waiting: x.waiting, dueDate: x.dueDate, wasDue: x.wasDue, overdue: x.overdue,
  }));
  return [...fresh, ...carried].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.action.createdAt.localeCompare(b.action.createdAt));
}
