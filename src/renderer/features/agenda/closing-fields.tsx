// Closing details filled in during the meeting (how the family gets the plan, why their view is missing,
// how their views were brought in if none came), kept on the meeting as they are typed so nothing is lost.
import { useState } from 'react';
import { useOwnSaves } from '../../ui/use-own-saves';
import { api } from '../../api-client';
import { Radios, TextArea } from '../../ui/fields';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import { FAMILY_PLAN_DELIVERY } from '../../../core/meetings/schema';
import type { LocalWords } from '../../../core/prompts/local';

export type Draft = NonNullable<Meeting['closingDraft']>;
export type ClosingField = 'delivery' | 'missingReason' | 'absentViews';

/** How the family gets the plan, in words; "by hand" names what families call their lead professional. */
export function deliveryLabel(how: (typeof FAMILY_PLAN_DELIVERY)[number], local: Pick<LocalWords, 'keyPerson'>): string {
  const words: Record<(typeof FAMILY_PLAN_DELIVERY)[number], string> = {
    email: 'By email',
    post: 'By post',
    'by-hand': `By hand, from their ${local.keyPerson}`,
    'at-meeting': 'Given to them at this meeting',
  };
  return words[how];
}

export function savedDraft(meeting: Meeting): Draft {
  return canonical(meeting.closingDraft ?? { familyViewMissingReason: '', familyAbsentViews: '' });
}

/** The same draft always written the same way, so drafts can be compared as text. */
function canonical(d: Draft): Draft {
  return {
    ...(d.familyPlanDelivery ? { familyPlanDelivery: d.familyPlanDelivery } : {}),
    familyViewMissingReason: d.familyViewMissingReason,
    familyAbsentViews: d.familyAbsentViews,
    ...(d.skipped ? { skipped: d.skipped } : {}),
    ...(d.skippedReason ? { skippedReason: d.skippedReason } : {}),
  };
}

export function planWord(meeting: Pick<Meeting, 'kind'>, local: LocalWords): string {
  return meeting.kind === 'closing' ? 'closing summary' : local.planName;
}

export function ClosingFields({ record, meeting, local, onRecord, fields, onDraft, shared }: {
  record: FamilyRecord;
  meeting: Meeting;
  local: LocalWords;
  onRecord: (r: FamilyRecord) => void;
  fields: ClosingField[];
  /** Told of every change as it is typed, so a live check can follow. */
  onDraft?: (draft: Draft) => void;
  /** The closing details as the whole panel holds them: choices made elsewhere (what was skipped) are kept. */
  shared?: Draft;
}) {
  const saved = savedDraft(meeting);
  const [draft, setDraft] = useState<Draft>(saved);
  const signature = JSON.stringify(saved);
  const sending = useOwnSaves(signature, () => setDraft(saved));
  const { save, status, errors } = usePanelSave(onRecord);
  // The skipped choice is made in its own panel: never send back an older copy of it.
  const others = shared ?? saved;
  const withOthers = (d: Draft): Draft => ({ ...d, skipped: others.skipped, skippedReason: others.skippedReason });
  const change = (next: Draft) => {
    setDraft(next);
    onDraft?.(withOthers(next));
  };
  const persist = async (draftNow: Draft) => {
    const next = canonical(withOthers(draftNow));
    if (JSON.stringify(next) === signature) return;
    sending(JSON.stringify(next));
    await save(() => api.meetings.saveClosing({ familyId: record.id, meetingId: meeting.id, closing: next }), 'Saved.');
  };
  const family = record.members.length > 0 ? 'the family' : 'the child or young person';

  return (
    <div className="closing-fields">
      {fields.includes('absentViews') && (
        <div onBlur={() => void persist(draft)}>
          <TextArea
            path="closing.familyAbsentViews"
            label={`No one from the family is here. How were their views brought in, and who will talk the ${planWord(meeting, local)} through with them?`}
            hint="For example: Lena saw Dawn at home on Monday and read out what she said. Lena will visit on Friday with the plan."
            rows={3}
            value={draft.familyAbsentViews}
            error={errors['closing.familyAbsentViews']}
            onChange={(v) => change({ ...draft, familyAbsentViews: v })}
          />
        </div>
      )}
      {fields.includes('delivery') && (
        <Radios
          path="closing.familyPlanDelivery"
          label={`How will ${family} get the ${planWord(meeting, local)}?`}
          hint={`Aim to send it within ${local.familyPlanWithinWorkingDays} working days.`}
          value={draft.familyPlanDelivery ?? ''}
          small
          options={FAMILY_PLAN_DELIVERY.map((d) => ({ value: d, label: deliveryLabel(d, local) }))}
          onChange={(v) => {
            const next = { ...draft, familyPlanDelivery: v as Draft['familyPlanDelivery'] };
            change(next);
            void persist(next);
          }}
        />
      )}
      {fields.includes('missingReason') && (
        <div onBlur={() => void persist(draft)}>
          <TextArea
            path="closing.familyViewMissingReason"
            label="The family’s view is not written down. Why not?"
            hint="For example: Dawn did not want to speak today; Lena will ask her at home."
            rows={2}
            value={draft.familyViewMissingReason}
            error={errors['closing.familyViewMissingReason']}
            onChange={(v) => change({ ...draft, familyViewMissingReason: v })}
          />
        </div>
      )}
      <SaveStatus state={status} />
    </div>
  );
}
