// Who the attendance list covers at a meeting (the family, then the team), and whether everyone on
// it has been recorded yet — until then, "not here" alerts about people not yet recorded wait.
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import { introductions } from '../../../core/agenda/build';
import { RELATIONSHIP_LABELS } from '../../../core/families/schema';

export interface RowPerson {
  id: string;
  name: string;
  /** Role, or relationship for a family member. */
  role: string;
  agency: string;
  canHelpWith: string;
  leftTeam: boolean;
}

/** The family members, then the team: active professionals, and anyone who left but is on this meeting's lists. */
export function attendanceList(record: FamilyRecord, meeting: Meeting): { family: RowPerson[]; team: RowPerson[] } {
  const listed = new Set([...meeting.invitations.map((i) => i.personId), ...meeting.attendance.map((a) => a.personId)]);
  const help = new Map(introductions(record, meeting).map((i) => [i.personId, i.canHelpWith]));
  return {
    family: record.members.map((m) => ({
      id: m.id, name: m.name, role: m.relationshipDetail || RELATIONSHIP_LABELS[m.relationship], agency: '', canHelpWith: '', leftTeam: false,
    })),
    team: record.team
      .filter((t) => t.active || listed.has(t.id))
      .map((t) => ({ id: t.id, name: t.name, role: t.role, agency: t.agency, canHelpWith: help.get(t.id) ?? t.canHelpWith, leftTeam: !t.active })),
  };
}

export function isRecorded(meeting: Pick<Meeting, 'attendance'>, personId: string | undefined): boolean {
  return !!personId && meeting.attendance.some((a) => a.personId === personId);
}

/** True once every family member and every active professional has a status at this meeting. */
export function attendanceComplete(record: FamilyRecord, meeting: Meeting): boolean {
  const { family, team } = attendanceList(record, meeting);
  return [...family, ...team.filter((t) => !t.leftTeam)].every((p) => isRecorded(meeting, p.id));
}
