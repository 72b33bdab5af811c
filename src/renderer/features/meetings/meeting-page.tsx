// One meeting: when and where, who chairs and takes the minutes, warnings about the venue, and
// changing or cancelling it while it is still planned.
import { useState } from 'react';
import { api } from '../../api-client';
import { Page, Loading, Problem } from '../../ui/page';
import { Button, LinkButton, Notice, SummaryList, Tag } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput } from '../../ui/fields';
import { useSubmit } from '../../ui/use-submit';
import { useFamily } from '../families/use-family';
import { formatDateWithDay, formatTime } from '../../../core/shared/dates';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../../../core/meetings/schema';
import { VENUE_KIND_LABELS } from '../../../core/meetings/venue';
import { meetingWarnings } from '../../../core/meetings/rules';
import { personName } from '../../../core/families/people';
import { bankHolidayCalendar } from '../../../core/dates/bank-holidays';
import { useTemplates } from '../templates/use-templates';

export function MeetingPage({ familyId, meetingId }: { familyId: string; meetingId: string }) {
  const { record, setRecord, problem } = useFamily(familyId);
  const templates = useTemplates();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, message, busy, submit, hasErrors } = useSubmit();

  if (problem) return <Page title="Meeting"><Problem message={problem} /></Page>;
  if (!record) return <Page title="Meeting"><Loading /></Page>;
  const meeting = record.meetings.find((m) => m.id === meetingId);
  if (!meeting) return <Page title="Meeting"><Problem message="We could not find that meeting." /></Page>;
  const warnings = meeting.status === 'planned' ? meetingWarnings(record, meeting, templates ? bankHolidayCalendar(templates.bankHolidays) : undefined) : [];

  const cancel = async () => {
    const value = await submit(() => api.meetings.cancel({ familyId, meetingId, reason }));
    if (value) {
      setRecord(value);
      setCancelling(false);
    }
  };

  return (
    <Page
      title={`${MEETING_KIND_LABELS[meeting.kind]}, ${formatDateWithDay(meeting.date)}`}
      caption={`Family ${record.reference}`}
      hasErrors={hasErrors}
      back={{ href: `/families/${familyId}`, label: 'Back to the family' }}
    >
      <ErrorSummary errors={errors} message={message} />
      {warnings.length > 0 && (
        <Notice tone="warning" title="Check this with the family">
          <ul className="list">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </Notice>
      )}
      <SummaryList
        rows={[
          { key: 'Status', value: <Tag tone={meeting.status === 'planned' ? 'blue' : meeting.status === 'finished' ? 'green' : 'grey'}>{MEETING_STATUS_LABELS[meeting.status]}</Tag> },
          { key: 'When', value: `${formatDateWithDay(meeting.date)}, ${formatTime(meeting.startTime)}${meeting.endTime ? ` to ${formatTime(meeting.endTime)}` : ''}` },
          { key: 'Where', value: `${meeting.venue} (${VENUE_KIND_LABELS[meeting.venueKind].toLowerCase()})` },
          { key: 'About', value: meeting.childIds.map((id) => personName(record, id)).join(', ') },
          { key: 'Chair', value: personName(record, meeting.chairId) },
          { key: 'Minutes', value: meeting.minuteTakerId === meeting.chairId ? `${personName(record, meeting.minuteTakerId)} (also chairing)` : personName(record, meeting.minuteTakerId) },
          ...(meeting.status === 'cancelled' ? [{ key: 'Why it was cancelled', value: meeting.cancelledReason }] : []),
        ]}
      />
      {meeting.status !== 'cancelled' && (
        <div className="button-group">
          <LinkButton href={`/families/${familyId}/meetings/${meetingId}/run`}>
            {meeting.status === 'planned' ? 'Get ready to chair' : meeting.status === 'in-progress' ? 'Carry on chairing' : 'After the meeting'}
          </LinkButton>
        </div>
      )}
      {meeting.status === 'planned' && (
        <div className="button-group">
          <LinkButton variant="secondary" href={`/families/${familyId}/meetings/${meetingId}/edit`}>Change the meeting</LinkButton>
          {!cancelling && <Button variant="secondary" onClick={() => setCancelling(true)}>Cancel the meeting</Button>}
        </div>
      )}
      {cancelling && (
        <form noValidate className="panel" onSubmit={(ev) => { ev.preventDefault(); void cancel(); }}>
          <TextInput path="reason" label="Why is the meeting cancelled?" value={reason} onChange={setReason} error={errors.reason} />
          <div className="button-group">
            <Button type="submit" variant="warning" disabled={busy}>Cancel the meeting</Button>
            <Button variant="secondary" onClick={() => setCancelling(false)}>Keep the meeting</Button>
          </div>
        </form>
      )}
    </Page>
  );
}
