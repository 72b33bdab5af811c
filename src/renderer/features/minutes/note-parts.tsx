// Parts of one minutes entry: whose view is whose (differing views side by side), information not
// shared with its one-click follow-up action, the professionals-only mark, and the quiet save status.
import { useCallback, useSyncExternalStore } from 'react';
import type { NoteDraft, MinutesStore } from './minutes-store';
import type { Speaker } from './speakers';
import { londonTime } from '../../../core/shared/dates';
import { pasteClean } from '../plain-language/paste';

type Patch = (patch: Partial<NoteDraft>) => void;

export function SpeakerSelect({ id, label, value, speakers, onChange, otherName, onOtherName }: {
  id: string;
  label: string;
  value: string | undefined;
  speakers: Speaker[];
  onChange: (id: string | undefined) => void;
  otherName?: string;
  onOtherName?: (name: string) => void;
}) {
  const known = !value || speakers.some((s) => s.id === value);
  return (
    <div className="form-group form-group--tight">
      <label className="label" htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{onOtherName ? 'Someone else (type their name)' : 'Not said'}</option>
        {!known && <option value={value}>Someone no longer listed</option>}
        {speakers.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
      </select>
      {onOtherName && !value && (
        <input aria-label={`${label}: their name`} className="input input--half views__name" value={otherName ?? ''} onChange={(e) => onOtherName(e.target.value)} placeholder="Their name" />
      )}
    </div>
  );
}

export function ViewsEditor({ id, draft, speakers, set }: { id: string; draft: NoteDraft; speakers: Speaker[]; set: Patch }) {
  const views: NoteDraft['views'] = draft.views.length >= 2 ? draft.views : [...draft.views, ...Array.from({ length: 2 - draft.views.length }, () => ({ name: '', text: '' }))];
  const change = (i: number, patch: Partial<NoteDraft['views'][number]>) => set({ views: views.map((v, j) => (j === i ? { ...v, ...patch } : v)) });
  return (
    <fieldset className="fieldset views">
      <legend className="legend">The views, side by side (each kept as said; none replaces another)</legend>
      <div className="views__grid">
        {views.map((v, i) => (
          <div className="views__one" key={i}>
            <SpeakerSelect
              id={`${id}-view-${i}-who`}
              label={`Whose view (${i + 1})`}
              value={v.personId}
              speakers={speakers}
              onChange={(personId) => change(i, { personId })}
              otherName={v.name}
              onOtherName={(name) => change(i, { name })}
            />
            <label className="label" htmlFor={`${id}-view-${i}-text`}>What they said</label>
            <textarea id={`${id}-view-${i}-text`} className="textarea" rows={3} value={v.text} onPaste={pasteClean} onChange={(e) => change(i, { text: e.target.value })} />
          </div>
        ))}
      </div>
      {views.length < 10 && (
        <button type="button" className="button button--secondary button--slim" onClick={() => set({ views: [...views, { name: '', text: '' }] })}>Add another view</button>
      )}
    </fieldset>
  );
}

export function PrivateFields({ id, draft, set }: { id: string; draft: NoteDraft; set: Patch }) {
  const missing = draft.professionalsOnly && !draft.professionalsOnlyReason.trim();
  return (
    <div className="note__private">
      <div className="checkboxes__item">
        <input className="checkboxes__input" id={`${id}-private`} type="checkbox" checked={draft.professionalsOnly} onChange={(e) => set({ professionalsOnly: e.target.checked })} />
        <label className="checkboxes__label" htmlFor={`${id}-private`}>
          For professionals only <span className="hint">(kept out of the family’s screen, plan and documents)</span>
        </label>
      </div>
      {draft.professionalsOnly && (
        <div className="form-group form-group--tight">
          <label className="label" htmlFor={`${id}-private-reason`}>Why is this for professionals only?</label>
          {missing && <p className="hint" id={`${id}-private-hint`}>The entry is saved and kept from the family. Say why now or later: the closing check asks for it.</p>}
          <input
            id={`${id}-private-reason`}
            className="input input--full"
            value={draft.professionalsOnlyReason}
            aria-describedby={missing ? `${id}-private-hint` : undefined}
            onChange={(e) => set({ professionalsOnlyReason: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}

export function SaveStatus({ store, id }: { store: MinutesStore; id: string }) {
  const subscribe = useCallback((fn: () => void) => store.subscribeEntry(id, fn), [store, id]);
  const state = useSyncExternalStore(subscribe, () => store.state(id));
  const at = store.savedAt(id);
  const busy = state.state === 'pending' || state.state === 'saving';
  return (
    <>
      <p className="note-save" role="status">
        {store.conflict(id) ? 'Your version is not saved yet: choose what to keep' : at ? `Saved at ${londonTime(new Date(at))}` : 'Not saved yet: it saves as you type'}
        <span className={`note-save__dot${busy ? ' note-save__dot--busy' : ''}`} aria-hidden="true" />
      </p>
      {state.state === 'problem' && !store.conflict(id) && (
        <p className="note-problem" role="alert">
          Not saved yet: {state.message} Your words are kept here{state.retrying ? ', and TAC Chair will try again in a moment' : '. Change them to try again'}.
        </p>
      )}
      {state.state === 'held' && !store.conflict(id) && <p className="note-problem" role="alert">{state.message}</p>}
    </>
  );
}
