// Labelled form fields in the GOV.UK pattern: label, hint, inline error, then the control.
// Ids follow the field's path (`children.0.firstName` → `f-children-0-firstName`).
import { useId, type ReactNode } from 'react';

export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^A-Za-z0-9_-]+/g, '-');
}

interface Common {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? <div id={id} className="hint">{children}</div> : null;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

function describedBy(hint: unknown, error: unknown, hintId: string, errorId: string): string | undefined {
  return [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
}

export function TextInput(props: Common & {
  value: string;
  onChange: (v: string) => void;
  width?: 'full' | 'half' | 'third' | 'short';
  type?: 'text' | 'email' | 'tel' | 'search' | 'time';
  autoComplete?: string;
  spellCheck?: boolean;
}) {
  const id = fieldId(props.path);
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>{props.label}</label>
      <Hint id={`${id}-hint`}>{props.hint}</Hint>
      <ErrorText id={`${id}-error`} error={props.error} />
      <input
        id={id}
        name={props.path}
        className={`input input--${props.width ?? 'full'}${props.error ? ' input--error' : ''}`}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={props.spellCheck}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint, props.error, `${id}-hint`, `${id}-error`)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

export function TextArea(props: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = fieldId(props.path);
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>{props.label}</label>
      <Hint id={`${id}-hint`}>{props.hint}</Hint>
      <ErrorText id={`${id}-error`} error={props.error} />
      <textarea
        id={id}
        name={props.path}
        className={`textarea${props.error ? ' input--error' : ''}`}
        rows={props.rows ?? 4}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint, props.error, `${id}-hint`, `${id}-error`)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function Select(props: Common & { value: string; onChange: (v: string) => void; options: Option[]; placeholder?: string }) {
  const id = fieldId(props.path);
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>{props.label}</label>
      <Hint id={`${id}-hint`}>{props.hint}</Hint>
      <ErrorText id={`${id}-error`} error={props.error} />
      <select
        id={id}
        name={props.path}
        className={`select${props.error ? ' input--error' : ''}`}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint, props.error, `${id}-hint`, `${id}-error`)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>{typeof o.label === 'string' ? o.label : o.value}</option>
        ))}
      </select>
    </div>
  );
}

export function Radios(props: Common & { value: string; onChange: (v: string) => void; options: Option[]; inline?: boolean; small?: boolean }) {
  const id = fieldId(props.path);
  const name = useId();
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(props.hint, props.error, `${id}-hint`, `${id}-error`)}>
        <legend className="legend">{props.label}</legend>
        <Hint id={`${id}-hint`}>{props.hint}</Hint>
        <ErrorText id={`${id}-error`} error={props.error} />
        <div className={`radios${props.inline ? ' radios--inline' : ''}${props.small ? ' radios--small' : ''}`}>
          {props.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div className="radios__item" key={o.value}>
                <input
                  className="radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={o.value}
                  checked={props.value === o.value}
                  onChange={() => props.onChange(o.value)}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                />
                <label className="radios__label" htmlFor={optionId}>{o.label}</label>
                {o.hint && <div id={`${optionId}-hint`} className="hint radios__hint">{o.hint}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkboxes(props: Common & { values: string[]; onChange: (v: string[]) => void; options: Option[] }) {
  const id = fieldId(props.path);
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(props.hint, props.error, `${id}-hint`, `${id}-error`)}>
        <legend className="legend">{props.label}</legend>
        <Hint id={`${id}-hint`}>{props.hint}</Hint>
        <ErrorText id={`${id}-error`} error={props.error} />
        <div className="checkboxes">
          {props.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div className="checkboxes__item" key={o.value}>
                <input
                  className="checkboxes__input"
                  id={optionId}
                  type="checkbox"
                  checked={props.values.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                />
                <label className="checkboxes__label" htmlFor={optionId}>{o.label}</label>
                {o.hint && <div id={`${optionId}-hint`} className="hint checkboxes__hint">{o.hint}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A single yes/no checkbox, e.g. "Lives with the children". */
export function Checkbox(props: { path: string; label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (v: boolean) => void }) {
  const id = fieldId(props.path);
  return (
    <div className="form-group">
      <div className="checkboxes__item">
        <input
          className="checkboxes__input"
          id={id}
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
        />
        <label className="checkboxes__label" htmlFor={id}>{props.label}</label>
        {props.hint && <div id={`${id}-hint`} className="hint checkboxes__hint">{props.hint}</div>}
      </div>
    </div>
  );
}
