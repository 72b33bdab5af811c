// circulation.* handlers: the circulation list for a finished meeting (team and family, consent
// exclusions, copies sent, the family's plan step) and recording each copy sent, with any override reason.
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import { bankHolidayCalendar } from '../../core/dates/bank-holidays';
import { checkCirculation, circulationEntry, circulationList, familyPlanStatusOf, londonInstant } from '../../core/circulation/index';
import type { FamilyRecord } from '../../core/families/record';
import type { ServiceContext } from './context';

export function circulationHandlers(ctx: ServiceContext): Handlers['circulation'] {
  const holidays = bankHolidayCalendar(ctx.templates.bankHolidays);

  function listFor(record: FamilyRecord, meetingId: string) {
    const list = circulationList(record, meetingId);
    if (!list) throw new AppError('not-found', 'We could not find that meeting.');
    const familyPlan = familyPlanStatusOf(record, ctx.today(), { withinWorkingDays: ctx.templates.local.familyPlanWithinWorkingDays, holidays });
    return { ...list, familyPlan };
  }

  return {
    async list({ familyId, meetingId }) {
      return listFor(await ctx.store.load(familyId), meetingId);
    },

    async record({ familyId, meetingId, personId, version, how, sentOn, sentTime, excludedOverrideReason }) {
      const now = ctx.now();
      const today = ctx.today();
      const date = sentOn ?? today;
      const sentAt = sentTime ? londonInstant(date, sentTime) : date === today ? now.toISOString() : londonInstant(date, '12:00');
      const entryId = ctx.newId();
      const record = await ctx.store.update(familyId, (draft) => {
        const input = { meetingId, personId, version, how, sentAt, excludedOverrideReason };
        const errors = checkCirculation(draft, input, now, ctx.templates.local.planName);
        if (errors.meetingId) throw new AppError(draft.meetings.some((m) => m.id === meetingId) ? 'conflict' : 'not-found', errors.meetingId);
        if (errors.personId) throw new AppError('not-found', errors.personId, errors);
        if (errors.sentAt) {
          // A time later today is the time's fault; a day before the meeting is the date's.
          errors[sentTime && date === today ? 'sentTime' : 'sentOn'] = errors.sentAt;
          delete errors.sentAt;
        }
        const first = Object.values(errors)[0];
        if (first) throw new AppError('invalid-input', first, errors);
        const meeting = draft.meetings.find((m) => m.id === meetingId)!;
        meeting.circulation.push(circulationEntry(draft, input, entryId));
        meeting.updatedAt = now.toISOString();
      });
      return { record, entryId, list: listFor(record, meetingId) };
    },
  };
}
