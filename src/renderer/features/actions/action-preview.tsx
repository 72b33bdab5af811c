// The action as the line was read — what, who, service and by when, with the date in words and any
// warnings — for a glance and an edit before it is kept. Enter keeps it; Escape drops it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FamilyRecord } from '../../../core/families/record';
import type { CompiledGlossary } from '../../../core/plain-language';
import { actionWarnings } from '../../../core/actions/quality';
import { dueDateWarnings } from '../../../core/dates/due-date-warnings';
import { isIsoDate } from '../../../core/shared/dates';
import { DateInput } from '../../ui/date-input';
import { CheckedTextField } from '../plain-language/checked-text-field';
import type { ActionContext } from './action-context';
import { DateInWords, OwnerField, Warnings } from './action-fields';

export interface DraftAction {
  text: string;
  ownerId?: string;
  ownerName: string;
  agency: string;
  dueDate?: string;
  dateText?: string;
  childIds: string[];
}

type Field = 'owner' | 'date' | 'text';

/** Which field a reader's problem is about, so it goes once that field is changed. */
function fieldOf(problem: string): Field {
  if (/^Say what/i.test(problem)) return 'text';
  if (/date|day|when|deadline|timing|soon|week|month|starts|said as/i.test(problem) && !/named|choose who|person|people/i.test(problem)) return 'date';
  return 'owner';
}

export function liveWarnings(value: DraftAction, context: ActionContext, record: FamilyRecord, others: readonly { text: string; ownerId?: string; id?: string; status?: string }[]): string[] {
  const quality = actionWarnings(
    { text: value.text, ownerId: value.ownerId, ownerName: value.ownerName, agency: value.agency, dueDate: value.dueDate },
    { meetingDate: context.meetingDate, leadProfessionalId: context.leadProfessionalId, record, actions: others as never },
  );
  const dates = value.dueDate && isIsoDate(value.dueDate)
    ? dueDateWarnings(value.dueDate, { meetingDate: context.meetingDate, holidays: context.holidays, terms: context.terms })
    : [];
  // The date check says "before the meeting" in both lists: keep the one about dates.
  return [...dates, ...quality.filter((q) => !(dates.length && /is before the meeting/.test(q)))];
}

export function ActionPreview({ initial, problems, context, record, glossary, others, onKeep, onCancel, onFullForm }: {
  initial: DraftAction;
  problems: string[];
  context: ActionContext;
  record: FamilyRecord;
  glossary?: CompiledGlossary;
  others: readonly { text: string; ownerId?: string; id?: string; status?: string }[];
  onKeep: (value: DraftAction) => Promise<string | undefined>;
  onCancel: () => void;
  onFullForm: (value: DraftAction) => void;
}) {
  const [value, setValue] = useState(initial);
  const [touched, setTouched] = useState<Set<Field>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);

  const set = (field: Field, patch: Partial<DraftAction>) => {
    setValue((v) => ({ ...v, ...patch, ...(field === 'date' ? { dateText: undefined } : {}) }));
    setTouched((t) => new Set(t).add(field));
  };
  const open = problems.filter((p) => !touched.has(fieldOf(p)));
  const warnings = useMemo(() => liveWarnings(value, context, record, others), [value, context, record, others]);
  const shown = warnings.filter((w) => !(open.some((p) => fieldOf(p) === 'date') && /^Add a date/.test(w)) && !(open.some((p) => fieldOf(p) === 'owner') && /^Say who will do this/.test(w)));

  const keep = async () => {
    setBusy(true);
    const message = await onKeep(value);
    setBusy(false);
    setProblem(message);
  };

  return (
    <form
      className="action-preview"
      aria-labelledby="action-preview-title"
      noValidate
      onSubmit={(e) => { e.preventDefault(); void keep(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}
    >
      <h4 className="heading-s action-preview__title" id="action-preview-title">Check the action before you keep it</h4>
      {problem && <p className="note-problem" role="alert">{problem}</p>}
      <Warnings title="What the line did not make clear" items={open} />
      <CheckedTextField
        id="action-preview-text"
        label="What will be done"
        value={value.text}
        onChange={(text) => set('text', { text })}
        glossary={glossary}
        audience="family"
        singleLine
        rows={1}
      />
      <div className="action-preview__row">
        <OwnerField id="action-preview-owner" ownerId={value.ownerId} ownerName={value.ownerName} owners={context.owners} onChange={(o) => set('owner', { ...o, agency: o.agency ?? value.agency })} />
        <div className="form-group form-group--tight">
          <label className="label" htmlFor="action-preview-agency">Service or organisation</label>
          <input id="action-preview-agency" className="input input--full" value={value.agency} onChange={(e) => set('owner', { agency: e.target.value })} />
        </div>
      </div>
      <div className="action-preview__date">
        <DateInWords date={value.dueDate} said={value.dateText} />
        <DateInput path="action-preview.dueDate" label="By when" value={value.dueDate} onChange={(iso) => set('date', { dueDate: iso || undefined })} />
      </div>
      {value.childIds.length > 0 && (
        <p className="hint">About: {value.childIds.map((id) => context.children.find((c) => c.id === id)?.name).filter(Boolean).join(' and ')}</p>
      )}
      <Warnings items={shown} />
      <div className="button-group">
        <button ref={keepRef} type="submit" className="button button--primary" disabled={busy}>Keep this action</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>Cancel</button>
        <button type="button" className="button button--link" onClick={() => onFullForm(value)}>Open it in the full form</button>
      </div>
      <p className="hint">Enter keeps it. Escape cancels and takes you back to the line.</p>
    </form>
  );
}
