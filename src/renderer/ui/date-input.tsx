// The GOV.UK date pattern: separate day, month and year boxes, no calendar widget needed.
// Gives back `YYYY-MM-DD` (checked by the server), '' when all boxes are empty.
import { useEffect, useState } from 'react';
import { fieldId } from './fields';

interface Parts {
  day: string;
  month: string;
  year: string;
}

function split(iso: string | undefined): Parts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: '', month: '', year: '' };
}

export function joinDateParts(p: Parts): string {
  if (!p.day.trim() && !p.month.trim() && !p.year.trim()) return '';
  const year = p.year.trim();
  return `${year.length === 2 ? `20${year}` : year.padStart(4, '0')}-${p.month.trim().padStart(2, '0')}-${p.day.trim().padStart(2, '0')}`;
}

export function DateInput(props: {
  path: string;
  label: string;
  hint?: string;
  error?: string;
  value: string | undefined;
  onChange: (iso: string) => void;
}) {
  const id = fieldId(props.path);
  const [parts, setParts] = useState<Parts>(() => split(props.value));
  useEffect(() => {
    // Follow outside changes (e.g. a reset), but not our own half-typed dates.
    if (joinDateParts(parts) !== (props.value ?? '')) setParts(split(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  const set = (key: keyof Parts, v: string) => {
    const next = { ...parts, [key]: v.replace(/[^0-9]/g, '') };
    setParts(next);
    props.onChange(joinDateParts(next));
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const box = (key: keyof Parts, label: string, inputId: string, width: string) => (
    <div className="date-input__item">
      <label className="label date-input__label" htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        className={`input date-input__input input--${width}${props.error ? ' input--error' : ''}`}
        inputMode="numeric"
        autoComplete="off"
        value={parts[key]}
        onChange={(e) => set(key, e.target.value)}
      />
    </div>
  );
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" role="group" aria-describedby={[props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
        <legend className="legend">{props.label}</legend>
        {props.hint && <div id={hintId} className="hint">{props.hint}</div>}
        {props.error && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">Error:</span> {props.error}
          </p>
        )}
        <div className="date-input">
          {box('day', 'Day', id, 'day')}
          {box('month', 'Month', `${id}-month`, 'day')}
          {box('year', 'Year', `${id}-year`, 'year')}
        </div>
      </fieldset>
    </div>
  );
}
