// The closing check and Finish: actions named and dated, next meeting set, the family's and children's
// views, everyone asked, the plan's delivery; finishing with checks unmet needs a reason, which is kept.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import { Checkbox, TextArea } from '../../ui/fields';
import type { PanelProps } from '../meeting-run/panel';
import { usePanelSave, SaveStatus, panelSavesDone } from '../meeting-run/use-panel-save';
import { minutesStore } from '../minutes/minutes-store';
import { SkippedChoice } from './skipped-choice';
import { HarmReasons } from './harm-reasons';
import { ClosingFields, savedDraft, type ClosingField, type Draft } from './closing-fields';
import { closingCheck, type ClosingCheck, type ClosingCheckKey } from '../../../core/meetings/closing-check';
import { personName } from '../../../core/families/people';
import { ASKABLE } from '../attendance/person-row';
import { appToday } from '../../clock';
import { needsNewDate } from '../../../core/actions/schema';

/** Where on the agenda each check is put right. */
const FIX_AT: Partial<Record<ClosingCheckKey, { key: string; label: string }>> = {
  'actions-named-and-dated': { key: 'new-actions', label: 'Go to the new actions' },
  'next-meeting-set': { key: 'next-meeting', label: 'Go to the next meeting' },
  'family-view': { key: 'family-view', label: 'Go to the family’s view' },
  'child-views': { key: 'child-view', label: 'Go to hearing from the children' },
  'attendance-details': { key: 'introductions', label: 'Go to who is here' },
  'review-reasons': { key: 'action-review', label: 'Go to the action' },
  'review-dates': { key: 'action-review', label: 'Go to the action' },
  skipped: { key: 'review-actions', label: 'Go to the actions from last time' },
};

function CheckLine({ check, fix }: { check: ClosingCheck; fix?: () => void }) {
  return (
    <li className={`check ${check.met ? 'check--met' : 'check--unmet'}`}>
      <span className="check__mark">{check.met ? <><span aria-hidden="true">✓</span> Done</> : <><span aria-hidden="true">!</span> To do</>}</span>
      <div className="check__body">
        <p className="check__label">{check.label}</p>
        <p className="check__detail">{check.detail}</p>
        {!check.met && fix && FIX_AT[check.key] && <Button variant="link" onClick={fix}>{FIX_AT[check.key]!.label}</Button>}
      </div>
    </li>
  );
}

export function ClosingPanel({ record, meeting, templates, onRecord, goTo }: PanelProps) {
  const [draft, setDraft] = useState<Draft>(savedDraft(meeting));
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLDivElement>(null);
  const { save, status, errors, busy, setErrors, setBusy } = usePanelSave(onRecord);
  const asked = usePanelSave(onRecord);
  const signature = JSON.stringify(meeting.closingDraft ?? null);
  useEffect(() => setDraft(savedDraft(meeting)), [signature]); // eslint-disable-line react-hooks/exhaustive-deps

  const today = appToday();
  const local = templates.local;
  const checks = closingCheck(record, meeting, { today, closing: draft, local });
  const unmet = checks.filter((c) => !c.met);
  const viewFromNotes = closingCheck(record, meeting, { today, closing: { ...draft, familyViewMissingReason: '' }, local }).find((c) => c.key === 'family-view')!.met;
  const absentApplies = checks.find((c) => c.key === 'family-absent-views')!.applies;
  const fields: ClosingField[] = [...(absentApplies ? (['absentViews'] as const) : []), 'delivery', ...(viewFromNotes ? [] : (['missingReason'] as const))];
  const notAsked = meeting.attendance.filter((a) => ASKABLE.includes(a.status) && !a.askedForView);
  const fixFor = (c: ClosingCheck) => {
    if (c.key === 'review-reasons' || c.key === 'review-dates') {
      const first = meeting.actionReviews.find((r) => c.key === 'review-reasons'
        ? r.result === 'not-done' && !r.reason.trim()
        : !r.newDueDate && needsNewDate(record.actions.find((a) => a.id === r.actionId) ?? {}, r.result, meeting.date, r.previousDueDate));
      const item = first && meeting.agenda.find((i) => i.actionId === first.actionId);
      return item && goTo ? () => goTo(item.id) : undefined;
    }
    const key = FIX_AT[c.key]?.key;
    const target = key && (meeting.agenda.find((i) => i.key === key) ?? (key === 'child-view' ? meeting.agenda.find((i) => i.key === 'introductions') : undefined));
    return target && goTo ? () => goTo(target.id) : undefined;
  };

  const finish = async () => {
    if (unmet.length > 0 && !askingReason) {
      setAskingReason(true);
      requestAnimationFrame(() => reasonRef.current?.querySelector('textarea')?.focus());
      return;
    }
    // A choice ticked or words typed a moment ago are saved before the meeting is finished.
    setBusy(true);
    await minutesStore(record.id, meeting.id).flush().catch(() => undefined);
    await panelSavesDone();
    const value = await save(
      () => api.meetings.finish({
        familyId: record.id,
        meetingId: meeting.id,
        ...(draft.familyPlanDelivery ? { familyPlanDelivery: draft.familyPlanDelivery } : {}),
        familyViewMissingReason: draft.familyViewMissingReason,
        familyAbsentViews: draft.familyAbsentViews,
        ...(draft.skipped ? { skipped: draft.skipped, skippedReason: draft.skippedReason ?? '' } : {}),
        ...(unmet.length > 0 || askingReason ? { overrideReason: reason } : {}),
      }),
      'The meeting has finished.',
      (v) => v.record,
    );
    if (!value) setAskingReason(true);
    else window.scrollTo(0, 0);
  };

  return (
    <section className="panel-block closing-panel" aria-labelledby="checks-heading">
      <h3 className="heading-m" id="checks-heading">Before you finish</h3>
      <p className="hint">{unmet.length === 0 ? 'Everything is done. You can finish the meeting.' : `${unmet.length} of ${checks.filter((c) => c.applies).length} ${unmet.length === 1 ? 'thing is' : 'things are'} still to do.`}</p>
      <ol className="checks">
        {checks.filter((c) => c.applies).map((c) => <CheckLine key={c.key} check={c} fix={fixFor(c)} />)}
      </ol>
      {notAsked.length > 0 && (
        <fieldset className="fieldset panel">
          <legend className="legend">Tick each person once you have asked for their view</legend>
          {notAsked.map((a) => {
            const name = a.status === 'sent-someone-else' && a.substituteName ? `${a.substituteName} (for ${personName(record, a.personId)})` : personName(record, a.personId);
            return (
              <Checkbox
                key={a.personId}
                path={`asked.${a.personId}`}
                label={name}
                checked={false}
                onChange={(v) => void asked.save(() => api.attendance.set({ familyId: record.id, meetingId: meeting.id, entry: { ...a, askedForView: v } }), `Saved: ${name} was asked for their view.`)}
              />
            );
          })}
          <SaveStatus state={asked.status} />
        </fieldset>
      )}
      <HarmReasons record={record} meeting={meeting} onRecord={onRecord} goTo={goTo} />
      <SkippedChoice record={record} meeting={meeting} draft={draft} onDraft={setDraft} onRecord={onRecord} />
      <ClosingFields record={record} meeting={meeting} local={local} onRecord={onRecord} fields={fields} onDraft={setDraft} shared={draft} />
      {askingReason && unmet.length > 0 && (
        <div ref={reasonRef}>
          <Notice tone="warning" title={`${unmet.length === 1 ? 'One check is' : `${unmet.length} checks are`} not met`}>
            <ul className="list list--bullet">{unmet.map((c) => <li key={c.key}>{c.label}</li>)}</ul>
            <p>You can still finish, but say why. Your reason is kept with the meeting.</p>
          </Notice>
          <TextArea path="overrideReason" label="Why are you finishing without these?" rows={3} value={reason} onChange={setReason} error={errors.overrideReason} />
        </div>
      )}
      <div className="button-group">
        {askingReason && unmet.length > 0 ? (
          <>
            <Button variant="warning" onClick={() => void finish()} disabled={busy}>Finish anyway</Button>
            <Button variant="secondary" onClick={() => { setAskingReason(false); setErrors({}); }}>Go back to the checks</Button>
          </>
        ) : (
          <Button onClick={() => void finish()} disabled={busy}>Finish the meeting</Button>
        )}
      </div>
      <SaveStatus state={status} />
    </section>
  );
}
