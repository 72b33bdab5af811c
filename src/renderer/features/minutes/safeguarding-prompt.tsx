// The prompt a note gets at once when its words suggest harm or a disclosure: mark it for professionals
// only, follow the local procedure (the council's contact and phone), record a concern raised, or — the chair — let it into the plan.
import { useState } from 'react';
import { api } from '../../api-client';
import type { Safeguarding } from '../../../core/safeguarding';
import type { Concern } from '../../../core/safeguarding';
import { formatDate, londonTime } from '../../../core/shared/dates';
import { appNow, appToday } from '../../clock';
import type { NoteDraft } from './minutes-store';

export interface ConcernContext {
  familyId: string;
  meetingId: string;
  safeguarding: Safeguarding;
  /** Concerns already recorded in this meeting. */
  concerns: readonly Concern[];
  chairName: string;
}

export const HARM_REASON = 'Its words may suggest harm or a disclosure (safeguarding)';

export function SafeguardingPrompt({ id, words, draft, set, context }: {
  id: string;
  words: readonly string[];
  draft: NoteDraft;
  set: (patch: Partial<NoteDraft>) => void;
  context: ConcernContext;
}) {
  const sg = context.safeguarding;
  const [concerns, setConcerns] = useState<Concern[]>(() => context.concerns.filter((c) => c.noteId === draft.id));
  const [adding, setAdding] = useState(false);
  const markPrivate = () => set({ professionalsOnly: true, professionalsOnlyReason: draft.professionalsOnlyReason.trim() || HARM_REASON, familyMaySee: false });
  return (
    <div className="safeguarding-prompt" role="alert" aria-labelledby={`${id}-sg-title`}>
      <p className="safeguarding-prompt__title" id={`${id}-sg-title`}>
        <strong>This may be a safeguarding concern</strong> (“{words.join('”, “')}”).
      </p>
      {!draft.professionalsOnly && (
        <p>
          It will be kept out of the family’s plan unless the chair says it may go in.{' '}
          <button type="button" className="button button--warning button--slim" onClick={markPrivate}>Mark it for professionals only</button>
        </p>
      )}
      <p>
        Follow the local procedure{sg.procedure ? `: ${sg.procedure}` : '.'}{' '}
        {(sg.contactName || sg.contactPhone) && (
          <span className="safeguarding-prompt__contact">
            Contact: <strong>{sg.contactName || 'your safeguarding lead'}</strong>{sg.contactPhone && <>, phone <strong>{sg.contactPhone}</strong></>}.
          </span>
        )}
      </p>
      {concerns.length > 0 && (
        <ul className="list list--bullet" aria-label="Concerns raised about this entry">
          {concerns.map((c) => (
            <li key={c.id}>Concern raised by {c.raisedBy} with {c.raisedWith}, {formatDate(c.date)}{c.time ? ` at ${c.time}` : ''}{c.reference ? `, reference ${c.reference}` : ''}.</li>
          ))}
        </ul>
      )}
      {adding ? (
        <ConcernForm id={id} noteId={draft.id} context={context} onSaved={(c) => { setConcerns((list) => [...list, c]); setAdding(false); }} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="button button--secondary button--slim" onClick={() => setAdding(true)}>Record that a concern was raised</button>
      )}
      {!draft.professionalsOnly && (
        <div className="checkboxes__item">
          <input className="checkboxes__input" id={`${id}-family-may-see`} type="checkbox" checked={!!draft.familyMaySee} onChange={(e) => set({ familyMaySee: e.target.checked })} />
          <label className="checkboxes__label" htmlFor={`${id}-family-may-see`}>
            The chair agrees this may go in the family’s plan
          </label>
        </div>
      )}
    </div>
  );
}

function ConcernForm({ id, noteId, context, onSaved, onCancel }: { id: string; noteId: string; context: ConcernContext; onSaved: (c: Concern) => void; onCancel: () => void }) {
  const [raisedBy, setRaisedBy] = useState(context.chairName);
  const [raisedWith, setRaisedWith] = useState(context.safeguarding.contactName);
  const [date, setDate] = useState(appToday());
  const [time, setTime] = useState(() => londonTime(appNow()));
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string>();
  const save = async () => {
    const result = await api.notes.saveConcern({ familyId: context.familyId, meetingId: context.meetingId, concern: { raisedBy, raisedWith, date, time: time || undefined, reference, noteId } });
    if (!result.ok) setProblem(result.error.message);
    else onSaved(result.value.concern);
  };
  const field = (key: string, label: string, value: string, onChange: (v: string) => void, className = 'input input--half', type = 'text') => (
    <div className="form-group form-group--tight">
      <label className="label" htmlFor={`${id}-concern-${key}`}>{label}</label>
      <input id={`${id}-concern-${key}`} type={type} className={className} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
  return (
    <fieldset className="fieldset safeguarding-prompt__concern">
      <legend className="legend">A concern raised (kept in the meeting record, never in the family’s plan)</legend>
      {problem && <p className="error-message" role="alert">{problem}</p>}
      {field('by', 'Who raised it', raisedBy, setRaisedBy)}
      {field('with', 'Who it was raised with', raisedWith, setRaisedWith, 'input input--full')}
      {field('date', 'Date', date, setDate, 'input input--quarter', 'date')}
      {field('time', 'Time', time, setTime, 'input input--quarter', 'time')}
      {field('reference', 'Reference given (if any)', reference, setReference)}
      <button type="button" className="button button--slim" onClick={() => void save()}>Save the concern</button>{' '}
      <button type="button" className="button button--secondary button--slim" onClick={onCancel}>Cancel</button>
    </fieldset>
  );
}
