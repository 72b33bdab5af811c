// After the meeting: when it finished, who came, reviews, how the family gets the plan, anything finished
// without (and why), the next meeting to get ready for; documents and circulation add their sections.
import { useEffect, useRef } from 'react';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { LinkButton, SummaryList } from '../../ui/bits';
import { formatDateWithDay, formatTime, londonTime } from '../../../core/shared/dates';
import { personName } from '../../../core/families/people';
import { ATTENDANCE_LABELS } from '../../../core/attendance/schema';
import { reviewTally } from '../../../core/actions/schema';
import { deliveryLabel, planWord } from '../agenda/closing-fields';
import { FINISHED_SECTIONS } from './finished-sections';

export function FinishedScreen({ record, meeting, templates }: { record: FamilyRecord; meeting: Meeting; templates: TemplateBundle }) {
  const closing = meeting.closing;
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const next = meeting.nextMeetingId ? record.meetings.find((m) => m.id === meeting.nextMeetingId) : undefined;
  // Actions no one looked at are carried forward by the closing check: counted apart, never as reviewed.
  const tally = reviewTally(meeting.actionReviews);
  const actionText = (id: string) => record.actions.find((a) => a.id === id)?.text ?? 'An action no longer in the plan';
  const outcomeText = (id: string) => record.episodes.flatMap((e) => e.outcomes).find((o) => o.id === id)?.text ?? 'An outcome no longer in the plan';
  const notLookedAt = [...(closing?.notLookedAtActionIds ?? []).map(actionText), ...(closing?.notRatedOutcomeIds ?? []).map((id) => `${outcomeText(id)} (not rated)`)];
  const fresh = record.actions.filter((a) => a.createdInMeetingId === meeting.id).length;
  return (
    <div className="finished">
      <div className="notice notice--success">
        <h2 className="notice__title heading-m" tabIndex={-1} ref={ref}>This meeting has finished</h2>
        <p>Everything from the meeting is saved.</p>
      </div>
      <SummaryList
        rows={[
          ...(meeting.plannedDate ? [{ key: 'Held on', value: `${formatDateWithDay(meeting.date)} (planned for ${formatDateWithDay(meeting.plannedDate)})` }] : []),
          { key: 'Finished at', value: closing ? londonTime(new Date(closing.finishedAt)) : '' },
          {
            key: 'Who took part',
            value: meeting.attendance.length ? (
              <ul className="list">
                {meeting.attendance.map((a) => (
                  <li key={a.personId}>{personName(record, a.personId)}: {a.status === 'sent-someone-else' ? `sent ${a.substituteName || 'someone else'}` : ATTENDANCE_LABELS[a.status].toLowerCase()}</li>
                ))}
              </ul>
            ) : 'Not recorded',
          },
          {
            key: 'Last time’s actions',
            value: [
              tally.counts.length ? tally.counts.map(([k, n]) => `${k}: ${n}`).join('; ') : 'None reviewed',
              tally.notLookedAt ? `Not looked at: ${tally.notLookedAt}` : '',
            ].filter(Boolean).join('; '),
          },
          ...(notLookedAt.length
            ? [{
                key: 'Not looked at in this meeting',
                value: <><ul className="list list--bullet">{notLookedAt.map((t, i) => <li key={i}>{t}</li>)}</ul><p>{closing?.skipped === 'carry-forward' ? 'All carried forward to the next meeting.' : closing?.skippedReason ? `Finished without them, because: ${closing.skippedReason}` : 'Finished without them.'}</p></>,
              }]
            : []),
          { key: 'New actions', value: String(fresh) },
          { key: `How the family gets the ${planWord(meeting, templates.local)}`, value: closing?.familyPlanDelivery ? deliveryLabel(closing.familyPlanDelivery, templates.local) : '' },
          ...(closing?.familyAbsentViews ? [{ key: 'How the family’s views were brought in', value: closing.familyAbsentViews }] : []),
          ...(closing?.familyViewMissingReason ? [{ key: 'Why the family’s view is not written down', value: closing.familyViewMissingReason }] : []),
          { key: 'Next meeting', value: meeting.nextMeeting ? `${formatDateWithDay(meeting.nextMeeting.date)}, ${formatTime(meeting.nextMeeting.startTime)}${meeting.nextMeeting.venue ? `, ${meeting.nextMeeting.venue}` : ''}` : 'Not set' },
          ...(closing && closing.unmetChecks.length > 0
            ? [{ key: 'Finished without', value: <><ul className="list list--bullet">{closing.unmetChecks.map((c) => <li key={c}>{c}</li>)}</ul><p>Reason given: {closing.overrideReason}</p></> }]
            : []),
        ]}
      />
      {next && next.status === 'planned' && (
        <div className="button-group">
          <LinkButton variant="secondary" href={`/families/${record.id}/meetings/${next.id}/run`}>Get ready for the next meeting</LinkButton>
        </div>
      )}
      {FINISHED_SECTIONS.map((Section, i) => <Section key={i} record={record} meeting={meeting} templates={templates} />)}
    </div>
  );
}
