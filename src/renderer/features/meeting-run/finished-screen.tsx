// After the meeting: when it finished, anything the chair finished without (and why), and the
// next meeting. Documents and circulation add their own sections here.
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { Notice, SummaryList } from '../../ui/bits';
import { formatDateWithDay, formatTime, londonTime } from '../../../core/shared/dates';
import { FINISHED_SECTIONS } from './finished-sections';

export function FinishedScreen({ record, meeting, templates }: { record: FamilyRecord; meeting: Meeting; templates: TemplateBundle }) {
  const closing = meeting.closing;
  return (
    <div className="finished">
      <Notice tone="success" title="This meeting has finished">
        <p>Everything from the meeting is saved.</p>
      </Notice>
      <SummaryList
        rows={[
          { key: 'Finished at', value: closing ? londonTime(new Date(closing.finishedAt)) : '' },
          { key: 'Next meeting', value: meeting.nextMeeting ? `${formatDateWithDay(meeting.nextMeeting.date)}, ${formatTime(meeting.nextMeeting.startTime)}${meeting.nextMeeting.venue ? `, ${meeting.nextMeeting.venue}` : ''}` : 'Not set' },
          ...(closing && closing.unmetChecks.length > 0
            ? [{ key: 'Finished without', value: <><ul className="list list--bullet">{closing.unmetChecks.map((c) => <li key={c}>{c}</li>)}</ul><p>Reason given: {closing.overrideReason}</p></> }]
            : []),
        ]}
      />
      {FINISHED_SECTIONS.map((Section, i) => <Section key={i} record={record} meeting={meeting} templates={templates} />)}
    </div>
  );
}
