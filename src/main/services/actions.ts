// actions.* handlers: reviewing last time's actions. A review result moves the action's status
// on (done, no longer needed) or keeps it open (partly done, not done, carried forward).
import type { Handlers } from '../../api';
import type { ActionStatus, ReviewResult } from '../../core/actions/schema';
import { findAction, runningMeeting } from './find';
import type { ServiceContext } from './context';

const STATUS_AFTER: Partial<Record<ReviewResult, ActionStatus>> = {
  done: 'done',
  'no-longer-needed': 'no-longer-needed',
  'partly-done': 'in-progress',
};

export function actionsHandlers(ctx: ServiceContext): Handlers['actions'] {
  return {
    async review({ familyId, meetingId, review }) {
      return ctx.store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        const action = findAction(draft, review.actionId);
        const i = meeting.actionReviews.findIndex((r) => r.actionId === review.actionId);
        if (i >= 0) meeting.actionReviews[i] = review;
        else meeting.actionReviews.push(review);
        const next = STATUS_AFTER[review.result];
        if (next) action.status = next;
        else if (action.status === 'done' || action.status === 'no-longer-needed') action.status = 'in-progress';
        action.updatedAt = ctx.now().toISOString();
      });
    },
  };
}
