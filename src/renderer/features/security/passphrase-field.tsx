// A passphrase box in the GOV.UK password-input pattern: a real password field with a label, hint and
// error, a Show button, and nothing that blocks pasting or password managers.
import { useState, type ReactNode } from 'react';
import { fieldId } from '../../ui/fields';

export function PassphraseField(props: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** 'current-password' to unlock, 'new-password' when choosing one: password managers go by this. */
  autoComplete: 'current-password' | 'new-password';
  /** Saves the passphrase name for password managers (e.g. "password"). */
  name?: string;
}) {
  const id = fieldId(props.path);
  const [shown, setShown] = useState(false);
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>{props.label}</label>
      {props.hint && <div id={`${id}-hint`} className="hint">{props.hint}</div>}
      {props.error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error:</span> {props.error}
        </p>
      )}
      <div className="passphrase">
        <input
          id={id}
          name={props.name ?? props.path}
          className={`input passphrase__input${props.error ? ' input--error' : ''}`}
          type={shown ? 'text' : 'password'}
          value={props.value}
          autoComplete={props.autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
        />
        <button
          type="button"
          className="button button--secondary passphrase__toggle"
          aria-controls={id}
          aria-label={`${shown ? 'Hide' : 'Show'} ${typeof props.label === 'string' ? props.label.toLowerCase() : 'passphrase'}`}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      {shown && <p className="visually-hidden" role="status">Your passphrase is visible on the screen.</p>}
    </div>
  );
}

/** Password managers file a passphrase under a user name; this hidden one keeps it under "TAC Chair". */
export function UsernameForPasswordManagers() {
  return <input type="text" name="username" autoComplete="username" value="TAC Chair" readOnly hidden />;
}
