// What every action screen needs about this meeting, worked out once: the meeting date, bank
// holidays and term dates, the lead professional, who can own an action, and the outcomes an action can serve.
import { useMemo } from 'react';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import type { Action } from '../../../core/actions/schema';
import { bankHolidayCalendar } from '../../../core/dates/bank-holidays';
import type { TermDates } from '../../../core/dates/term-dates';
import { currentLeadProfessional, isOpen } from '../../../core/episodes/schema';
import { listPeople } from '../../../core/families/people';
import { personLabel } from '../minutes/speakers';
import { parts } from '../../../core/shared/dates';
import { childDisplayName } from '../../../core/families/schema';

export interface OwnerOption {
  id: string;
  label: string;
  name: string;
  agency: string;
  kind: 'child' | 'family' | 'team';
}

export interface ActionContext {
  meetingDate: string;
  holidays: ReadonlyMap<string, string>;
  terms: TermDates;
  leadProfessionalId?: string;
  owners: OwnerOption[];
  outcomes: { id: string; text: string }[];
  children: { id: string; name: string }[];
}

const calendars = new WeakMap<object, ReadonlyMap<string, string>>();

export function holidaysFrom(templates: TemplateBundle, meetingDate: string): ReadonlyMap<string, string> {
  let c = calendars.get(templates.bankHolidays);
  if (!c) {
    c = bankHolidayCalendar(templates.bankHolidays, { projectToYear: parts(meetingDate).year + 2 });
    calendars.set(templates.bankHolidays, c);
  }
  return c;
}

/** The lead professional for the children this meeting is about (their open support). */
export function leadProfessionalFor(record: FamilyRecord, meeting: Pick<Meeting, 'childIds'>): string | undefined {
  return record.episodes
    .filter((e) => isOpen(e) && meeting.childIds.includes(e.childId))
    .map((e) => currentLeadProfessional(e)?.teamMemberId)
    .find((id): id is string => !!id);
}

export function buildActionContext(record: FamilyRecord, meeting: Meeting, templates: TemplateBundle): ActionContext {
  const active = new Set(record.team.filter((t) => t.active).map((t) => t.id));
  const owners = listPeople(record)
    .filter((p) => p.kind !== 'team' || active.has(p.id))
    .map((p) => ({ id: p.id, label: personLabel(p), name: p.name, agency: p.agency, kind: p.kind }));
  const episodes = record.episodes.filter((e) => isOpen(e) && meeting.childIds.includes(e.childId));
  const outcomes = episodes.flatMap((e) => e.outcomes.filter((o) => o.active).map((o) => ({ id: o.id, text: o.text })));
  return {
    meetingDate: meeting.date,
    holidays: holidaysFrom(templates, meeting.date),
    terms: templates.termDates,
    leadProfessionalId: leadProfessionalFor(record, meeting),
    owners,
    outcomes,
    children: record.children.filter((c) => meeting.childIds.includes(c.id)).map((c) => ({ id: c.id, name: childDisplayName(c) })),
  };
}

export function useActionContext(record: FamilyRecord, meeting: Meeting, templates: TemplateBundle): ActionContext {
  return useMemo(() => buildActionContext(record, meeting, templates), [record, meeting, templates]);
}

/** "Sarah Khan (Northshire Community Health)", the name as said for someone not on the record, or "No one named yet". */
export function ownerWords(action: Pick<Action, 'ownerId' | 'ownerName' | 'agency'>, owners: readonly OwnerOption[]): string {
  const owner = action.ownerId ? owners.find((o) => o.id === action.ownerId) : undefined;
  const name = owner?.name ?? action.ownerName;
  if (!name) return action.agency ? `Someone at ${action.agency}` : 'No one named yet';
  const agency = action.agency || owner?.agency;
  return agency ? `${name} (${agency})` : name;
}
