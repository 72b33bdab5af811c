// What comes forward from the last meeting: the previous finished meeting, every open action and
// how many reviews it has been carried over, and last time's worries, strengths, ratings and attendance.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import { meetingSortKey } from '../meetings/schema';
import type { Action, ReviewResult } from '../actions/schema';
import { OPEN_STATUSES } from '../actions/schema';
import type { NoteEntry } from '../minutes/schema';
import type { OutcomeRating } from '../outcomes/schema';
import type { Attendance } from '../attendance/schema';
import { BUILT_IN_LOCAL } from '../prompts/local';

/** Review results that leave the action to be looked at again next time. */
export const CARRIED_RESULTS: readonly ReviewResult[] = ['carried-forward', 'partly-done', 'not-done'];

type MeetingRef = Pick<Meeting, 'id' | 'date' | 'startTime'>;

function key(m: Pick<Meeting, 'date' | 'startTime'>): string {
  return meetingSortKey(m);
}

/** True when meeting `a` took place before meeting `b` (by date and start time). */
export function isBefore(a: MeetingRef, b: MeetingRef): boolean {
  if (a.id === b.id) return false;
  const ka = key(a);
  const kb = key(b);
  return ka < kb || (ka === kb && a.id < b.id);
}

export function sharesChild(a: Pick<Meeting, 'childIds'>, b: Pick<Meeting, 'childIds'>): boolean {
  return a.childIds.some((id) => b.childIds.includes(id));
}

/** Finished meetings in date order, oldest first; optionally only those before a meeting. */
export function finishedMeetings(record: Pick<FamilyRecord, 'meetings'>, before?: MeetingRef): Meeting[] {
  return record.meetings
    .filter((m) => m.status === 'finished' && (!before || isBefore(m, before)))
    .sort((a, b) => (isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0));
}

/** The last finished meeting before this one that is about at least one of the same children. */
export function previousMeeting(record: Pick<FamilyRecord, 'meetings'>, meeting: Pick<Meeting, 'id' | 'date' | 'startTime' | 'childIds'>): Meeting | undefined {
  let best: Meeting | undefined;
  for (const m of record.meetings) {
    if (m.status !== 'finished' || !sharesChild(m, meeting) || !isBefore(m, meeting)) continue;
    if (!best || isBefore(best, m)) best = m;
  }
  return best;
}

function resolve(record: Pick<FamilyRecord, 'meetings'>, before: MeetingRef | string | undefined): MeetingRef | undefined {
  if (before === undefined) return undefined;
  if (typeof before !== 'string') return before;
  return record.meetings.find((m) => m.id === before);
}

/**
 * How many finished reviews have carried this action over: reviewed with the result carried
 * forward, partly done or not done. Only meetings before `beforeMeeting` count, when given.
 */
export function carryOverCount(record: Pick<FamilyRecord, 'meetings'>, actionId: string, beforeMeeting?: MeetingRef | string): number {
  const before = resolve(record, beforeMeeting);
  let count = 0;
  for (const m of record.meetings) {
    if (m.status !== 'finished' || (before && !isBefore(m, before))) continue;
    if (m.actionReviews.some((r) => r.actionId === actionId && CARRIED_RESULTS.includes(r.result))) count++;
  }
  return count;
}

/** Carry-over counts for every action at once (one pass over the meetings). */
export function carryOverCounts(record: Pick<FamilyRecord, 'meetings'>, before?: MeetingRef): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of record.meetings) {
    if (m.status !== 'finished' || (before && !isBefore(m, before))) continue;
    const seen = new Set<string>();
    for (const r of m.actionReviews) {
      if (!CARRIED_RESULTS.includes(r.result) || seen.has(r.actionId)) continue;
      seen.add(r.actionId);
      counts.set(r.actionId, (counts.get(r.actionId) ?? 0) + 1);
    }
  }
  return counts;
}

/** An action belongs to this meeting's plan when it is for one of its children or the whole family. */
export function actionIsFor(action: Pick<Action, 'childIds'>, meeting: Pick<Meeting, 'childIds'>): boolean {
  return action.childIds.length === 0 || action.childIds.some((id) => meeting.childIds.includes(id));
}

export interface ActionToReview {
  action: Action;
  /** Reviews it has already been carried over. */
  carriedOver: number;
  /** Carried over `carriedOverFlagAt` times or more (twice, by default). */
  flagged: boolean;
}

/** Actions agreed before this meeting (not in it, nor in a later one). */
export function agreedBefore(meeting: Pick<Meeting, 'id' | 'date' | 'startTime'>, action: Action, meetingsById: Map<string, Meeting>): boolean {
  if (action.createdInMeetingId) {
    if (action.createdInMeetingId === meeting.id) return false;
    const from = meetingsById.get(action.createdInMeetingId);
    if (from) return isBefore(from, meeting);
  }
  return action.createdAt.slice(0, 10) <= meeting.date;
}

/**
 * Every action still open for this meeting's children, to review one by one, oldest first, with
 * how many reviews it has been carried over. Actions already reviewed in this meeting stay listed.
 */
export function actionsToReview(
  record: Pick<FamilyRecord, 'meetings' | 'actions'>,
  meeting: Meeting,
  options: { carriedOverFlagAt?: number } = {},
): ActionToReview[] {
  const flagAt = options.carriedOverFlagAt ?? BUILT_IN_LOCAL.carriedOverFlagAt;
  const counts = carryOverCounts(record, meeting);
  const meetingsById = new Map(record.meetings.map((m) => [m.id, m]));
  const reviewedHere = new Set(meeting.actionReviews.map((r) => r.actionId));
  const order = (a: Action): string => {
    const from = a.createdInMeetingId ? meetingsById.get(a.createdInMeetingId) : undefined;
    return `${from ? key(from) : a.createdAt.slice(0, 16)}|${a.createdAt}`;
  };
  return record.actions
    .filter((a) => (OPEN_STATUSES.includes(a.status) || reviewedHere.has(a.id)) && actionIsFor(a, meeting))
    .filter((a) => agreedBefore(meeting, a, meetingsById))
    .map((a) => ({ a, k: order(a) }))
    .sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0))
    .map(({ a }) => {
      const carriedOver = counts.get(a.id) ?? 0;
      return { action: a, carriedOver, flagged: carriedOver >= flagAt };
    });
}

export interface LastTime {
  /** The previous finished meeting about the same children, if there was one. */
  meeting?: Meeting;
  /** Worries noted last time, to look at again (professionals-only ones keep their flag). */
  worries: NoteEntry[];
  /** What was going well last time. */
  strengths: NoteEntry[];
  /** Last time's outcome ratings, to compare with this time's. */
  ratings: OutcomeRating[];
  /** Who came, sent apologies or a written update last time. */
  attendance: Attendance[];
  /** Actions finished since they were last reviewed: good news to share. */
  actionsDone: Action[];
}

export function lastTime(record: Pick<FamilyRecord, 'meetings' | 'actions'>, meeting: Meeting): LastTime {
  const previous = previousMeeting(record, meeting);
  if (!previous) return { worries: [], strengths: [], ratings: [], attendance: [], actionsDone: [] };
  const reviewedDone = new Set<string>();
  const meetingsById = new Map(record.meetings.map((m) => [m.id, m]));
  for (const m of record.meetings) {
    if (m.status !== 'finished' || !isBefore(m, meeting)) continue;
    for (const r of m.actionReviews) if (r.result === 'done' || r.result === 'no-longer-needed') reviewedDone.add(r.actionId);
  }
  return {
    meeting: previous,
    worries: previous.notes.filter((n) => n.kind === 'worry'),
    strengths: previous.notes.filter((n) => n.kind === 'strength'),
    ratings: previous.outcomeRatings,
    attendance: previous.attendance,
    actionsDone: record.actions.filter(
      (a) => a.status === 'done' && !reviewedDone.has(a.id) && actionIsFor(a, meeting) && agreedBefore(meeting, a, meetingsById),
    ),
  };
}
