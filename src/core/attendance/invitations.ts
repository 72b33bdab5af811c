// Who to invite this time, starting from last time: everyone on the active team and the family,
// with a note on who missed last time, who sent someone else or a written update, and who has left.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { AttendanceStatus } from './schema';
import { RELATIONSHIP_LABELS } from '../families/schema';
import { excludedAgencies, isExcludedAgency } from '../episodes/schema';
import { previousMeeting } from '../agenda/carry-over';
import { BUILT_IN_LOCAL, type LocalWords } from '../prompts/local';
import { attendanceHistory } from './patterns';

export interface InvitationSuggestion {
  personId: string;
  name: string;
  kind: 'team' | 'family';
  /** Role for a professional, relationship for a family member. */
  role: string;
  agency: string;
  /** Ticked by default: everyone active on the team, and the whole family. */
  invite: boolean;
  /** What happened last time, if they were on last time's list. */
  lastTime?: AttendanceStatus | 'not-recorded';
  /** Already invited to this meeting. */
  alreadyInvited: boolean;
  /** Plain notes for the chair, e.g. "Sent apologies last time". */
  notes: string[];
}

const LAST_TIME_NOTES: Partial<Record<AttendanceStatus | 'not-recorded', string>> = {
  apologies: 'Sent apologies last time.',
  'did-not-attend': 'Did not come last time and did not let us know.',
  'not-recorded': 'Was invited last time but is not recorded as coming.',
  'written-update': 'Sent a written update last time instead of coming. Ask for one again if they cannot come.',
};

/**
 * Everyone to invite to this meeting. Family first, then the team. People who have left the team
 * are listed only if they were on last time's list, unticked, so the chair can see they have gone.
 */
export function suggestInvitations(
  record: Pick<FamilyRecord, 'meetings' | 'episodes' | 'team' | 'members' | 'children'>,
  meeting: Meeting,
  options: { local?: LocalWords } = {},
): InvitationSuggestion[] {
  const local = options.local ?? BUILT_IN_LOCAL;
  const previous = previousMeeting(record, meeting);
  const history = attendanceHistory(record, { before: meeting });
  const streakOf = new Map(history.people.map((p) => [p.personId, p]));
  const onLastList = new Set<string>([
    ...(previous?.invitations.map((i) => i.personId) ?? []),
    ...(previous?.attendance.map((a) => a.personId) ?? []),
  ]);
  const excluded = excludedAgencies(record.episodes.filter((e) => meeting.childIds.includes(e.childId) && !e.closedOn));
  const invitedNow = new Set(meeting.invitations.map((i) => i.personId));

  const lastFor = (personId: string) => {
    if (!previous) return {};
    const entry = previous.attendance.find((a) => a.personId === personId);
    if (entry) return { status: entry.status as AttendanceStatus | 'not-recorded', entry };
    if (previous.invitations.some((i) => i.personId === personId)) return { status: 'not-recorded' as const };
    return {};
  };

  const notesFor = (personId: string, kind: 'team' | 'family'): { notes: string[]; lastTime?: AttendanceStatus | 'not-recorded' } => {
    const notes: string[] = [];
    const { status, entry } = lastFor(personId);
    if (status === 'sent-someone-else') {
      notes.push(`Sent ${entry?.substituteName || 'someone else'} last time. Invite them both, or ask who will come.`);
    } else if (status === 'not-invited') {
      notes.push(`Was not invited last time${entry?.notInvitedReason ? `: ${entry.notInvitedReason}` : ''}. Check whether that still applies.`);
    } else if (status && LAST_TIME_NOTES[status]) {
      notes.push(LAST_TIME_NOTES[status]!);
    }
    const p = streakOf.get(personId);
    if (p && p.missedInARow >= local.nonAttendanceInARow) {
      notes.push(`Has missed the last ${p.missedInARow} meetings.`);
    }
    if (p && p.noReplyInARow >= local.nonAttendanceInARow) {
      notes.push(`Has not replied to the last ${p.noReplyInARow} invitations. Try phoning.`);
    }
    if (previous && !onLastList.has(personId)) notes.push(kind === 'team' ? 'New to the team since last time.' : 'Not on last time’s list.');
    return { notes, ...(status ? { lastTime: status } : {}) };
  };

  const out: InvitationSuggestion[] = [];
  for (const m of record.members) {
    const { notes, lastTime } = notesFor(m.id, 'family');
    out.push({
      personId: m.id, name: m.name, kind: 'family', role: m.relationshipDetail || RELATIONSHIP_LABELS[m.relationship], agency: '',
      invite: true, alreadyInvited: invitedNow.has(m.id), notes, ...(lastTime ? { lastTime } : {}),
    });
  }
  for (const t of record.team) {
    if (!t.active && !onLastList.has(t.id)) continue;
    const { notes, lastTime } = notesFor(t.id, 'team');
    if (!t.active) notes.unshift('Has left the team, so is not invited this time.');
    if (t.active && isExcludedAgency(t.agency, excluded)) {
      notes.push(`The family asked that ${t.agency} is not sent information. Keep the invitation to the date, time and place.`);
    }
    out.push({
      personId: t.id, name: t.name, kind: 'team', role: t.role, agency: t.agency,
      invite: t.active, alreadyInvited: invitedNow.has(t.id), notes, ...(lastTime ? { lastTime } : {}),
    });
  }
  return out;
}
