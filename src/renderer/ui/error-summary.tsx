// "There is a problem": the GOV.UK error summary. Takes focus when it appears; each message
// links to its field.
import { useEffect, useRef } from 'react';
import { fieldId } from './fields';

export function ErrorSummary({ errors, message }: { errors: Record<string, string>; message?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const visible = entries.length > 0 || !!message;
  const signature = JSON.stringify([errors, message]);
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [signature, visible]);
  if (!visible) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">There is a problem</h2>
      <ul className="error-summary__list">
        {message && entries.length === 0 && <li>{message}</li>}
        {entries.map(([path, text]) => (
          <li key={path}>
            <a
              href={`#${fieldId(path)}`}
              onClick={(e) => {
                e.preventDefault();
                const target = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split('.').slice(0, -1).join('.')));
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
