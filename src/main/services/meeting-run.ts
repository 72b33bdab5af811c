// Running a meeting: start it (agenda built from the last meeting), move through the items, set
// the next meeting, finish after the closing check, and the family's shared-screen view.
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import { buildAgenda } from '../../core/agenda/build';
import { closingCheck, unmetChecks } from '../../core/meetings/closing-check';
import { familyView } from '../../core/meetings/family-view';
import { nothingRecordedYet, type Meeting } from '../../core/meetings/schema';
import { carriedForwardDate, skippedItems } from '../../core/meetings/skipped';
import { notRecordedIds } from '../../core/attendance/presence';
import { NOT_LOOKED_AT } from '../../core/actions/schema';
import { findMeeting, runningMeeting } from './find';
import type { ServiceContext } from './context';
import { userGlossaryFor } from './user-glossary';

type RunHandlers = Pick<Handlers['meetings'], 'start' | 'goTo' | 'addItem' | 'setNextMeeting' | 'saveClosing' | 'finish' | 'familyView'>;

export function meetingRunHandlers(ctx: ServiceContext): RunHandlers {
  const { store } = ctx;

  return {
    async start({ familyId, meetingId, heldOn }) {
      return store.update(familyId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        if (meeting.status === 'in-progress') return;
        if (meeting.status !== 'planned') throw new AppError('conflict', 'Only a planned meeting can be started.');
        // Without `heldOn` the meeting keeps its planned date (the start screen always asks when the days differ).
        if (heldOn && heldOn !== meeting.date) {
          if (heldOn !== ctx.today()) {
            throw new AppError('invalid-input', 'The meeting is held on the planned date or today', { heldOn: 'Choose the planned date or today' });
          }
          // One date for the meeting everywhere: the day it is held; the planned day is kept beside it.
          meeting.plannedDate = meeting.date;
          meeting.date = heldOn;
        }
        const agenda = buildAgenda({ record: draft, meeting, template: ctx.templates.agendas[meeting.kind], newId: ctx.newId, local: ctx.templates.local });
        const now = ctx.now().toISOString();
        Object.assign(meeting, { agenda, status: 'in-progress', startedAt: now, currentItemId: agenda[0]?.id, updatedAt: now });
      });
    },

    async goTo({ familyId, meetingId, itemId, markDoneId }) {
      return store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        if (!meeting.agenda.some((i) => i.id === itemId)) throw new AppError('not-found', 'That item is not on this meeting’s agenda.');
        if (markDoneId) {
          const done = meeting.agenda.find((i) => i.id === markDoneId);
          if (done) done.done = true;
        }
        meeting.currentItemId = itemId;
      });
    },

    async addItem({ familyId, meetingId, title }) {
      return store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        const at = meeting.agenda.findIndex((i) => i.id === meeting.currentItemId);
        meeting.agenda.splice(at + 1, 0, { id: ctx.newId(), key: 'custom', title, minutes: 5, done: false, note: '' });
      });
    },

    async setNextMeeting({ familyId, meetingId, nextMeeting }) {
      return store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        if (nextMeeting.date <= meeting.date) {
          throw new AppError('invalid-input', 'The next meeting must be after this one', { 'nextMeeting.date': 'The next meeting must be after this one' });
        }
        meeting.nextMeeting = nextMeeting;
      });
    },

    async saveClosing({ familyId, meetingId, closing }) {
      return store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        meeting.closingDraft = closing;
      });
    },

    async finish(input) {
      const { familyId, meetingId, overrideReason } = input;
      let nextMeetingId: string | undefined;
      const record = await store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        // What is given now wins; anything left out comes from the closing details saved earlier.
        const saved = meeting.closingDraft;
        const familyPlanDelivery = input.familyPlanDelivery ?? saved?.familyPlanDelivery;
        const familyViewMissingReason = input.familyViewMissingReason || saved?.familyViewMissingReason || '';
        const familyAbsentViews = input.familyAbsentViews || saved?.familyAbsentViews || '';
        const skipped = input.skipped ?? saved?.skipped;
        const skippedReason = input.skippedReason || saved?.skippedReason || '';
        const closing = { familyPlanDelivery, familyViewMissingReason, familyAbsentViews, skipped, skippedReason };
        const left = skippedItems(draft, meeting);
        const unmet = unmetChecks(closingCheck(draft, meeting, { today: ctx.today(), closing, local: ctx.templates.local }));
        if (unmet.length > 0 && !overrideReason) {
          throw new AppError('conflict', 'Some closing checks are not met. Finish them, or give a reason to finish anyway.', {
            overrideReason: 'Give a reason to finish without meeting every check',
          });
        }
        const now = ctx.now().toISOString();
        meeting.status = 'finished';
        meeting.agenda.forEach((i) => (i.done = true));
        meeting.closing = {
          finishedAt: now,
          familyPlanDelivery,
          familyViewMissingReason,
          familyAbsentViews,
          unmetChecks: unmet,
          overrideReason: unmet.length > 0 ? overrideReason : '',
          notRecordedIds: notRecordedIds(draft, meeting),
          ...(left.actions.length || left.outcomes.length
            ? { skipped, skippedReason: skipped === 'reason' ? skippedReason : '', notLookedAtActionIds: left.actions.map((a) => a.id), notRatedOutcomeIds: left.outcomes.map((o) => o.id) }
            : {}),
        };
        if (skipped === 'carry-forward') {
          // Each action no one looked at is kept open and carried forward, with a note saying so.
          for (const action of left.actions) {
            // An action whose date has passed is now due by the next meeting, so the plan has a date to work to.
            const newDueDate = carriedForwardDate(action, meeting);
            meeting.actionReviews.push({
              actionId: action.id, result: 'carried-forward', reason: NOT_LOOKED_AT,
              ...(newDueDate ? { newDueDate, previousDueDate: action.dueDate } : {}),
            });
            if (newDueDate) action.dueDate = newDueDate;
            if (action.status === 'done' || action.status === 'no-longer-needed') action.status = 'in-progress';
            action.updatedAt = now;
          }
        }
        delete meeting.closingDraft;
        meeting.updatedAt = now;
        if (meeting.nextMeeting && !meeting.nextMeetingId) {
          nextMeetingId = ctx.newId();
          draft.meetings.push(plannedFrom(meeting, nextMeetingId, now));
          meeting.nextMeetingId = nextMeetingId;
        }
      });
      return { record, nextMeetingId };
    },

    async familyView({ familyId, meetingId }) {
      const record = await store.load(familyId);
      const meeting = findMeeting(record, meetingId);
      // The council's glossary with the user's own acronyms, as the family plan uses it.
      return familyView(record, meeting, { glossary: await userGlossaryFor(ctx).compiled(), local: ctx.templates.local });
    },
  };
}

/** The next meeting, planned with the same children, chair and minute-taker. */
function plannedFrom(meeting: Meeting, id: string, now: string): Meeting {
  const next = meeting.nextMeeting!;
  return {
    id,
    kind: 'review',
    childIds: meeting.childIds,
    date: next.date,
    startTime: next.startTime,
    venue: next.venue || meeting.venue,
    venueKind: next.venueKind ?? meeting.venueKind,
    chairId: meeting.chairId,
    minuteTakerId: meeting.minuteTakerId,
    ...nothingRecordedYet(now),
  };
}
