// Reviewing one action from last time: what, who, by when, carry-overs (flagged), owner not here,
// and what happened — done, partly done, not done (with the reason), no longer needed, carried forward, waiting.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Button, SummaryList, Tag } from '../../ui/bits';
import { Radios, TextArea } from '../../ui/fields';
import type { PanelProps } from '../meeting-run/panel';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import { REVIEW_RESULTS, REVIEW_RESULT_LABELS, ACTION_STATUS_LABELS, needsNewDate, type ReviewResult } from '../../../core/actions/schema';
import { carryOverCount } from '../../../core/agenda/carry-over';
import { timesWord } from '../../../core/agenda/build';
import { ownerNotHere } from '../../../core/attendance/presence';
import { attendanceComplete, isRecorded } from '../attendance/people';
import { personName } from '../../../core/families/people';
import { addDays, formatDate } from '../../../core/shared/dates';
import { fieldId } from '../../ui/fields';
import { NewDateLine, readNewDate } from './new-date-line';
import { WaitingFields, readWaiting } from './waiting-fields';

const RESULT_HINTS: Record<ReviewResult, string> = {
  done: 'It happened.',
  'partly-done': 'Some of it happened. It stays in the plan.',
  'not-done': 'It did not happen. Say what got in the way.',
  'no-longer-needed': 'Things have changed, so it is not needed now.',
  'carried-forward': 'It is still needed. It stays in the plan for next time.',
  waiting: 'It is waiting for a service to start (a waiting list). Say since when.',
};

export function ActionReviewPanel({ record, meeting, item, templates, onRecord }: PanelProps) {
  const action = record.actions.find((a) => a.id === item.actionId);
  const existing = meeting.actionReviews.find((r) => r.actionId === item.actionId);
  const [result, setResult] = useState<ReviewResult | ''>(existing?.result ?? '');
  const [reason, setReason] = useState(existing?.reason ?? '');
  const dateWords = (r?: typeof existing) => (r?.newDueDate ? formatDate(r.newDueDate) : '');
  const [newDate, setNewDate] = useState(dateWords(existing));
  const [since, setSince] = useState(existing?.waitingSince ? formatDate(existing.waitingSince) : '');
  const [start, setStart] = useState(existing?.expectedStart ? formatDate(existing.expectedStart) : '');
  const signature = JSON.stringify(existing ?? null);
  useEffect(() => {
    setResult(existing?.result ?? '');
    setReason(existing?.reason ?? '');
    setNewDate(dateWords(existing));
    setSince(existing?.waitingSince ? formatDate(existing.waitingSince) : '');
    setStart(existing?.expectedStart ? formatDate(existing.expectedStart) : '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, item.id]);
  const { save, status, errors, busy, setErrors } = usePanelSave(onRecord);
  if (!action) return <p className="muted">This action is no longer in the plan.</p>;

  const owner = personName(record, action.ownerId, action.ownerName || 'No one named');
  const ownerTeam = record.team.find((t) => t.id === action.ownerId);
  const carried = item.carriedOver ?? carryOverCount(record, action.id, meeting);
  const flagged = carried >= templates.local.carriedOverFlagAt;
  const absent = isRecorded(meeting, action.ownerId) || attendanceComplete(record, meeting) ? ownerNotHere(action, meeting) : undefined;
  const ownerEntry = meeting.attendance.find((a) => a.personId === action.ownerId);
  const from = record.meetings.find((m) => m.id === action.createdInMeetingId);
  const outcome = record.episodes.flatMap((e) => e.outcomes).find((o) => o.id === action.outcomeId);
  const overdue = action.dueDate && action.dueDate < meeting.date;
  // The date it had when this meeting first looked at it (a new date given here replaces it on the action).
  const was = existing?.previousDueDate ?? action.dueDate;
  const asksDate = needsNewDate(action, result, meeting.date, existing?.previousDueDate);
  const reading = readNewDate(newDate, meeting, templates);
  const wait = readWaiting(since, start, meeting, templates);

  const submit = async () => {
    if (!result) {
      setErrors({ 'review.result': 'Choose what happened with this action' });
      return;
    }
    if (result === 'waiting' && (!wait.since.date || wait.since.problem)) {
      setErrors({ 'review.waitingSince': wait.since.problem ?? 'Say since when it has been waiting, like “3 November”' });
      document.getElementById(fieldId('review.waitingSince'))?.focus();
      return;
    }
    if (result === 'waiting' && wait.start.text.trim() && (!wait.start.date || wait.start.problem)) {
      setErrors({ 'review.expectedStart': wait.start.problem ?? 'We could not read a date from that. Try something like “5 January”, or leave it empty.' });
      document.getElementById(fieldId('review.expectedStart'))?.focus();
      return;
    }
    const waited: { waitingSince?: string; expectedStart?: string } = result === 'waiting' ? { waitingSince: wait.since.date, ...(wait.start.date ? { expectedStart: wait.start.date } : {}) } : {};
    // What happened is kept even before the new date is agreed: the closing check asks for the date.
    const undated = asksDate && (!reading.date || !!reading.problem);
    const dated = asksDate && !undated && reading.date ? { newDueDate: reading.date } : {};
    const saved = await save(
      () => api.actions.review({ familyId: record.id, meetingId: meeting.id, review: { actionId: action.id, result, reason, ...dated, ...waited } }),
      `Saved: ${REVIEW_RESULT_LABELS[result]}.${dated.newDueDate ? ` Now by ${formatDate(dated.newDueDate)}.` : ''}${waited.waitingSince ? ` Waiting since ${formatDate(waited.waitingSince)}.` : ''}${result === 'not-done' && !reason.trim() ? ' Say why it was not done when you can: the closing check asks for it.' : ''}${undated ? ' Say by when it will be done now when you can: the closing check asks for it.' : ''}`,
    );
    if (saved && undated) {
      setErrors({ 'review.newDueDate': reading.problem ?? `Its date has passed: say by when it will be done now, like “${formatDate(addDays(meeting.date, 21))}”` });
      document.getElementById(fieldId('review.newDueDate'))?.focus();
    }
  };

  return (
    <section className="panel-block" aria-labelledby="review-heading">
      <h3 className="heading-m" id="review-heading">The action</h3>
      <div className="tags">
        {flagged && <Tag tone="red">Carried over {timesWord(carried)}: talk about what is in the way</Tag>}
        {absent && <Tag tone="yellow">{absent.label}</Tag>}
      </div>
      <SummaryList
        rows={[
          { key: 'What', value: action.text },
          { key: 'Who', value: `${owner}${ownerTeam ? ` (${ownerTeam.role}, ${ownerTeam.agency})` : action.agency ? ` (${action.agency})` : ''}` },
          {
            key: 'By when',
            value: existing?.newDueDate && was
              ? `Was due ${formatDate(was)}, now by ${formatDate(existing.newDueDate)}`
              : action.dueDate ? `${formatDate(action.dueDate)}${overdue ? ' (this date has passed)' : ''}` : 'No date was set',
          },
          { key: 'Agreed', value: from ? `At the meeting on ${formatDate(from.date)}` : `On ${formatDate(action.createdAt.slice(0, 10))}` },
          { key: 'Carried over', value: carried === 0 ? 'Not yet: this is its first review' : `${timesWord(carried).replace(/^./, (c) => c.toUpperCase())} already` },
          { key: 'Where it stands', value: ACTION_STATUS_LABELS[action.status] },
          ...(outcome ? [{ key: 'It is for', value: `${outcome.text}. Done is not the same as better: ask about this under “Is this better for you?”.` }] : []),
          ...(ownerEntry?.status === 'written-update' ? [{ key: 'Their written update', value: ownerEntry.writtenUpdate }] : []),
        ]}
      />
      <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Radios
          path="review.result"
          label="What happened?"
          value={result}
          onChange={(v) => setResult(v as ReviewResult)}
          error={errors['review.result']}
          options={REVIEW_RESULTS.map((r) => ({ value: r, label: REVIEW_RESULT_LABELS[r], hint: RESULT_HINTS[r] }))}
        />
        <TextArea
          path="review.reason"
          label={result === 'not-done' ? 'Why was it not done?' : result === 'carried-forward' || result === 'partly-done' ? 'What still needs to happen? (optional)' : 'Anything to add? (optional)'}
          rows={2}
          hint={result === 'not-done' && !reason.trim() ? 'If you do not know yet, save without it: the closing check asks for it.' : undefined}
          value={reason}
          onChange={setReason}
          error={errors['review.reason']}
        />
        {result === 'waiting' && (
          <WaitingFields
            since={wait.since}
            start={wait.start}
            onSince={(t) => { setSince(t); setErrors({ ...errors, 'review.waitingSince': '' }); }}
            onStart={(t) => { setStart(t); setErrors({ ...errors, 'review.expectedStart': '' }); }}
            errors={errors}
          />
        )}
        {asksDate && was && <NewDateLine was={was} value={reading} onChange={(t) => { setNewDate(t); setErrors({ ...errors, 'review.newDueDate': '' }); }} error={errors['review.newDueDate'] || undefined} />}
        <div className="button-group">
          <Button type="submit" disabled={busy}>Save what happened</Button>
        </div>
        <SaveStatus state={status} />
      </form>
    </section>
  );
}
