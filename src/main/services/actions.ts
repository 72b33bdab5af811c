// actions.* handlers: reviewing last time's actions. A review result moves the action's status
// on (done, no longer needed, waiting since a date) or keeps it open (partly done, not done, carried forward).
import type { Handlers } from '../../api';
import { STAYS_OPEN_RESULTS, type ActionReview, type ActionStatus, type ReviewResult } from '../../core/actions/schema';
import { AppError } from '../../core/shared/result';
import { findAction, findMeeting, isPersonOnRecord, runningMeeting } from './find';
import type { ServiceContext } from './context';

const STATUS_AFTER: Partial<Record<ReviewResult, ActionStatus>> = {
  done: 'done',
  'no-longer-needed': 'no-longer-needed',
  'partly-done': 'in-progress',
  waiting: 'waiting',
};

export function actionsHandlers(ctx: ServiceContext): Handlers['actions'] {
  return {
    async save({ familyId, meetingId, action }) {
      let actionId = action.id ?? '';
      const record = await ctx.store.update(familyId, (draft) => {
        const now = ctx.now().toISOString();
        if (action.ownerId && !isPersonOnRecord(draft, action.ownerId)) {
          throw new AppError('invalid-input', 'Choose someone from the team or the family, or type the name of someone else', { 'action.ownerId': 'Choose someone from the team or the family, or type the name of someone else' });
        }
        if (action.childIds.some((id) => !draft.children.some((c) => c.id === id))) {
          throw new AppError('invalid-input', 'Choose children from this family', { 'action.childIds': 'Choose children from this family' });
        }
        if (action.id) {
          const existing = findAction(draft, action.id);
          // A change sends the whole action: what it leaves out (an owner, a date) is cleared, not kept.
          draft.actions[draft.actions.indexOf(existing)] = {
            ...action, id: existing.id, createdInMeetingId: existing.createdInMeetingId, createdAt: existing.createdAt, updatedAt: now,
          };
          return;
        }
        if (meetingId) runningMeeting(draft, meetingId);
        actionId = ctx.newId();
        draft.actions.push({ ...action, id: actionId, createdInMeetingId: meetingId, createdAt: now, updatedAt: now });
      });
      return { record, actionId };
    },

    async remove({ familyId, actionId }) {
      return ctx.store.update(familyId, (draft) => {
        const action = findAction(draft, actionId);
        const meeting = action.createdInMeetingId ? findMeeting(draft, action.createdInMeetingId) : undefined;
        const reviewed = draft.meetings.some((m) => m.actionReviews.some((r) => r.actionId === actionId));
        if (!meeting || meeting.status !== 'in-progress' || reviewed) {
          throw new AppError('conflict', 'Only an action agreed at the meeting under way can be taken out. Mark older actions as no longer needed instead.');
        }
        draft.actions = draft.actions.filter((a) => a.id !== actionId);
      });
    },

    async review({ familyId, meetingId, review }) {
      return ctx.store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        const action = findAction(draft, review.actionId);
        const i = meeting.actionReviews.findIndex((r) => r.actionId === review.actionId);
        const before = i >= 0 ? meeting.actionReviews[i] : undefined;
        // The date the action had when this meeting first reviewed it, kept however often the review is changed.
        const oldDate = before?.previousDueDate ?? action.dueDate;
        const newDueDate = review.newDueDate;
        const kept: ActionReview = { actionId: review.actionId, result: review.result, reason: review.reason };
        if (review.result === 'waiting') {
          if (!review.waitingSince) throw new AppError('invalid-input', 'Say since when it has been waiting', { 'review.waitingSince': 'Say since when it has been waiting, like “3 November”' });
          if (review.waitingSince > meeting.date) throw new AppError('invalid-input', 'The wait must have begun by the day of this meeting', { 'review.waitingSince': 'The wait must have begun by the day of this meeting' });
          kept.waitingSince = review.waitingSince;
          if (review.expectedStart) kept.expectedStart = review.expectedStart;
        }
        if (newDueDate && STAYS_OPEN_RESULTS.includes(review.result)) {
          if (newDueDate <= meeting.date) {
            throw new AppError('invalid-input', 'The new date must be after this meeting', { 'review.newDueDate': 'The new date must be after this meeting' });
          }
          kept.newDueDate = newDueDate;
          if (oldDate) kept.previousDueDate = oldDate;
          action.dueDate = newDueDate;
        } else if (before?.newDueDate) {
          // The new date is taken back: the action has its old date again.
          if (before.previousDueDate) action.dueDate = before.previousDueDate;
          else delete action.dueDate;
        }
        if (i >= 0) meeting.actionReviews[i] = kept;
        else meeting.actionReviews.push(kept);
        const next = STATUS_AFTER[review.result];
        if (review.result === 'waiting') {
          action.waitingSince = kept.waitingSince;
          if (kept.expectedStart) action.expectedStart = kept.expectedStart;
          else delete action.expectedStart;
        } else if (before?.result === 'waiting' && action.status === 'waiting') {
          // "Waiting" is taken back: it is no longer waiting.
          action.status = 'in-progress';
          delete action.waitingSince;
          delete action.expectedStart;
        }
        if (next) action.status = next;
        else if (action.status === 'done' || action.status === 'no-longer-needed') action.status = 'in-progress';
        action.updatedAt = ctx.now().toISOString();
      });
    },
  };
}
