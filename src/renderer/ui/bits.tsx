// Small shared pieces: buttons, tags, summary lists, notices and inset text.
import type { ReactNode } from 'react';

export function Button(props: {
  children: ReactNode;
  onClick?: () => void;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary' | 'warning' | 'link';
  disabled?: boolean;
  describedBy?: string;
  id?: string;
}) {
  return (
    <button
      id={props.id}
      type={props.type ?? 'button'}
      className={`button button--${props.variant ?? 'primary'}`}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
    >
      {props.children}
    </button>
  );
}

export function LinkButton({ href, children, variant = 'primary' }: { href: string; children: ReactNode; variant?: 'primary' | 'secondary' }) {
  return <a className={`button button--${variant}`} href={`#${href}`}>{children}</a>;
}

export function Tag({ children, tone = 'grey' }: { children: ReactNode; tone?: 'grey' | 'blue' | 'green' | 'yellow' | 'red' | 'purple' }) {
  return <strong className={`tag tag--${tone}`}>{children}</strong>;
}

export function SummaryList({ rows }: { rows: { key: ReactNode; value: ReactNode; action?: ReactNode }[] }) {
  return (
    <dl className="summary-list">
      {rows.map((r, i) => (
        <div className="summary-list__row" key={i}>
          <dt className="summary-list__key">{r.key}</dt>
          <dd className="summary-list__value">{r.value || <span className="muted">Not given</span>}</dd>
          {r.action && <dd className="summary-list__actions">{r.action}</dd>}
        </div>
      ))}
    </dl>
  );
}

export function Notice({ children, tone = 'info', title }: { children: ReactNode; tone?: 'info' | 'warning' | 'success' | 'problem'; title?: string }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'problem' || tone === 'warning' ? 'alert' : 'status'}>
      {title && <p className="notice__title">{title}</p>}
      {children}
    </div>
  );
}

export function Inset({ children }: { children: ReactNode }) {
  return <div className="inset">{children}</div>;
}

export function MultiLine({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <span key={i} className="line">{line}</span>
      ))}
    </>
  );
}
