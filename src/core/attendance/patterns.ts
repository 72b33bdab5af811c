// Attendance over time: each person's, each agency's and the family's record across finished
// meetings (for an episode, before a meeting, or all), and how many meetings in a row each missed.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { AttendanceStatus, Invitation } from './schema';
import { CATEGORY_OF, emptyCounts, type AttendanceCategory, type CategoryCounts } from './presence';
import { finishedMeetings, sharesChild } from '../agenda/carry-over';

export interface AttendanceMark {
  meetingId: string;
  date: string;
  /** `not-recorded`: invited, but not on the finished meeting's attendance list. */
  status: AttendanceStatus | 'not-recorded';
  category: AttendanceCategory;
  reply?: Invitation['reply'];
  substituteName?: string;
  /** For an agency or the family: who this mark is about. */
  personIds: string[];
}

export interface Streaks {
  /** Meetings in a row, most recent first, missed (apologies or did not come). */
  missedInARow: number;
  /** Meetings in a row not attended: missed, or only a written update sent. */
  notAttendedInARow: number;
  /** Invitations in a row, most recent first, with no reply. */
  noReplyInARow: number;
}

export interface PersonAttendance extends Streaks {
  personId: string;
  name: string;
  kind: 'team' | 'family';
  role: string;
  agency: string;
  /** Still on the team (family members are always active). */
  active: boolean;
  marks: AttendanceMark[];
  counts: CategoryCounts;
}

export interface GroupAttendance extends Streaks {
  /** The agency's name, or "The family". */
  name: string;
  personIds: string[];
  /** One mark per meeting: the best of its people (came > sent someone > written update > missed). */
  marks: AttendanceMark[];
  counts: CategoryCounts;
}

export interface AttendanceScope {
  /** Only meetings for this episode's child, while it was open. */
  episodeId?: string;
  /** Only meetings before this one (and, without an episode, about the same children). */
  before?: Meeting | string;
  /** Only meetings about at least one of these children. */
  childIds?: string[];
}

export interface AttendanceHistory {
  /** The finished meetings looked at, oldest first. */
  meetings: Meeting[];
  people: PersonAttendance[];
  agencies: GroupAttendance[];
  family: GroupAttendance;
}

/** Agency names compared without case, punctuation or extra spaces. */
export function agencyKey(agency: string): string {
  return agency.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The finished meetings a scope covers, oldest first. */
export function meetingsInScope(record: Pick<FamilyRecord, 'meetings' | 'episodes'>, scope: AttendanceScope = {}): Meeting[] {
  const before = typeof scope.before === 'string' ? record.meetings.find((m) => m.id === scope.before) : scope.before;
  let list = finishedMeetings(record, before);
  const episode = scope.episodeId ? record.episodes.find((e) => e.id === scope.episodeId) : undefined;
  if (scope.episodeId) {
    if (!episode) return [];
    list = list.filter((m) => m.childIds.includes(episode.childId) && m.date >= episode.openedOn && (!episode.closedOn || m.date <= episode.closedOn));
  }
  const childIds = scope.childIds ?? (!episode && before ? before.childIds : undefined);
  if (childIds) list = list.filter((m) => sharesChild(m, { childIds }));
  return list;
}

function markFor(meeting: Meeting, personId: string): AttendanceMark | undefined {
  const entry = meeting.attendance.find((a) => a.personId === personId);
  const invite = meeting.invitations.find((i) => i.personId === personId);
  if (!entry && !invite) return undefined;
  const status = entry?.status ?? 'not-recorded';
  return {
    meetingId: meeting.id,
    date: meeting.date,
    status,
    category: CATEGORY_OF[status],
    ...(invite ? { reply: invite.reply } : {}),
    ...(entry?.substituteName ? { substituteName: entry.substituteName } : {}),
    personIds: [personId],
  };
}

function streak(marks: readonly AttendanceMark[], counts: (m: AttendanceMark) => boolean): number {
  let n = 0;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].category === 'not-invited') continue;
    if (!counts(marks[i])) break;
    n++;
  }
  return n;
}

export function streaks(marks: readonly AttendanceMark[]): Streaks {
  return {
    missedInARow: streak(marks, (m) => m.category === 'missed'),
    notAttendedInARow: streak(marks, (m) => m.category === 'missed' || m.category === 'written-update'),
    noReplyInARow: streak(marks, (m) => m.reply === 'no-reply-yet' && m.category === 'missed'),
  };
}

function tally(marks: readonly AttendanceMark[]): CategoryCounts {
  const counts = emptyCounts();
  for (const m of marks) counts[m.category]++;
  return counts;
}

const RANK: Record<AttendanceCategory, number> = { attended: 0, 'sent-someone': 1, 'written-update': 2, missed: 3, 'not-invited': 4 };

/** The group's mark at one meeting: the best of its people's; with no reply only if none replied. */
function groupMark(marks: AttendanceMark[]): AttendanceMark {
  const sorted = [...marks].sort(
    (a, b) => RANK[a.category] - RANK[b.category] || Number(a.reply === 'no-reply-yet') - Number(b.reply === 'no-reply-yet'),
  );
  return { ...sorted[0], personIds: marks.map((m) => m.personIds[0]) };
}

function group(name: string, personIds: string[], meetings: readonly Meeting[], byPerson: Map<string, AttendanceMark[]>): GroupAttendance {
  const marks: AttendanceMark[] = [];
  for (const meeting of meetings) {
    const here = personIds.flatMap((id) => (byPerson.get(id) ?? []).filter((m) => m.meetingId === meeting.id));
    if (here.length > 0) marks.push(groupMark(here));
  }
  return { name, personIds, marks, counts: tally(marks), ...streaks(marks) };
}

/** Attendance for everyone on the record, for each agency and for the family, across a scope. */
export function attendanceHistory(record: Pick<FamilyRecord, 'meetings' | 'episodes' | 'team' | 'members'>, scope: AttendanceScope = {}): AttendanceHistory {
  const meetings = meetingsInScope(record, scope);
  const byPerson = new Map<string, AttendanceMark[]>();
  const people: PersonAttendance[] = [];
  const add = (personId: string, base: Omit<PersonAttendance, 'marks' | 'counts' | keyof Streaks>) => {
    const marks = meetings.map((m) => markFor(m, personId)).filter((m): m is AttendanceMark => !!m);
    byPerson.set(personId, marks);
    if (marks.length > 0) people.push({ ...base, marks, counts: tally(marks), ...streaks(marks) });
  };
  for (const t of record.team) add(t.id, { personId: t.id, name: t.name, kind: 'team', role: t.role, agency: t.agency, active: t.active });
  for (const f of record.members) add(f.id, { personId: f.id, name: f.name, kind: 'family', role: f.relationship, agency: '', active: true });

  const agencies = new Map<string, { name: string; ids: string[] }>();
  for (const t of record.team) {
    const k = agencyKey(t.agency);
    const entry = agencies.get(k) ?? { name: t.agency, ids: [] };
    entry.ids.push(t.id);
    agencies.set(k, entry);
  }
  return {
    meetings,
    people,
    agencies: [...agencies.values()]
      .map((a) => group(a.name, a.ids, meetings, byPerson))
      .filter((g) => g.marks.length > 0),
    family: group('The family', record.members.map((m) => m.id), meetings, byPerson),
  };
}

export interface MemberMark {
  personId: string;
  name: string;
  mark: AttendanceMark;
}

/**
 * Each of a service's people at one meeting: the service's own mark is the best of them, so these are
 * shown beside it and one colleague's written update never hides another's missed meeting.
 */
export function memberMarksAt(history: Pick<AttendanceHistory, 'people'>, group: Pick<GroupAttendance, 'personIds'>, meetingId: string): MemberMark[] {
  return group.personIds.flatMap((id) => {
    const person = history.people.find((p) => p.personId === id);
    const mark = person?.marks.find((m) => m.meetingId === meetingId);
    return person && mark ? [{ personId: id, name: person.name, mark }] : [];
  });
}

/** The service's person who has missed the most meetings in a row, when that is more than the service has. */
export function memberMissingMore(history: Pick<AttendanceHistory, 'people'>, group: Pick<GroupAttendance, 'personIds' | 'missedInARow'>): PersonAttendance | undefined {
  const people = history.people.filter((p) => group.personIds.includes(p.personId) && p.missedInARow > group.missedInARow);
  return people.sort((a, b) => b.missedInARow - a.missedInARow)[0];
}
