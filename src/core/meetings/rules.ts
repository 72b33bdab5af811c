// Checks when scheduling a meeting: the children, chair and minute-taker exist; and warnings
// (not blocks) about the venue against the family's wishes and awkward dates.
import type { FamilyRecord } from '../families/record';
import type { MeetingPlan } from './schema';
import { venueWarnings } from './venue';
import { isWeekend, formatDate, weekdayName } from '../shared/dates';

export function checkMeetingPlan(record: FamilyRecord, plan: MeetingPlan): Record<string, string> {
  const fields: Record<string, string> = {};
  const childIds = new Set(record.children.map((c) => c.id));
  if (plan.childIds.some((id) => !childIds.has(id))) fields.childIds = 'Choose children from this family';
  const team = new Set(record.team.map((t) => t.id));
  if (!team.has(plan.chairId)) fields.chairId = 'Choose a chair from the team. Add them to the team first if they are not there.';
  if (!team.has(plan.minuteTakerId)) fields.minuteTakerId = 'Choose who will take the minutes from the team';
  if (plan.endTime && plan.endTime <= plan.startTime) fields.endTime = 'The end time must be after the start time';
  return fields;
}

/** Bank holidays by date, with their names (see bankHolidayCalendar in core/dates). */
export type HolidayNames = ReadonlyMap<string, string>;

export function meetingWarnings(record: FamilyRecord, plan: MeetingPlan, bankHolidays: HolidayNames = new Map()): string[] {
  const warnings = venueWarnings(plan.venueKind, plan.venue, record.preferences);
  if (isWeekend(plan.date)) warnings.push(`${formatDate(plan.date)} is a ${weekdayName(plan.date)}.`);
  const holiday = bankHolidays.get(plan.date);
  if (holiday) warnings.push(`${formatDate(plan.date)} is ${holiday}, a bank holiday.`);
  return warnings;
}
