// What the meeting skipped, named one by one (actions from last time not reviewed, outcomes not rated),
// and the chair's one choice for them: carry them all forward to the next meeting, or a reason.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Radios, TextArea } from '../../ui/fields';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import { skippedItems } from '../../../core/meetings/skipped';
import { NOT_LOOKED_AT } from '../../../core/actions/schema';
import { carriedDateWords } from '../../../core/meetings/closing-check';
import type { Draft } from './closing-fields';

export function SkippedChoice({ record, meeting, draft, onDraft, onRecord }: {
  record: FamilyRecord;
  meeting: Meeting;
  /** The closing details as they stand on screen (saved together, so nothing typed elsewhere is lost). */
  draft: Draft;
  onDraft: (d: Draft) => void;
  onRecord: (r: FamilyRecord) => void;
}) {
  const { actions, outcomes } = skippedItems(record, meeting);
  const [reason, setReason] = useState(draft.skippedReason ?? '');
  useEffect(() => setReason(draft.skippedReason ?? ''), [meeting.closingDraft?.skippedReason]); // eslint-disable-line react-hooks/exhaustive-deps
  const { save, status, errors } = usePanelSave(onRecord);
  if (actions.length === 0 && outcomes.length === 0) return null;

  const persist = (next: Draft) => {
    onDraft(next);
    void save(() => api.meetings.saveClosing({ familyId: record.id, meetingId: meeting.id, closing: next }), next.skipped === 'carry-forward' ? 'Saved: they will be carried forward when you finish.' : 'Saved.');
  };

  return (
    <section className="panel skipped" aria-labelledby="skipped-heading">
      <h4 className="heading-s" id="skipped-heading">Not looked at in this meeting</h4>
      {actions.length > 0 && (
        <>
          <p>{actions.length === 1 ? 'This action from last time was' : `These ${actions.length} actions from last time were`} not reviewed:</p>
          <ul className="list list--bullet" aria-label="Actions not reviewed">{actions.map((a) => <li key={a.id}>{a.text}</li>)}</ul>
        </>
      )}
      {outcomes.length > 0 && (
        <>
          <p>{outcomes.length === 1 ? 'This outcome was' : `These ${outcomes.length} outcomes were`} not rated:</p>
          <ul className="list list--bullet" aria-label="Outcomes not rated">{outcomes.map((o) => <li key={o.id}>{o.text}</li>)}</ul>
        </>
      )}
      <Radios
        path="closing.skipped"
        label="What happens to them?"
        value={draft.skipped ?? ''}
        small
        options={[
          { value: 'carry-forward', label: 'Carry them all forward to the next meeting', hint: `Each action stays in the plan, noted “${NOT_LOOKED_AT}”; each outcome is rated next time.${carriedDateWords(actions, meeting)}` },
          { value: 'reason', label: 'Finish without them, and say why' },
        ]}
        onChange={(v) => persist({ ...draft, skipped: v as Draft['skipped'], skippedReason: v === 'reason' ? reason : '' })}
      />
      {draft.skipped === 'reason' && (
        <div onBlur={() => { if (reason !== (meeting.closingDraft?.skippedReason ?? '')) persist({ ...draft, skippedReason: reason }); }}>
          <TextArea
            path="closing.skippedReason"
            label="Why are you finishing without them?"
            hint="For example: we ran out of time; Lena will go through them with each person this week."
            rows={2}
            value={reason}
            error={errors['closing.skippedReason']}
            onChange={(v) => { setReason(v); onDraft({ ...draft, skippedReason: v }); }}
          />
        </div>
      )}
      <SaveStatus state={status} />
    </section>
  );
}
