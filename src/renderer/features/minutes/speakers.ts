// Who can be said to have said something: the people at the meeting (everyone on the record until
// attendance is taken), labelled so two people with one name can be told apart; and whose words are their own.
import type { FamilyRecord, PersonSummary } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { NoteKind } from '../../../core/minutes/schema';
import { listPeople } from '../../../core/families/people';
import { HERE_STATUSES } from '../../../core/attendance/presence';

export interface Speaker {
  id: string;
  label: string;
  kind: PersonSummary['kind'];
  /** For a child's views given before the meeting: "Jay said (passed on by Tom Price)". */
  saidAs?: string;
}

export function personLabel(p: PersonSummary): string {
  if (p.kind === 'team') return `${p.name} (${[p.role, p.agency].filter(Boolean).join(', ')})`;
  return p.role ? `${p.name} (${p.role})` : p.name;
}

/** People at the meeting, children first; everyone on the record when attendance is not taken yet. */
export function speakersFor(record: FamilyRecord, meeting: Meeting): Speaker[] {
  const people = listPeople(record);
  const here = new Set(meeting.attendance.filter((a) => HERE_STATUSES.includes(a.status)).map((a) => a.personId));
  for (const c of meeting.childParticipation) if (c.how === 'present' || c.how === 'part') here.add(c.childId);
  const recorded = meeting.attendance.length > 0;
  const active = new Set(record.team.filter((t) => t.active).map((t) => t.id));
  // A child who gave their views before the meeting can be said to have said them, passed on by someone.
  const passedOn = new Map(meeting.childParticipation.filter((c) => c.how === 'views-beforehand').map((c) => [c.childId, c.viewsGivenTo.trim()]));
  for (const id of passedOn.keys()) here.add(id);
  const chosen = people.filter((p) => (recorded ? here.has(p.id) : p.kind !== 'team' || active.has(p.id)));
  return chosen.map((p) => {
    const via = passedOn.get(p.id);
    const label = via === undefined ? personLabel(p) : `${p.name.split(' ')[0]} (views given before the meeting${via ? `, passed on by ${via}` : ''})`;
    const saidAs = via === undefined ? undefined : `${p.name.split(' ')[0]} said (passed on by ${via || 'someone who spoke with them'})`;
    return { id: p.id, label, kind: p.kind, saidAs };
  });
}

/** The family's and the child's words are theirs: kept as said unless the minute-taker says otherwise. */
export function ownWordsByDefault(speaker: Speaker | undefined): boolean {
  return speaker?.kind === 'family' || speaker?.kind === 'child';
}

/** The kind of entry "Add a note" makes under each standing item. */
export function defaultKind(itemKey: string): NoteKind {
  if (itemKey === 'family-view' || itemKey === 'child-view') return 'view';
  if (itemKey === 'worries') return 'worry';
  if (itemKey === 'gone-well') return 'strength';
  return 'note';
}
