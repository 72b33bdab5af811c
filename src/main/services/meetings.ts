// meetings.* handlers: scheduling, changing and cancelling meetings, with venue warnings.
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import { checkMeetingPlan, meetingWarnings } from '../../core/meetings/rules';
import { nothingRecordedYet } from '../../core/meetings/schema';
import type { FamilyRecord } from '../../core/families/record';
import type { ServiceContext } from './context';
import { bankHolidayCalendar } from '../../core/dates/bank-holidays';

function findMeeting(draft: FamilyRecord, meetingId: string) {
  const meeting = draft.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new AppError('not-found', 'We could not find that meeting.');
  return meeting;
}

export function meetingsHandlers(ctx: ServiceContext): Pick<Handlers['meetings'], 'schedule' | 'update' | 'cancel'> {
  const { store } = ctx;
  const holidays = bankHolidayCalendar(ctx.templates.bankHolidays);
  return {
    async schedule({ familyId, plan }) {
      const id = ctx.newId();
      let warnings: string[] = [];
      const record = await store.update(familyId, (draft) => {
        const fields = checkMeetingPlan(draft, plan);
        if (Object.keys(fields).length) throw new AppError('invalid-input', Object.values(fields)[0], fields);
        warnings = meetingWarnings(draft, plan, holidays);
        const now = ctx.now().toISOString();
        draft.meetings.push({
          ...plan,
          id,
          ...nothingRecordedYet(now),
        });
      });
      return { record, meetingId: id, warnings };
    },

    async update({ familyId, meetingId, plan }) {
      let warnings: string[] = [];
      const record = await store.update(familyId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        if (meeting.status === 'finished' || meeting.status === 'cancelled') {
          throw new AppError('conflict', 'This meeting has finished or been cancelled, so its plan cannot be changed.');
        }
        const fields = checkMeetingPlan(draft, plan);
        if (Object.keys(fields).length) throw new AppError('invalid-input', Object.values(fields)[0], fields);
        warnings = meetingWarnings(draft, plan, holidays);
        Object.assign(meeting, plan, { updatedAt: ctx.now().toISOString() });
      });
      return { record, meetingId, warnings };
    },

    async cancel({ familyId, meetingId, reason }) {
      return store.update(familyId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        if (meeting.status !== 'planned') throw new AppError('conflict', 'Only a planned meeting can be cancelled.');
        Object.assign(meeting, { status: 'cancelled', cancelledReason: reason, updatedAt: ctx.now().toISOString() });
      });
    },
  };
}
