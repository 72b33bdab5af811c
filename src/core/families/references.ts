// Where a person is named across the record, so nobody named in history is deleted from it.
import type { FamilyRecord } from './record';

export function isReferenced(record: FamilyRecord, personId: string): boolean {
  if (record.episodes.some((e) => e.childId === personId || e.leadProfessionals.some((p) => p.teamMemberId === personId))) return true;
  if (record.actions.some((a) => a.ownerId === personId || a.childIds.includes(personId))) return true;
  return record.meetings.some(
    (m) =>
      m.chairId === personId ||
      m.minuteTakerId === personId ||
      m.childIds.includes(personId) ||
      m.attendance.some((a) => a.personId === personId) ||
      m.invitations.some((i) => i.personId === personId) ||
      m.childParticipation.some((c) => c.childId === personId) ||
      m.circulation.some((c) => c.personId === personId) ||
      m.notes.some((n) => n.speakerId === personId || n.views.some((v) => v.personId === personId)),
  );
}
