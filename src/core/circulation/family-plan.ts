// The family's copy of the plan as a tracked step: after the latest finished meeting, has a family
// member been sent the plan, and is it past the number of working days the council allows?
import { z } from 'zod';
import type { FamilyRecord } from '../families/record';
import { meetingSortKey } from '../meetings/schema';
import { addWorkingDays, workingDaysBetween, type HolidayLookup } from '../dates/working-days';
import { formatDate, formatDateWithDay, londonDate, type IsoDate } from '../shared/dates';

/** What the home list keeps about the family's copy of the latest plan (facts only; judged against today). */
export const familyPlanFactsSchema = z.object({
  meetingId: z.string(),
  meetingDate: z.string(),
  /** The day the meeting was held: its date, or the day it was finished if that was earlier. */
  heldOn: z.string(),
  /** The first day a family member was recorded as sent the plan. */
  sentOn: z.string().optional(),
  /** Family members on the record who could be sent it. */
  familyMembers: z.number().int(),
});
export type FamilyPlanFacts = z.infer<typeof familyPlanFactsSchema>;

export type FamilyPlanState = 'sent' | 'due' | 'overdue';

export interface FamilyPlanStatus extends FamilyPlanFacts {
  state: FamilyPlanState;
  /** The last working day to send it: `withinWorkingDays` working days after the meeting. */
  dueBy: IsoDate;
  /** Working days from the meeting to today (0 on the day itself). */
  workingDaysPassed: number;
  withinWorkingDays: number;
  /** One plain sentence for a heading or a tag's full text. */
  title: string;
  /** What to do about it. */
  detail: string;
}

export interface FamilyPlanRules {
  /** templates.local.familyPlanWithinWorkingDays (default 5). */
  withinWorkingDays: number;
  /** Bank holidays (not counted as working days). */
  holidays?: HolidayLookup;
}

/** Facts about the family's copy of the plan from the latest finished meeting; undefined when none has finished. */
export function familyPlanFacts(record: Pick<FamilyRecord, 'meetings' | 'members'>): FamilyPlanFacts | undefined {
  const finished = record.meetings.filter((m) => m.status === 'finished');
  if (finished.length === 0) return undefined;
  const latest = [...finished].sort((a, b) => meetingSortKey(a).localeCompare(meetingSortKey(b)))[finished.length - 1];
  const memberIds = new Set(record.members.map((m) => m.id));
  const finishedOn = latest.closing ? londonDate(new Date(latest.closing.finishedAt)) : latest.date;
  const sent = latest.circulation
    .filter((c) => c.version === 'family-plan' && memberIds.has(c.personId))
    .map((c) => londonDate(new Date(c.sentAt)))
    .sort();
  return {
    meetingId: latest.id,
    meetingDate: latest.date,
    heldOn: finishedOn < latest.date ? finishedOn : latest.date,
    sentOn: sent[0],
    familyMembers: record.members.length,
  };
}

const dayWord = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;

/** Judges the facts against today: sent, due (still in time) or overdue (more than the allowed working days). */
export function familyPlanStatus(facts: FamilyPlanFacts, today: IsoDate, rules: FamilyPlanRules): FamilyPlanStatus {
  const within = rules.withinWorkingDays;
  const dueBy = addWorkingDays(facts.heldOn, within, rules.holidays);
  const workingDaysPassed = Math.max(0, workingDaysBetween(facts.heldOn, today, rules.holidays));
  const base = { ...facts, dueBy, workingDaysPassed, withinWorkingDays: within };
  if (facts.sentOn) {
    return { ...base, state: 'sent', title: 'The family has been sent their plan', detail: `A family member was sent the plan on ${formatDate(facts.sentOn)}.` };
  }
  const noOne = facts.familyMembers === 0 ? ' There is no family member on the record yet: add the parents or carers on the family page first.' : '';
  if (workingDaysPassed > within) {
    return {
      ...base,
      state: 'overdue',
      title: 'The family has not been sent their plan yet',
      detail: `It is ${dayWord(workingDaysPassed)} since the meeting on ${formatDate(facts.meetingDate)}. Families should get their plan within ${dayWord(within)}. Send it now and record who it went to.${noOne}`,
    };
  }
  return {
    ...base,
    state: 'due',
    title: 'The family has not been sent their plan yet',
    detail: `Send it by ${formatDateWithDay(dueBy)} (${dayWord(within)} after the meeting) and record who it went to.${noOne}`,
  };
}

/** Status of the latest plan for a whole record (undefined when no meeting has finished). */
export function familyPlanStatusOf(record: Pick<FamilyRecord, 'meetings' | 'members'>, today: IsoDate, rules: FamilyPlanRules): FamilyPlanStatus | undefined {
  const facts = familyPlanFacts(record);
  return facts ? familyPlanStatus(facts, today, rules) : undefined;
}
