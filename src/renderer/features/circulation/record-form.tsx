// "Record a copy as sent" for one person: which version, how (email, post, by hand), when (now by
// default), and — for an agency the family excluded — the reason it is being sent anyway, which is kept.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { Radios, TextArea, TextInput } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import { useSubmit } from '../../ui/use-submit';
import type { Output } from '../../../api';
import { SEND_METHODS, SEND_METHOD_LABELS, SEND_METHOD_PHRASES, type DocumentKind } from '../../../core/circulation/schema';
import type { Meeting } from '../../../core/meetings/schema';
import { kindLabel } from '../documents/words';

type List = Output<'circulation', 'list'>;
type Row = List['rows'][number];
type How = (typeof SEND_METHODS)[number];

/** How the family's copy was planned at the meeting, else email when there is an address, else post. */
function defaultHow(row: Row, meeting: Meeting): How {
  const planned = meeting.closing?.familyPlanDelivery;
  if (row.kind === 'family' && planned && planned !== 'at-meeting') return planned;
  return row.email ? 'email' : 'post';
}

export function RecordForm({ familyId, meeting, row, today, planName, onDone, onCancel }: {
  familyId: string;
  meeting: Meeting;
  row: Row;
  today: string;
  planName: string;
  onDone: (reply: Output<'circulation', 'record'>, message: string) => void;
  onCancel: () => void;
}) {
  const [version, setVersion] = useState<DocumentKind>(row.version);
  const [how, setHow] = useState<How>(defaultHow(row, meeting));
  const [sentOn, setSentOn] = useState(today);
  const [sentTime, setSentTime] = useState('');
  const [reason, setReason] = useState('');
  const { errors, message, busy, submit } = useSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [row.personId]);

  const save = async () => {
    const reply = await submit(() => api.circulation.record({
      familyId, meetingId: meeting.id, personId: row.personId, version, how,
      sentOn: sentOn || undefined, sentTime: sentTime.trim() || undefined,
      excludedOverrideReason: row.excluded ? reason : '',
    }));
    if (reply) onDone(reply, `Recorded: ${kindLabel(version, planName).toLowerCase()} sent to ${row.name} ${SEND_METHOD_PHRASES[how]}.`);
  };

  return (
    <form noValidate className="panel circulation-form" aria-labelledby="record-heading" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3 className="heading-s" id="record-heading" tabIndex={-1} ref={headingRef}>Record a copy sent to {row.name}</h3>
      <ErrorSummary errors={errors} message={message} />
      {row.excluded && (
        <Notice tone="warning" title={row.excluded.kind === 'excluded-by-family' ? `${row.excluded.agency} is not to be sent information` : 'No consent in force'}>
          <p>{row.excluded.message} You can only record a copy sent to {row.name} with a reason. The reason is kept on the record.</p>
        </Notice>
      )}
      {row.versions.length > 1 ? (
        <Radios
          path="version"
          label="Which version did they get?"
          value={version}
          onChange={(v) => setVersion(v as DocumentKind)}
          options={row.versions.map((v) => ({ value: v, label: kindLabel(v, planName), hint: v === row.version ? 'The version meant for them' : undefined }))}
          error={errors.version}
        />
      ) : (
        <p>They get the {kindLabel(row.version, planName).toLowerCase()}. The meeting record is for professionals only.</p>
      )}
      <Radios path="how" label="How was it sent?" inline value={how} onChange={(v) => setHow(v as How)} options={SEND_METHODS.map((m) => ({ value: m, label: SEND_METHOD_LABELS[m] }))} error={errors.how} />
      <DateInput path="sentOn" label="When was it sent?" hint="For example, 23 11 2026" value={sentOn} onChange={setSentOn} error={errors.sentOn} />
      <TextInput path="sentTime" label="Time (optional)" hint="For example, 14:30. Leave it empty if it was sent just now." width="short" value={sentTime} onChange={setSentTime} error={errors.sentTime} />
      {row.excluded && (
        <TextArea path="excludedOverrideReason" label="Why are you sending it anyway?" hint="For example, the family has since agreed to it. Say who agreed and when." rows={3} value={reason} onChange={setReason} error={errors.excludedOverrideReason} />
      )}
      <div className="button-group">
        <Button type="submit" disabled={busy}>Record as sent</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
