// How each child took part, on its own (under "Hearing from the children", and inside the
// attendance panel): at the meeting, part of it, views given beforehand and to whom, or not and why.
import { api } from '../../api-client';
import type { PanelProps } from '../meeting-run/panel';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import { ChildRow } from './child-row';
import { CHILD_PARTICIPATION_LABELS, type ChildParticipation } from '../../../core/attendance/schema';
import { childDisplayName } from '../../../core/families/schema';
import { personName } from '../../../core/families/people';

export function ChildrenList({ record, meeting, onRecord, headingLevel }: Pick<PanelProps, 'record' | 'meeting' | 'onRecord'> & { headingLevel: 3 | 4 }) {
  const { save, status } = usePanelSave(onRecord);
  const children = record.children.filter((c) => meeting.childIds.includes(c.id) && !c.unborn);
  if (children.length === 0) return null;
  const saveChild = async (participation: ChildParticipation) =>
    !!(await save(
      () => api.attendance.setChild({ familyId: record.id, meetingId: meeting.id, participation }),
      `Saved: ${personName(record, participation.childId)}, ${CHILD_PARTICIPATION_LABELS[participation.how].toLowerCase()}.`,
    ));
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <H className={headingLevel === 3 ? 'heading-m' : 'heading-s'}>How {children.length === 1 ? 'the child' : 'each child'} took part</H>
      <SaveStatus state={status} />
      <ul className="people">
        {children.map((c) => (
          <ChildRow
            key={c.id}
            childId={c.id}
            name={`${childDisplayName(c)}${c.lastName ? ` ${c.lastName}` : ''}`}
            detail={c.schoolOrSetting}
            entry={meeting.childParticipation.find((p) => p.childId === c.id)}
            onSave={saveChild}
          />
        ))}
      </ul>
    </>
  );
}

export function ChildViewPanel(props: PanelProps) {
  return (
    <section className="panel-block">
      <ChildrenList record={props.record} meeting={props.meeting} onRecord={props.onRecord} headingLevel={3} />
    </section>
  );
}
