// What a meeting skipped: actions open at its start that were not reviewed, and agreed outcomes not
// rated. The closing check names each one; the chair carries them all forward or gives a reason.
import type { FamilyRecord } from '../families/record';
import type { Action } from '../actions/schema';
import type { Outcome } from '../episodes/schema';
import type { Meeting } from './schema';
import { ACTION_REVIEW_KEY, OUTCOME_REVIEW_KEY } from '../agenda/keys';
import { outcomesToRate } from '../outcomes/ratings';

export interface Skipped {
  actions: Action[];
  outcomes: Outcome[];
}

/**
 * The actions put on the agenda to review when the meeting started that have no review yet, and
 * the outcomes to rate (on the agenda at the start, or agreed since) that have no rating yet.
 */
export function skippedItems(record: Pick<FamilyRecord, 'actions' | 'episodes' | 'meetings'>, meeting: Meeting): Skipped {
  const reviewed = new Set(meeting.actionReviews.map((r) => r.actionId));
  const rated = new Set(meeting.outcomeRatings.map((r) => r.outcomeId));
  const actionIds = meeting.agenda.filter((i) => i.key === ACTION_REVIEW_KEY && i.actionId).map((i) => i.actionId!);
  const actions = [...new Set(actionIds)]
    .filter((id) => !reviewed.has(id))
    .map((id) => record.actions.find((a) => a.id === id))
    .filter((a): a is Action => !!a);
  const onAgenda = new Set(meeting.agenda.filter((i) => i.key === OUTCOME_REVIEW_KEY && i.outcomeId).map((i) => i.outcomeId!));
  const outcomes = outcomesToRate(record, meeting)
    .map((o) => o.outcome)
    .filter((o) => (onAgenda.has(o.id) || o.agreedOn < meeting.date) && !rated.has(o.id));
  return { actions, outcomes };
}

/**
 * The new date an action carried forward unreviewed is given: the next meeting's date, when one is
 * set and the action's own date is on or before this meeting. Undefined otherwise (it keeps its date).
 */
export function carriedForwardDate(action: Pick<Action, 'dueDate'>, meeting: Pick<Meeting, 'date' | 'nextMeeting'>): string | undefined {
  const next = meeting.nextMeeting?.date;
  if (!next || next <= meeting.date || !action.dueDate || action.dueDate > meeting.date) return undefined;
  return next;
}
