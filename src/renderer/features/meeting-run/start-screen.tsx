// Before a planned meeting starts: what happens at it, what comes back from last time, services missing
// meetings, who to invite (when, how and each reply, shaped by last time), and the button to start.
import { useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { actionsToReview, lastTime } from '../../../core/agenda/carry-over';
import { nonAttendanceFlags } from '../../../core/attendance/flags';
import { promptContext } from '../../../core/prompts/context';
import { meetingGuidance } from '../../../core/prompts/prompts';
import { formatDate, formatDateWithDay, formatTime } from '../../../core/shared/dates';
import { Radios, fieldId } from '../../ui/fields';
import { appToday } from '../../clock';
import { timesWord } from '../../../core/agenda/build';
import { Invitations } from '../attendance/invitations';
import { FlagList } from '../attendance/follow-up';

export function StartScreen({ record, meeting, templates, onRecord }: { record: FamilyRecord; meeting: Meeting; templates: TemplateBundle; onRecord: (r: FamilyRecord) => void }) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const today = appToday();
  const otherDay = meeting.date !== today;
  const [heldOn, setHeldOn] = useState('');
  const [heldOnError, setHeldOnError] = useState<string>();
  const local = templates.local;
  const context = promptContext(record, meeting, local);
  const before = lastTime(record, meeting);
  const toReview = actionsToReview(record, meeting, { carriedOverFlagAt: local.carriedOverFlagAt });
  const flagged = toReview.filter((r) => r.flagged).length;
  const flags = nonAttendanceFlags(record, { before: meeting }, { local, prompts: templates.prompts });

  const start = async () => {
    if (otherDay && !heldOn) {
      setHeldOnError('Choose the date the meeting is held on');
      document.getElementById(fieldId('heldOn'))?.focus();
      return;
    }
    setBusy(true);
    const result = await api.meetings.start({ familyId: record.id, meetingId: meeting.id, ...(otherDay ? { heldOn } : {}) });
    setBusy(false);
    if (result.ok) onRecord(result.value);
    else setProblem(result.error.fields?.heldOn ?? result.error.message);
  };

  return (
    <div className="start-screen">
      <p className="inset">{meetingGuidance(meeting.kind, context, templates.prompts)}</p>
      <p>
        {formatTime(meeting.startTime)} at {meeting.venue}. The {local.teamName} meeting for {context.childNames}.
        You go through the agenda one item at a time; the app shows what you can say and what to check.
      </p>
      {problem && <Notice tone="problem">{problem}</Notice>}
      {before.meeting && (
        <section className="section" aria-labelledby="last-time-heading">
          <h2 className="heading-m" id="last-time-heading">From last time ({formatDate(before.meeting.date)})</h2>
          <ul className="list list--bullet">
            <li>
              {toReview.length} {toReview.length === 1 ? 'action' : 'actions'} still open to go through one by one
              {flagged ? `; ${flagged} carried over ${timesWord(local.carriedOverFlagAt)} or more` : ''}.
            </li>
            <li>{before.worries.length} {before.worries.length === 1 ? 'worry' : 'worries'} and {before.strengths.length} {before.strengths.length === 1 ? 'thing' : 'things'} going well to look at again.</li>
            <li>{before.ratings.length} outcome {before.ratings.length === 1 ? 'rating' : 'ratings'} to compare with this time.</li>
          </ul>
        </section>
      )}
      {flags.length > 0 && (
        <section className="section" aria-labelledby="flags-heading">
          <h2 className="heading-m" id="flags-heading">Missing meetings</h2>
          <FlagList flags={flags} record={record} templates={templates} onRecord={onRecord} />
        </section>
      )}
      <Invitations record={record} meeting={meeting} templates={templates} onRecord={onRecord} />
      {otherDay && (
        <Radios
          path="heldOn"
          label="Which date is the meeting held on?"
          hint={`It was planned for ${formatDateWithDay(meeting.date)}. Today is ${formatDateWithDay(today)}. The date you choose is the meeting’s date in every document.`}
          value={heldOn}
          error={heldOnError}
          onChange={(v) => { setHeldOn(v); setHeldOnError(undefined); }}
          options={[
            { value: today, label: `Today, ${formatDateWithDay(today)}` },
            { value: meeting.date, label: `The planned date, ${formatDateWithDay(meeting.date)}`, hint: 'For example, when you are writing up a meeting held that day.' },
          ]}
        />
      )}
      <div className="button-group">
        <Button onClick={() => void start()} disabled={busy}>Start the meeting</Button>
      </div>
    </div>
  );
}
