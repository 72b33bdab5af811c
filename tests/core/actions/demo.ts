// The demo family (Jay and Mia Fletcher, Dawn, Nan Pat and a team of five) at their review on
// Wednesday 25 November 2026, with the next meeting set for 13 January 2027 — the action tests' setting.
import { buildDemoFamily } from '../../../src/main/demo/demo-family';
import type { FamilyRecord } from '../../../src/core/families/record';
import { BUILT_IN_BANK_HOLIDAYS, bankHolidayCalendar } from '../../../src/core/dates/bank-holidays';
import { BUILT_IN_TERM_DATES } from '../../../src/core/dates/term-dates';
import type { ReadActionOptions } from '../../../src/core/actions/capture';

export const TODAY = '2026-11-23';
export const MEETING_DATE = '2026-11-25';
export const NEXT_MEETING = '2027-01-13';
export const holidays = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS);

export function demoRecord(): FamilyRecord {
  let n = 0;
  const record = buildDemoFamily(() => `demo-${String(++n).padStart(4, '0')}`, TODAY, `${TODAY}T09:00:00.000Z`);
  const meeting = record.meetings.find((m) => m.date === MEETING_DATE);
  if (!meeting) throw new Error('The demo family has no meeting on 25 November 2026');
  meeting.status = 'in-progress';
  meeting.nextMeeting = { date: NEXT_MEETING, startTime: '09:30', venue: 'Greenfield Children’s Centre', venueKind: 'community-centre' };
  return record;
}

/** The demo family with a second Sarah on the team: Sarah Jones, speech and language therapist. */
export function recordWithTwoSarahs(): FamilyRecord {
  const record = demoRecord();
  record.team.push({
    id: 'demo-sarah-jones', name: 'Sarah Jones', role: 'Speech and language therapist', agency: 'Northshire Community Health',
    agencyKind: 'health', phone: '', email: '', canHelpWith: '', active: true,
  });
  return record;
}

export function optionsFor(record: FamilyRecord, meetingDate = MEETING_DATE): ReadActionOptions {
  return { record, meetingDate, holidays, terms: BUILT_IN_TERM_DATES };
}

/** The id of the person with this full name on the record. */
export function idOf(record: FamilyRecord, name: string): string {
  const child = record.children.find((c) => `${c.firstName} ${c.lastName}` === name);
  const person = child ?? [...record.members, ...record.team].find((p) => p.name === name);
  if (!person) throw new Error(`No one called ${name} in the demo family`);
  return person.id;
}
