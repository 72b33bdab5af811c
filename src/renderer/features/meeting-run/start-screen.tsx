// Before a planned meeting starts: what happens at this kind of meeting, who to invite (shaped by
// last time's attendance), what comes back from last time, and the button to start.
import { useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice, Tag } from '../../ui/bits';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { suggestInvitations } from '../../../core/attendance/invitations';
import { actionsToReview, lastTime } from '../../../core/agenda/carry-over';
import { promptContext } from '../../../core/prompts/context';
import { meetingGuidance } from '../../../core/prompts/prompts';
import { formatDate } from '../../../core/shared/dates';

export function StartScreen({ record, meeting, templates, onRecord }: { record: FamilyRecord; meeting: Meeting; templates: TemplateBundle; onRecord: (r: FamilyRecord) => void }) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const context = promptContext(record, meeting, templates.local);
  const invitations = suggestInvitations(record, meeting, { local: templates.local });
  const before = lastTime(record, meeting);
  const toReview = actionsToReview(record, meeting, { carriedOverFlagAt: templates.local.carriedOverFlagAt });

  const start = async () => {
    setBusy(true);
    const result = await api.meetings.start({ familyId: record.id, meetingId: meeting.id });
    setBusy(false);
    if (result.ok) onRecord(result.value);
    else setProblem(result.error.message);
  };

  return (
    <div className="start-screen">
      <p className="inset">{meetingGuidance(meeting.kind, context, templates.prompts)}</p>
      {problem && <Notice tone="problem">{problem}</Notice>}
      {before.meeting && (
        <section className="section" aria-labelledby="last-time-heading">
          <h2 className="heading-m" id="last-time-heading">From last time ({formatDate(before.meeting.date)})</h2>
          <ul className="list list--bullet">
            <li>{toReview.length} {toReview.length === 1 ? 'action' : 'actions'} still open to go through one by one{toReview.some((r) => r.flagged) ? ', some carried over more than once' : ''}.</li>
            <li>{before.worries.length} {before.worries.length === 1 ? 'worry' : 'worries'} and {before.strengths.length} {before.strengths.length === 1 ? 'thing' : 'things'} going well to look at again.</li>
            <li>{before.ratings.length} outcome {before.ratings.length === 1 ? 'rating' : 'ratings'} to compare with this time.</li>
          </ul>
        </section>
      )}
      <section className="section" aria-labelledby="invite-heading">
        <h2 className="heading-m" id="invite-heading">Who to invite</h2>
        <table className="table">
          <caption className="visually-hidden">People to invite, with what happened last time</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Last time</th></tr></thead>
          <tbody>
            {invitations.map((s) => (
              <tr key={s.personId}>
                <td>{s.name}{s.alreadyInvited && <> <Tag tone="green">Invited</Tag></>}</td>
                <td>{s.role}{s.agency ? `, ${s.agency}` : ''}</td>
                <td>{s.notes.join(' ') || <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="button-group">
        <Button onClick={() => void start()} disabled={busy}>Start the meeting</Button>
      </div>
    </div>
  );
}
