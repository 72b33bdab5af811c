// The full action form: what, for which children, who, service, by when, where it stands (waiting
// since when), the outcome or need it serves, and funding or a place needed with who will find it.
import { useMemo, useState } from 'react';
import { api } from '../../api-client';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { TemplateBundle } from '../../../api/templates';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, OPEN_STATUSES, type Action, type ActionStatus } from '../../../core/actions/schema';
import { DateInput } from '../../ui/date-input';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldId } from '../../ui/fields';
import { useSubmit } from '../../ui/use-submit';
import { CheckedTextField } from '../plain-language/checked-text-field';
import { useCompiledGlossary } from '../plain-language/use-glossary';
import { useActionContext } from './action-context';
import { DateInWords, OwnerField, Warnings } from './action-fields';
import { liveWarnings } from './action-preview';

type FormValue = Pick<Action, 'text' | 'childIds' | 'ownerName' | 'agency' | 'status' | 'need' | 'fundingNeeded' | 'fundingFoundBy' | 'notes'>
  & Partial<Pick<Action, 'id' | 'ownerId' | 'dueDate' | 'waitingSince' | 'outcomeId'>>;

function startFrom(initial: Partial<FormValue>): FormValue {
  return {
    text: '', childIds: [], ownerName: '', agency: '', status: 'not-started', need: '', fundingNeeded: '', fundingFoundBy: '', notes: '',
    ...initial,
  };
}

export function ActionForm({ formId, record, meeting, templates, initial, onSaved, onCancel }: {
  formId: string;
  record: FamilyRecord;
  meeting: Meeting;
  templates: TemplateBundle;
  initial: Partial<FormValue>;
  onSaved: (record: FamilyRecord, actionId: string) => void;
  onCancel: () => void;
}) {
  const context = useActionContext(record, meeting, templates);
  const glossary = useCompiledGlossary(templates.glossary);
  const [value, setValue] = useState<FormValue>(() => startFrom(initial));
  const { errors, message, busy, submit } = useSubmit();
  const set = (patch: Partial<FormValue>) => setValue((v) => ({ ...v, ...patch }));
  const path = (p: string) => `${formId}.${p}`;
  const others = useMemo(() => record.actions.filter((a) => OPEN_STATUSES.includes(a.status) && a.id !== value.id), [record.actions, value.id]);
  const warnings = useMemo(() => liveWarnings({ ...value, childIds: value.childIds }, context, record, others), [value, context, record, others]);

  const save = async () => {
    const { id, dueDate, waitingSince, outcomeId, ownerId, text, childIds, ownerName, agency, status, need, fundingNeeded, fundingFoundBy, notes } = value;
    const action = {
      text, childIds, ownerName, agency, status, need, fundingNeeded, fundingFoundBy, notes,
      ...(id ? { id } : {}),
      ...(ownerId ? { ownerId, ownerName: '' } : {}),
      ...(dueDate ? { dueDate } : {}),
      ...(value.status === 'waiting' && waitingSince ? { waitingSince } : {}),
      ...(outcomeId ? { outcomeId } : {}),
    };
    const result = await submit(
      () => api.actions.save({ familyId: record.id, ...(id ? {} : { meetingId: meeting.id }), action }),
      (p) => `${formId}.${p}`,
    );
    if (result) onSaved(result.record, result.actionId);
  };

  return (
    <form className="action-form panel" noValidate aria-labelledby={`${formId}-title`} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h4 className="heading-s" id={`${formId}-title`}>{value.id ? 'Change the action' : 'Add an action'}</h4>
      <ErrorSummary errors={errors} message={message} />
      <CheckedTextField
        id={fieldId(path('action.text'))}
        label="What will be done"
        hint="Say what will happen, so everyone can tell when it is done."
        error={errors[path('action.text')]}
        value={value.text}
        onChange={(text) => set({ text })}
        glossary={glossary}
        audience="family"
        rows={2}
      />
      {context.children.length > 1 && (
        <fieldset className="fieldset form-group">
          <legend className="legend">Which children is it for?</legend>
          <div className="hint">Leave them all unticked if it is for the whole family.</div>
          <div className="checkboxes checkboxes--inline">
            {context.children.map((c) => (
              <div className="checkboxes__item" key={c.id}>
                <input
                  className="checkboxes__input" id={`${formId}-child-${c.id}`} type="checkbox" checked={value.childIds.includes(c.id)}
                  onChange={(e) => set({ childIds: e.target.checked ? [...value.childIds, c.id] : value.childIds.filter((x) => x !== c.id) })}
                />
                <label className="checkboxes__label" htmlFor={`${formId}-child-${c.id}`}>{c.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <OwnerField
        id={fieldId(path('action.ownerId'))}
        ownerId={value.ownerId}
        ownerName={value.ownerName}
        owners={context.owners}
        error={errors[path('action.ownerId')]}
        onChange={(o) => set({ ownerId: o.ownerId, ownerName: o.ownerName, ...(o.agency !== undefined ? { agency: o.agency } : {}) })}
      />
      <div className="form-group">
        <label className="label" htmlFor={fieldId(path('action.agency'))}>Service or organisation <span className="hint">(optional)</span></label>
        <input id={fieldId(path('action.agency'))} className="input input--half" value={value.agency} onChange={(e) => set({ agency: e.target.value })} />
      </div>
      <DateInput path={path('action.dueDate')} label="By when" hint="For example, 4 12 2026" value={value.dueDate} error={errors[path('action.dueDate')]} onChange={(iso) => set({ dueDate: iso || undefined })} />
      <DateInWords date={value.dueDate} />
      <div className="form-group">
        <label className="label" htmlFor={fieldId(path('action.status'))}>Where it stands</label>
        <select id={fieldId(path('action.status'))} className="select" value={value.status} onChange={(e) => set({ status: e.target.value as ActionStatus })}>
          {ACTION_STATUSES.map((s) => <option key={s} value={s}>{ACTION_STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      {value.status === 'waiting' && (
        <DateInput path={path('action.waitingSince')} label="When did the wait begin?" hint="For example, the day the referral was sent" value={value.waitingSince} error={errors[path('action.waitingSince')]} onChange={(iso) => set({ waitingSince: iso || undefined })} />
      )}
      {context.outcomes.length > 0 && (
        <div className="form-group">
          <label className="label" htmlFor={fieldId(path('action.outcomeId'))}>Which outcome does it help with? <span className="hint">(optional)</span></label>
          <select id={fieldId(path('action.outcomeId'))} className="select" value={value.outcomeId ?? ''} onChange={(e) => set({ outcomeId: e.target.value || undefined })}>
            <option value="">None chosen</option>
            {context.outcomes.map((o) => <option key={o.id} value={o.id}>{o.text}</option>)}
          </select>
        </div>
      )}
      <TextLine id={fieldId(path('action.need'))} label="The need it meets (optional)" value={value.need} onChange={(need) => set({ need })} error={errors[path('action.need')]} />
      <TextLine id={fieldId(path('action.fundingNeeded'))} label="Funding or a place needed (optional)" hint="For example: a funded place at the holiday club" value={value.fundingNeeded} onChange={(fundingNeeded) => set({ fundingNeeded })} error={errors[path('action.fundingNeeded')]} />
      {value.fundingNeeded.trim() && (
        <TextLine id={fieldId(path('action.fundingFoundBy'))} label="Who will find it?" value={value.fundingFoundBy} onChange={(fundingFoundBy) => set({ fundingFoundBy })} error={errors[path('action.fundingFoundBy')]} />
      )}
      <Warnings items={warnings} />
      <div className="button-group">
        <button type="submit" className="button button--primary" disabled={busy}>{value.id ? 'Save the change' : 'Add to the plan'}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function TextLine({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>{label}</label>
      {hint && <div className="hint" id={`${id}-hint`}>{hint}</div>}
      {error && <p className="error-message" id={`${id}-error`}><span className="visually-hidden">Error:</span> {error}</p>}
      <input id={id} className={`input input--full${error ? ' input--error' : ''}`} value={value} aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
