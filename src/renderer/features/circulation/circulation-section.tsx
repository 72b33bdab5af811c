// "Who has been sent the record" after a meeting: everyone in the team and the family, at the meeting
// or not, the version meant for each, the family's consent, copies sent, and recording a new one.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice, Tag } from '../../ui/bits';
import { currentPath, queryParam } from '../../router';
import type { Output } from '../../../api';
import { SEND_METHOD_LABELS } from '../../../core/circulation/schema';
import { formatDate, formatTime } from '../../../core/shared/dates';
import { londonParts } from '../../../core/circulation/london-time';
import type { FinishedSection } from '../meeting-run/finished-sections';
import { useAppInfo } from '../documents/use-app-info';
import { kindLabel } from '../documents/words';
import { RecordForm } from './record-form';

type List = Output<'circulation', 'list'>;
type Row = List['rows'][number];

function sentLine(entry: Row['sent'][number], planName: string): string {
  const at = londonParts(entry.sentAt);
  return `${kindLabel(entry.version, planName)}, ${SEND_METHOD_LABELS[entry.how].toLowerCase()}, ${formatDate(at.date)} at ${formatTime(at.time)}`;
}

export const CirculationSection: FinishedSection = ({ record, meeting, templates }) => {
  const info = useAppInfo();
  const planName = templates.local.planName;
  const [list, setList] = useState<List>();
  const [problem, setProblem] = useState<string>();
  const [recording, setRecording] = useState<string>();
  const [done, setDone] = useState<string>();
  const [current, setCurrent] = useState(meeting);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let live = true;
    void api.circulation.list({ familyId: record.id, meetingId: meeting.id }).then((r) => {
      if (!live) return;
      if (r.ok) setList(r.value);
      else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [record.id, meeting.id]);

  useEffect(() => {
    if (list && queryParam(currentPath(), 'to') === 'circulation') {
      headingRef.current?.scrollIntoView({ block: 'start' });
      headingRef.current?.focus();
    }
  }, [!!list]); // eslint-disable-line react-hooks/exhaustive-deps

  if (problem) return <section className="section"><Notice tone="problem">{problem}</Notice></section>;
  const row = list?.rows.find((r) => r.personId === recording);
  const plan = list?.familyPlan?.meetingId === meeting.id ? list.familyPlan : undefined;
  const family = list?.rows.filter((r) => r.kind === 'family') ?? [];
  const team = list?.rows.filter((r) => r.kind === 'team') ?? [];

  const table = (rows: Row[], caption: string) => (
    <table className="table circulation">
      <caption className="circulation__caption">{caption}</caption>
      <thead>
        <tr><th scope="col">Who</th><th scope="col">At the meeting</th><th scope="col">Gets</th><th scope="col">Sent</th><th scope="col"><span className="visually-hidden">Record</span></th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.personId} className={r.excluded ? 'circulation__row--excluded' : undefined}>
            <td>
              <strong>{r.name}</strong>
              <br /><span className="muted">{[r.role, r.agency].filter(Boolean).join(', ')}{r.leftTeam ? ' (has left the team)' : ''}</span>
              {r.note && <><br /><span className="muted">{r.note}</span></>}
              {r.excluded && <p className="circulation__excluded"><Tag tone="red">{r.excluded.kind === 'no-consent' ? 'No consent' : 'Family said no'}</Tag> {r.excluded.message}</p>}
            </td>
            <td>{r.attendance}</td>
            <td>{kindLabel(r.version, planName)}</td>
            <td>
              {r.sent.length === 0 ? <span className="muted">Not yet</span> : (
                <ul className="circulation__sent">
                  {r.sent.map((s) => (
                    <li key={s.id}>
                      <Tag tone="green">Sent</Tag> {sentLine(s, planName)}
                      {s.excludedOverrideReason && <span className="circulation__reason">Reason given: {s.excludedOverrideReason}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <Button variant="secondary" onClick={() => { setDone(undefined); setRecording(r.personId); }} disabled={recording === r.personId}>
                Record as sent<span className="visually-hidden"> to {r.name}</span>
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const form = list && row && info && (
    <RecordForm
      key={row.personId}
      familyId={record.id}
      meeting={current}
      row={row}
      today={info.today}
      planName={planName}
      onCancel={() => setRecording(undefined)}
      onDone={(reply, message) => {
        setList(reply.list);
        setCurrent(reply.record.meetings.find((m) => m.id === meeting.id) ?? current);
        setRecording(undefined);
        setDone(message);
        requestAnimationFrame(() => doneRef.current?.focus());
      }}
    />
  );

  return (
    <section className="section circulation-section" aria-labelledby="circulation-heading">
      <h2 className="heading-m" id="circulation-heading" tabIndex={-1} ref={headingRef}>Who has been sent the record</h2>
      <p>
        Send the record to everyone in the team and the {planName} to the family — including anyone who did not come.
        TAC Chair does not send anything itself: send each copy in the usual secure way, then record it here.
      </p>
      {!list && <p className="loading" role="status">Loading the circulation list…</p>}
      {plan && plan.state !== 'sent' && (
        <Notice tone={plan.state === 'overdue' ? 'warning' : 'info'} title={plan.title}>
          <p>{plan.detail}</p>
        </Notice>
      )}
      {plan?.state === 'sent' && <Notice tone="success" title={plan.title}><p>{plan.detail}</p></Notice>}
      {list && list.excludedAgencies.length > 0 && (
        <div className="inset circulation__consent">
          <p><strong>Consent:</strong> the family asked that {list.excludedAgencies.join(', ')} {list.excludedAgencies.length === 1 ? 'is' : 'are'} not sent information.</p>
          <p>A copy for them can only be recorded with a reason, which is kept.</p>
        </div>
      )}
      {list && !list.consentInForce && (
        <Notice tone="warning" title="There is no consent in force to share information">
          <p>Check with the family before sending the record to anyone outside your service. A copy for a professional can only be recorded with a reason.</p>
        </Notice>
      )}
      <p className="circulation__done" role="status" tabIndex={-1} ref={doneRef}>{done}</p>
      {list && family.length > 0 && table(family, 'The family')}
      {list && family.length === 0 && <p>There is no family member on the record to send the {planName} to. Add the parents or carers on the family page.</p>}
      {row?.kind === 'family' && form}
      {list && team.length > 0 && table(team, 'The team')}
      {row?.kind === 'team' && form}
    </section>
  );
};
