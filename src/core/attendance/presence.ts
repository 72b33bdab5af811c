// Who was at one meeting: how each attendance status counts, whether the family is here, whether
// an action's owner is here, and how many professionals and family members came.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { Action } from '../actions/schema';
import type { AttendanceStatus } from './schema';

/**
 * How a status counts in attendance patterns:
 * - attended: came in person, online or by phone, or for part of the meeting;
 * - sent-someone: the person did not come but their service was there (not a miss);
 * - written-update: a contribution, not attendance — neither a miss nor being there;
 * - missed: sent apologies, or did not come and did not let us know;
 * - not-invited: left out of the pattern altogether.
 */
export type AttendanceCategory = 'attended' | 'sent-someone' | 'written-update' | 'missed' | 'not-invited';

export const CATEGORY_OF: Record<AttendanceStatus | 'not-recorded', AttendanceCategory> = {
  'in-person': 'attended',
  remote: 'attended',
  part: 'attended',
  'sent-someone-else': 'sent-someone',
  'written-update': 'written-update',
  apologies: 'missed',
  'did-not-attend': 'missed',
  /** Invited to a finished meeting but not on its attendance list: counted as a miss. */
  'not-recorded': 'missed',
  'not-invited': 'not-invited',
};

/** Statuses that mean the person themselves was in the room or on the call. */
export const HERE_STATUSES: readonly AttendanceStatus[] = ['in-person', 'remote', 'part'];

/** Short words for a status inside a sentence: "apologies on 4 June 2026". */
export const STATUS_WORDS: Record<AttendanceStatus | 'not-recorded', string> = {
  'in-person': 'came',
  remote: 'joined online or by phone',
  part: 'came for part',
  'sent-someone-else': 'sent someone else',
  'written-update': 'written update',
  apologies: 'apologies',
  'did-not-attend': 'did not come',
  'not-recorded': 'invited but not recorded as coming',
  'not-invited': 'not invited',
};

/**
 * Who has no attendance recorded at a meeting still running: each family member, and each active
 * professional (or one invited to it). A finished meeting keeps its own list (`closing.notRecordedIds`).
 */
export function notRecordedIds(record: Pick<FamilyRecord, 'members' | 'team'>, meeting: Pick<Meeting, 'attendance' | 'invitations'>): string[] {
  const recorded = new Set(meeting.attendance.map((a) => a.personId));
  const invited = new Set(meeting.invitations.map((i) => i.personId));
  return [...record.members.map((m) => m.id), ...record.team.filter((t) => t.active || invited.has(t.id)).map((t) => t.id)].filter((id) => !recorded.has(id));
}

/** True when at least one parent, carer or other family member is at the meeting. */
export function familyPresent(record: Pick<FamilyRecord, 'members'>, meeting: Pick<Meeting, 'attendance'>): boolean {
  return presentFamilyIds(record, meeting).length > 0;
}

/** The family members at the meeting (in person, online or for part of it). */
export function presentFamilyIds(record: Pick<FamilyRecord, 'members'>, meeting: Pick<Meeting, 'attendance'>): string[] {
  const family = new Set(record.members.map((m) => m.id));
  return meeting.attendance.filter((a) => family.has(a.personId) && HERE_STATUSES.includes(a.status)).map((a) => a.personId);
}

export interface OwnerAbsence {
  ownerId: string;
  /** Their attendance status, when recorded. */
  status?: AttendanceStatus;
  /** Who came instead, if they sent someone. */
  substituteName?: string;
  /** "Owner not here — confirm", with who came instead when someone did. */
  label: string;
}

/**
 * For an action owned by someone not at this meeting: who, and what their attendance was.
 * Undefined when the owner is here, or when the owner is only a name we cannot check.
 */
export function ownerNotHere(action: Pick<Action, 'ownerId'>, meeting: Pick<Meeting, 'attendance' | 'childParticipation'>): OwnerAbsence | undefined {
  const ownerId = action.ownerId;
  if (!ownerId) return undefined;
  const entry = meeting.attendance.find((a) => a.personId === ownerId);
  if (entry && HERE_STATUSES.includes(entry.status)) return undefined;
  const child = meeting.childParticipation.find((c) => c.childId === ownerId);
  if (!entry && child && (child.how === 'present' || child.how === 'part')) return undefined;
  const substitute = entry?.status === 'sent-someone-else' ? entry.substituteName : undefined;
  return {
    ownerId,
    ...(entry ? { status: entry.status } : {}),
    ...(substitute ? { substituteName: substitute } : {}),
    label: substitute ? `Owner not here (${substitute} came instead) — confirm` : 'Owner not here — confirm',
  };
}

export type CategoryCounts = Record<AttendanceCategory, number>;

export function emptyCounts(): CategoryCounts {
  return { attended: 0, 'sent-someone': 0, 'written-update': 0, missed: 0, 'not-invited': 0 };
}

export interface MeetingAttendanceCounts {
  /** Professionals on the team, by how they took part. */
  team: CategoryCounts;
  /** Parents, carers and relatives, by how they took part. */
  family: CategoryCounts;
  /** Professionals in the room or on the call, counting someone sent in another's place. */
  professionalsThere: number;
}

/** How many professionals and family members came, sent apologies and so on, at one meeting. */
export function attendanceCounts(record: Pick<FamilyRecord, 'members' | 'team'>, meeting: Pick<Meeting, 'attendance' | 'invitations'>): MeetingAttendanceCounts {
  const team = new Set(record.team.map((t) => t.id));
  const family = new Set(record.members.map((m) => m.id));
  const out = { team: emptyCounts(), family: emptyCounts(), professionalsThere: 0 };
  const recorded = new Set<string>();
  for (const a of meeting.attendance) {
    recorded.add(a.personId);
    const c = CATEGORY_OF[a.status];
    if (team.has(a.personId)) out.team[c]++;
    else if (family.has(a.personId)) out.family[c]++;
  }
  for (const i of meeting.invitations) {
    if (recorded.has(i.personId)) continue;
    recorded.add(i.personId);
    if (team.has(i.personId)) out.team.missed++;
    else if (family.has(i.personId)) out.family.missed++;
  }
  out.professionalsThere = out.team.attended + out.team['sent-someone'];
  return out;
}
