// Who is here: everyone in the family and on the team, one status each, saved as chosen; each child's
// part kept apart; and, if no one from the family came, how their views came in and how they get the plan.
import { api } from '../../api-client';
import { Notice } from '../../ui/bits';
import type { PanelProps } from '../meeting-run/panel';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import { PersonRow } from './person-row';
import { attendanceList, type RowPerson } from './people';
import { ChildrenList } from './child-view-panel';
import { ClosingFields } from '../agenda/closing-fields';
import { familyPresent } from '../../../core/attendance/presence';
import { ATTENDANCE_LABELS, type Attendance } from '../../../core/attendance/schema';
import { personName } from '../../../core/families/people';

export function AttendancePanel({ record, meeting, templates, onRecord }: PanelProps) {
  const { save, status } = usePanelSave(onRecord);
  const where = { familyId: record.id, meetingId: meeting.id };
  const { family, team } = attendanceList(record, meeting);
  const everyone = [...family, ...team];
  const recorded = everyone.filter((p) => meeting.attendance.some((a) => a.personId === p.id)).length;

  const saveEntry = async (entry: Attendance) => {
    const name = personName(record, entry.personId);
    const said = entry.status === 'sent-someone-else' ? `sent ${entry.substituteName || 'someone else'}` : ATTENDANCE_LABELS[entry.status].toLowerCase();
    return !!(await save(() => api.attendance.set({ ...where, entry }), `Saved: ${name}, ${said}${entry.askedForView ? ', asked for their view' : ''}.`));
  };
  const clearEntry = (personId: string) => async () =>
    !!(await save(() => api.attendance.clear({ ...where, personId }), `Saved: ${personName(record, personId)}, not recorded yet.`));
  const noFamily = record.members.length > 0 && meeting.attendance.length > 0 && !familyPresent(record, meeting);
  const row = (p: RowPerson) => (
    <PersonRow
      key={p.id}
      person={p}
      entry={meeting.attendance.find((a) => a.personId === p.id)}
      invitation={meeting.invitations.find((i) => i.personId === p.id)}
      onSave={saveEntry}
      onClear={clearEntry(p.id)}
    />
  );

  return (
    <section className="panel-block attendance-panel" aria-labelledby="attendance-heading">
      <h3 className="heading-m" id="attendance-heading">Who is here</h3>
      <p className="hint">Choose how each person took part. Each choice is saved straight away. Recorded for {recorded} of {everyone.length} people.</p>
      <SaveStatus state={status} />
      {family.length > 0 && (
        <>
          <h4 className="heading-s">The family</h4>
          <ul className="people">{family.map(row)}</ul>
        </>
      )}
      {noFamily && (
        <Notice tone="warning" title="No one from the family is here">
          <ClosingFields record={record} meeting={meeting} local={templates.local} onRecord={onRecord} fields={['absentViews', 'delivery']} />
        </Notice>
      )}
      <ChildrenList record={record} meeting={meeting} onRecord={onRecord} headingLevel={4} />
      <h4 className="heading-s">The team</h4>
      {team.length === 0 ? <p>No professionals on the team yet.</p> : <ul className="people">{team.map(row)}</ul>}
    </section>
  );
}
